import { describe, expect, test } from 'vitest';
import {
	addMonths,
	archiveBundle,
	archivePageMonth,
	archiveThrough,
	bundleDir,
	bundleFor,
	bundleKey,
	bundleKind,
	kindOf,
	liveBundle,
	monthIn,
	noticeMonth,
	planBundles,
	type PageFile,
} from '../../../src/lib/search/bundles.ts';

describe('months', () => {
	test.each([
		// The utility's zone decides, not UTC or the host: 16:30 UTC on 31 Dec is already January in Shanghai.
		['2026-12-31T16:30:00Z', 'Asia/Shanghai', '2027-01'],
		['2026-12-31T16:30:00Z', 'UTC', '2026-12'],
		['2026-12-01T10:00:00+08:00', 'Asia/Shanghai', '2026-12'],
	])('%s in %s is %s', (instant, zone, month) => {
		expect(monthIn(new Date(instant), zone)).toBe(month);
	});
	test.each([
		['2026-12', -1, '2026-11'],
		['2026-01', -1, '2025-12'],
		['2026-01', -13, '2024-12'],
		['2025-12', 1, '2026-01'],
	])('%s %+d months is %s', (month, n, expected) => {
		expect(addMonths(month, n)).toBe(expected);
	});
	test.each([
		[0, '2026-11'],
		[1, '2026-10'],
		[3, '2026-08'],
	])('with %d open months, the archive runs through %s (now in December)', (open, through) => {
		expect(archiveThrough(new Date('2026-12-01T10:00:00+08:00'), 'Asia/Shanghai', open)).toBe(through);
	});
});

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
describe('noticeMonth', () => {
	test.each([
		[
			'a notice page',
			`<article data-notice-page="qs-1">${ld({ '@type': 'Event', name: 'x', startDate: '2026-02-14T09:00:00+08:00' })}`,
			'2026-02',
		],
		[
			'the month is the local one, as written with its offset',
			`<p data-notice-page="qs-1"></p>${ld({ '@type': 'Event', startDate: '2026-03-01T00:30:00+08:00' })}`,
			'2026-03',
		],
		[
			'markup-like text before the start does not stop it',
			`<p data-notice-page="qs-1"></p>${ld({ '@type': 'Event', name: '<img src=x', startDate: '2025-07-02T09:00:00+08:00' })}`,
			'2025-07',
		],
		[
			'the Event among other JSON-LD',
			`<p data-notice-page="qs-1"></p>${ld({ '@type': 'BreadcrumbList' })}${ld({ '@type': 'Event', startDate: '2025-01-02T09:00:00+08:00' })}`,
			'2025-01',
		],
		['any other page, even with an Event', ld({ '@type': 'Event', startDate: '2025-01-02T09:00:00+08:00' }), null],
		['a notice page without a start', '<p data-notice-page="qs-1"></p>', null],
	])('%s', (_name, html, month) => {
		expect(noticeMonth(html)).toBe(month);
	});
});

