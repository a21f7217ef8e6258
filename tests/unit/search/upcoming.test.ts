import { describe, expect, test } from 'vitest';
import {
	endFilterValues,
	endsFilter,
	notEndedValues,
	isNotice,
	upcomingFirst,
	type RankSearch,
	type SearchFilters,
	type WindowMeta,
} from '../../../src/lib/search/upcoming.ts';

const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('notEndedValues: the ends still to come, from the current hour', () => {
	test.each([
		[
			'mid-morning: the rest of today by the hour, the rest of the month by the day, then months',
			'2026-12-01T10:30:00',
			['2026-12-01T10', '2026-12-01T11'],
			['2026-12-01T23', '2026-12-02', '2026-12-31', '2027-01', '2027-02'],
			14 + 30 + 120,
		],
		['the last hour of a month', '2026-12-31T23:59:00', ['2026-12-31T23', '2027-01'], [], 1 + 0 + 120],
		['a leap February', '2028-02-28T00:00:00', ['2028-02-28T00'], ['2028-02-29', '2028-03'], 24 + 1 + 120],
	])('%s', (_, now, starts, contains, length) => {
		const values = notEndedValues(at(now), TZ);
		expect(values.slice(0, starts.length)).toEqual(starts);
		for (const v of contains) expect(values).toContain(v);
		expect(values).toHaveLength(length);
		// In time order, which is also their text order: the results come soonest first.
		expect([...values].sort()).toEqual(values);
	});

	test('counts in the given time zone', () => {
		expect(notEndedValues(Date.parse('2026-12-01T02:30:00Z'), 'America/New_York', 1)[0]).toBe('2026-11-30T21');
	});

	// The point of the values: a notice is among them exactly when it ends at or after the start of the current hour.
	const now = at('2026-12-01T10:30:00');
	test.each([
		['2026-11-30T23:00:00', false],
		['2026-12-01T09:59:00', false],
		['2026-12-01T10:00:00', true],
		['2026-12-01T10:20:00', true],
		['2026-12-01T17:30:00', true],
		['2026-12-02T00:00:00', true],
		['2026-12-31T23:59:00', true],
		['2027-01-01T05:00:00', true],
		['2031-06-30T12:00:00', true],
	])('a notice ending %s is selected: %s', (end, selected) => {
		const values = new Set(notEndedValues(now, TZ));
		expect(endFilterValues(`${end}+08:00`, TZ).some((v) => values.has(v))).toBe(selected);
	});
});

describe('isNotice: only notice pages carry a window', () => {
	test.each([
		['no meta', undefined, false],
		['a page with other meta', { title: 'x' } as WindowMeta, false],
		['a start only', { start: '2026-12-08T08:00:00+08:00' }, false],
		['a notice', { start: '2026-12-08T08:00:00+08:00', end: '2026-12-08T17:30:00+08:00' }, true],
		[
			'a cancelled notice',
			{ start: '2026-12-05T08:00:00+08:00', end: '2026-12-05T18:00:00+08:00', lifecycle: 'cancelled' },
			true,
		],
	])('%s', (_, meta, notice) => {
		expect(isNotice(meta)).toBe(notice);
	});
});

/**
 * A stand-in for Pagefind's search over a fixed set of pages: the term matches every page, in the given order of
 * relevance; filters as Pagefind reads them (a list: all of the values; `{ any }`: one of them), filter counts over
 * the results. It records each search's filters.
 */
interface FakePage {
	id: string;
	meta?: WindowMeta;
	filters?: Record<string, string[]>;
}
function fakeSearch(pages: FakePage[]): RankSearch<FakePage> & { calls: SearchFilters[]; factLoads: string[] } {
	const calls: SearchFilters[] = [];
	const factLoads: string[] = [];
	const matches = (page: FakePage, filters: SearchFilters) =>
		Object.entries(filters).every(([name, want]) => {
			const has = page.filters?.[name] ?? [];
			return Array.isArray(want) ? want.every((v) => has.includes(v)) : want.any.some((v) => has.includes(v));
		});
	return {
		calls,
		factLoads,
		async search(filters) {
			calls.push(filters);
			const results = pages.filter((p) => matches(p, filters));
			const counts: Record<string, Record<string, number>> = {};
			for (const p of results)
				for (const [name, values] of Object.entries(p.filters ?? {}))
					for (const v of values) (counts[name] ??= {})[v] = (counts[name]?.[v] ?? 0) + 1;
			return { results, filters: counts };
		},
		async facts(page) {
			factLoads.push(page.id);
			return { meta: page.meta ?? {}, types: page.filters?.type ?? [] };
		},
		outageType: '停电',
	};
}

