import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { alertsDocument } from '../../../src/lib/outages/alerts-feed.ts';
import type { Alert } from '../../../src/schemas/alert.ts';

/** /api/alerts.json: what the live-status script shows on pages built before an alert. */
describe('alerts document', () => {
	const { areas } = flattenAreaTree([{ id: 'beishan', kind: 'district', name: { zh: '北山片区', en: 'Beishan' } }]);
	const storm: Alert = {
		id: 'storm',
		title: { zh: '大风降温预警', en: 'Gale warning' },
		text: { zh: '请注意用电安全。' },
		areas: ['beishan'],
		severity: 'severe',
		start: '2026-12-01T08:00:00+08:00',
		expiry: '2026-12-02T08:00:00+08:00',
	};
	const everywhere: Alert = { ...storm, id: 'all', areas: [], severity: 'info' };
	const doc = alertsDocument([storm, everywhere], areas, 'Asia/Shanghai');

	test('keeps the alerts, their order and their windows', () => {
		expect(doc.version).toBe(1);
		expect(doc.alerts.map((a) => [a.id, a.severity, a.start, a.expiry])).toEqual([
			['storm', 'severe', storm.start, storm.expiry],
			['all', 'info', everywhere.start, everywhere.expiry],
		]);
	});

	test.each([
		['zh-CN', { severity: '紧急', title: '大风降温预警', areas: [['北山片区', '/areas/beishan/']], separator: '、' }],
		['en', { severity: 'Urgent', title: 'Gale warning', areas: [['Beishan', '/en/areas/beishan/']], separator: ', ' }],
	])('words for pages in %s: the language’s labels and links', (lang, expected) => {
		const w = doc.alerts[0].words[lang];
		expect(w).toMatchObject(expected);
		expect(w.expiry).toMatch(/2026|12/);
	});

	test('an English page says which text falls back to Chinese', () => {
		expect(doc.alerts[0].words.en.textLang).toBe('zh-CN');
		expect(doc.alerts[0].words.en.titleLang).toBeUndefined();
		expect(doc.alerts[0].words['zh-CN'].textLang).toBeUndefined();
		// …and the words it labels that text with on screen, as the page's own alerts are labelled.
		expect(doc.alerts[0].words.en.inChinese).toBe('(in Chinese)');
		expect(doc.alerts[0].words['zh-CN'].inChinese).toBeUndefined();
		expect(doc.alerts[0].words.en.end).toBe('. ');
	});

	test('an alert for the whole service area names no areas', () => {
		expect(doc.alerts[1].words['zh-CN'].areas).toEqual([]);
		expect(doc.alerts[1].words['zh-CN'].everywhere).toBe('全县');
	});
});