describe('planBundles', () => {
	const page = (url: string, month: string | null): PageFile => ({
		rel: url.slice(1) + 'index.html',
		url,
		hash: url,
		month,
	});
	test('closed months go to their year, open months to their own bundle, every other page live; live first, then archives, then open months', () => {
		const plans = planBundles(
			[
				page('/outages/d/', '2027-01'),
				page('/outages/c/', '2026-11'),
				page('/outages/b/', '2026-10'),
				page('/areas/x/', null),
				page('/outages/a/', '2025-03'),
				page('/en/outages/a/', '2025-03'),
				page('/en/outages/c/', '2026-11'),
			],
			'2026-10',
		);
		expect(plans.map((p) => [p.id, p.pages.map((x) => x.url), p.from, p.to])).toEqual([
			[liveBundle, ['/areas/x/'], undefined, undefined],
			['2025', ['/en/outages/a/', '/outages/a/'], '2025-03', '2025-03'],
			['2026', ['/outages/b/'], '2026-10', '2026-10'],
			['2026-11', ['/en/outages/c/', '/outages/c/'], '2026-11', '2026-11'],
			['2027-01', ['/outages/d/'], '2027-01', '2027-01'],
		]);
	});
	test('the live bundle is planned even with no page for it', () => {
		expect(planBundles([page('/outages/a/', '2025-03')], '2026-10').map((p) => p.id)).toEqual([liveBundle, '2025']);
	});
	test.each([
		[null, '2026-10', liveBundle],
		['2026-11', '2026-10', '2026-11'],
		['2026-10', '2026-10', '2026'],
		['2019-01', '2026-10', '2019'],
		['2019-01', null, '2019-01'],
	])('month %s, archived through %s → %s', (month, through, id) => {
		expect(bundleFor(month, through)).toBe(id);
	});
	test.each([
		[liveBundle, 'live', 'pagefind/'],
		['2025', 'archive', 'pagefind/archive/2025/'],
		['2026-12', 'open', 'pagefind/open/2026-12/'],
	])('bundle %s is of kind %s, served from /%s', (id, kind, dir) => {
		expect(bundleKind(id)).toBe(kind);
		expect(bundleDir(id)).toBe(dir);
	});
	test.each(['2025', '2025-q2', '2025-07'])(
		'a closed segment %s indexes every page of it into one archive bundle of its name, whatever the id looks like',
		(id) => {
			const plan = archiveBundle(id, [
				page('/outages/b/', '2025-08'),
				page('/outages/archive/2025/07/', '2025-07'),
				page('/en/outages/a/', '2025-07'),
			]);
			expect(kindOf(plan)).toBe('archive');
			expect(bundleDir(plan.id, kindOf(plan))).toBe(`pagefind/archive/${id}/`);
			expect([plan.pages.map((x) => x.url), plan.from, plan.to]).toEqual([
				['/en/outages/a/', '/outages/archive/2025/07/', '/outages/b/'],
				'2025-07',
				'2025-08',
			]);
		},
	);
	test('the live segment puts every notice into its month’s open bundle (none is archived)', () => {
		const plans = planBundles([page('/outages/a/', '2025-03'), page('/areas/x/', null)], null);
		expect(plans.map((p) => [p.id, kindOf(p)])).toEqual([
			[liveBundle, 'live'],
			['2025-03', 'open'],
		]);
	});
});

describe('bundleKey', () => {
	const env = { format: 1, pagefindVersion: '1.6.0', options: {} };
	const plan = (pages: Array<[string, string]>, id = '2025') => ({
		id,
		pages: pages.map(([url, hash]) => ({ rel: '', url, hash, month: '2025-01' })),
	});
	const base = plan([
		['/a/', 'h1'],
		['/b/', 'h2'],
	]);
	test.each([
		[
			'a page changed',
			plan([
				['/a/', 'h1'],
				['/b/', 'h3'],
			]),
		],
		[
			'a page added',
			plan([
				['/a/', 'h1'],
				['/b/', 'h2'],
				['/c/', 'h4'],
			]),
		],
		['a page removed', plan([['/a/', 'h1']])],
		[
			'a page moved',
			plan([
				['/a/', 'h1'],
				['/c/', 'h2'],
			]),
		],
	])('changes when %s', (_name, other) => {
		expect(bundleKey(other, env)).not.toBe(bundleKey(base, env));
	});
	test.each([
		['another Pagefind version', { ...env, pagefindVersion: '1.7.0' }],
		['other options', { ...env, options: { forceLanguage: 'zh' } }],
		['another format', { ...env, format: 2 }],
	])('changes with %s', (_name, otherEnv) => {
		expect(bundleKey(base, otherEnv)).not.toBe(bundleKey(base, env));
	});
	test('is the same for the same pages', () => {
		expect(
			bundleKey(
				plan([
					['/a/', 'h1'],
					['/b/', 'h2'],
				]),
				env,
			),
		).toBe(bundleKey(base, env));
	});
});

describe('archivePageMonth', () => {
	test.each([
		['/outages/archive/2026/11/', '2026-11'],
		['/en/outages/archive/2025/03/', '2025-03'],
		['/outages/archive/2026/', null],
		['/outages/archive/', null],
		['/outages/qs-20261101-01/', null],
		['/fr/outages/archive/2026/11/', null],
	])('%s → %s', (url, month) => {
		expect(archivePageMonth(url)).toBe(month);
	});
});