/** A notice page ending at `end` (Shanghai wall time), starting two hours before. */
function notice(id: string, end: string, extra: { cancelled?: boolean; type?: string } = {}): FakePage {
	const endIso = `${end}+08:00`;
	const start = new Date(Date.parse(endIso) - 2 * 3_600_000).toISOString();
	return {
		id,
		meta: { start, end: endIso, ...(extra.cancelled ? { lifecycle: 'cancelled' } : {}) },
		filters: {
			type: [extra.type ?? '停电'],
			...(extra.cancelled ? {} : { [endsFilter]: endFilterValues(endIso, TZ) }),
		},
	};
}
const page = (id: string, type = '停电'): FakePage => ({ id, filters: { type: [type] } });

describe('upcomingFirst', () => {
	const now = at('2026-12-01T10:30:00');
	const rank = async (pages: FakePage[], chosen: Record<string, string[]> = {}) =>
		(await upcomingFirst(fakeSearch(pages), chosen, now, TZ)).results.map((p) => p.id);

	test.each([
		[
			'the page about the query, then what is to come by the time it ends, then the rest by relevance',
			[
				page('outage-list'),
				page('area-a'),
				notice('past', '2026-11-30T16:00:00'),
				notice('next-week', '2026-12-08T17:30:00'),
				notice('today-evening', '2026-12-01T17:30:00'),
				page('area-b'),
				notice('next-year', '2027-01-05T12:00:00'),
				notice('tomorrow', '2026-12-02T12:00:00'),
			],
			['outage-list', 'today-evening', 'tomorrow', 'next-week', 'next-year', 'area-a', 'past', 'area-b'],
		],
		[
			'a notice to come as the best match: no page is put before it',
			[notice('tomorrow', '2026-12-02T12:00:00'), page('area'), notice('past', '2026-11-01T12:00:00')],
			['tomorrow', 'area', 'past'],
		],
		[
			'a past notice as the best match: the one to come goes above it',
			[notice('past', '2026-11-01T12:00:00'), page('area'), notice('tomorrow', '2026-12-02T12:00:00')],
			['tomorrow', 'past', 'area'],
		],
		[
			'within the current hour: one ended a few minutes ago joins the rest, one on until 10:50 comes first',
			[
				page('area'),
				notice('ended-10-20', '2026-12-01T10:20:00'),
				notice('on-until-10-50', '2026-12-01T10:50:00'),
				notice('later-today', '2026-12-01T16:00:00'),
			],
			['area', 'on-until-10-50', 'later-today', 'ended-10-20'],
		],
		[
			'a cancelled notice keeps its place by relevance',
			[
				page('area'),
				notice('cancelled', '2026-12-05T18:00:00', { cancelled: true }),
				notice('next', '2026-12-08T12:00:00'),
			],
			['area', 'next', 'cancelled'],
		],
		[
			'within one hour, day or month, by relevance',
			[
				page('area'),
				notice('b', '2026-12-08T17:00:00'),
				notice('a', '2026-12-08T09:00:00'),
				notice('c', '2026-12-03T09:00:00'),
			],
			['area', 'c', 'b', 'a'],
		],
		[
			'no notice at all: relevance alone',
			[page('tariffs', '电价'), page('estimator', '电价')],
			['tariffs', 'estimator'],
		],
		[
			'a search about something else (its best match a safety page): relevance alone, notices where they rank',
			[
				page('storm-category', '安全用电'),
				page('storm-article', '安全用电'),
				notice('past', '2026-11-30T16:00:00'),
				notice('tomorrow', '2026-12-02T12:00:00'),
			],
			['storm-category', 'storm-article', 'past', 'tomorrow'],
		],
		['nothing found', [], []],
	])('%s', async (_, pages, order) => {
		expect(await rank(pages)).toEqual(order);
	});

	test('every search keeps the reader’s filters', async () => {
		const search = fakeSearch([
			page('area'),
			notice('today', '2026-12-01T17:30:00'),
			notice('tomorrow', '2026-12-02T12:00:00'),
			notice('price-page-notice', '2026-12-02T12:00:00', { type: '电价' }),
		]);
		const order = await upcomingFirst(search, { type: ['停电'] }, now, TZ);
		expect(order.results.map((p) => p.id)).toEqual(['area', 'today', 'tomorrow']);
		// The filter counts are the plain search's, for the reader's filters.
		expect(order.filters?.type).toEqual({ 停电: 3 });
		expect(search.calls.length).toBeGreaterThan(1);
		for (const call of search.calls) expect(call.type).toEqual(['停电']);
	});

	test('one bucket of notices to come: no further search; facts loaded only for the best match', async () => {
		const search = fakeSearch([page('area'), notice('a', '2026-12-08T09:00:00'), notice('b', '2026-12-08T15:00:00')]);
		await upcomingFirst(search, {}, now, TZ);
		expect(search.calls).toHaveLength(2);
		expect(search.factLoads).toEqual(['area']);
	});

	test('a search about something else runs once', async () => {
		const search = fakeSearch([page('article', '安全用电'), notice('a', '2026-12-08T09:00:00')]);
		await upcomingFirst(search, {}, now, TZ);
		expect(search.calls).toHaveLength(1);
	});
});
