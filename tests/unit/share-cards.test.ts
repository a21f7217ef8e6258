import { describe, expect, test } from 'vitest';
import { shareCardFor, shareCards } from '../../src/lib/share-cards.ts';

// Which card a page gets, at the edges of a section's path (structured-data.test.ts checks the cards themselves).
describe('shareCardFor', () => {
	test.each([
		['/', 'site', '/og/site.png'],
		['', 'site', '/og/site.png'],
		['/outages', 'outages', '/og/outages.png'],
		['/outages/', 'outages', '/og/outages.png'],
		['/outages/2026-12-03-qs-0001/', 'outages', '/og/outages.png'],
		['/areas', 'outages', '/og/outages.png'],
		['/areas/qingshan/dongcheng/', 'outages', '/og/outages.png'],
		['/tariffs', 'tariffs', '/og/tariffs.png'],
		['/guidance', 'guidance', '/og/guidance.png'],
		['/guidance/lightning/', 'guidance', '/og/guidance.png'],
		// A section's name must be the path's first segment, whole.
		['/outagesx', 'site', '/og/site.png'],
		['/outages-archive/', 'site', '/og/site.png'],
		['/about/outages/', 'site', '/og/site.png'],
		['/en/tariffs/', 'site', '/og/site.png'],
		['outages/', 'site', '/og/site.png'],
		['/site', 'site', '/og/site.png'],
	])('%j gets the %s card', (neutralPath, id, file) => {
		const card = shareCardFor(neutralPath);
		expect({ id: card.id, file: card.file }).toEqual({ id, file });
		expect(card).toBe(shareCards.find((c) => c.id === id));
	});
});
