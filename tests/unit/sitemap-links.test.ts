import { describe, expect, test } from 'vitest';
import { sitemapHreflang } from '../../src/lib/sitemap-links.ts';

describe('sitemap hreflang', () => {
	const origin = 'https://power.example';
	const urls = [
		'/',
		'/en/',
		'/outages/',
		'/en/outages/',
		'/guidance/lightning/',
		'/404/',
		'/en/404/',
		'/outages/day/2026-12-05/',
		'/en/outages/day/2026-12-05/',
	].map((p) => origin + p);
	const { filter, serialize } = sitemapHreflang();
	const kept = urls.filter(filter);

	test('leaves out 404 and day pages', () => {
		expect(kept.map((u) => new URL(u).pathname)).toEqual([
			'/',
			'/en/',
			'/outages/',
			'/en/outages/',
			'/guidance/lightning/',
		]);
	});

	test.each([
		[
			'/',
			[
				['/', 'zh-CN'],
				['/en/', 'en'],
			],
		],
		[
			'/en/outages/',
			[
				['/outages/', 'zh-CN'],
				['/en/outages/', 'en'],
			],
		],
		['/guidance/lightning/', undefined],
	] as const)('%s gets alternates %o', (path, expected) => {
		const links = serialize({ url: origin + path }).links;
		expect(links?.map((l) => [new URL(l.url).pathname, l.lang])).toEqual(expected);
	});
});
