import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/build/cache-key.ts';
import { areaFeedPaths } from '../../../src/lib/feeds/area-feed-paths.ts';
import type { Notice } from '../../../src/schemas/notice.ts';

/** Feeds whose areas carry the notices (here just ids) and closed-segment digests given. */
function feeds(
	notices: Readonly<Record<string, readonly string[]>>,
	closed: Readonly<Record<string, string>> = {},
	emptySince = '2026-01-01',
) {
	return {
		areaNotices: (area: string) => (notices[area] ?? []) as unknown as Notice[],
		closedKey: (area: string) => closed[area],
		emptyFeedUpdated: emptySince,
	};
}
const keys = (base = 'base') => ({ base, notice: (n: Notice) => `k:${n as unknown as string}` });

/** The key of `area`'s path in `locale`. */
function keyOf(paths: ReturnType<typeof areaFeedPaths>, locale: string, area: string): string {
	const p = paths.find((x) => x.props.locale === locale && x.props.area === area);
	if (!p) throw new Error(`no path ${locale} ${area}`);
	return p.cacheKey;
}

describe('the paths of the area feed routes', () => {
	it('each area in each language, Chinese without a locale segment, in area order', () => {
		const paths = areaFeedPaths(['b', 'a'], feeds({}), keys());
		expect(paths.map(({ params, props }) => ({ params, props }))).toEqual([
			{ params: { locale: undefined, area: 'b' }, props: { locale: 'zh-cn', area: 'b' } },
			{ params: { locale: undefined, area: 'a' }, props: { locale: 'zh-cn', area: 'a' } },
			{ params: { locale: 'en', area: 'b' }, props: { locale: 'en', area: 'b' } },
			{ params: { locale: 'en', area: 'a' }, props: { locale: 'en', area: 'a' } },
		]);
		expect(areaFeedPaths([], feeds({}), keys())).toEqual([]);
	});

	it.each([
		// An area with notices: their keys, and the closed segments' digest where it has one.
		['notices only', { a: ['n1', 'n2'] }, {}, cacheKey(['k:n1', 'k:n2'], null)],
		['notices and closed', { a: ['n1'] }, { a: 'c1' }, cacheKey(['k:n1'], 'c1')],
		['closed only', {}, { a: 'c1' }, cacheKey([], 'c1')],
		// Without any, the date the empty feed shows.
		['nothing', {}, {}, cacheKey('empty', '2026-01-01')],
	] as const)('%s: the key covers exactly that', (_, notices, closed, inner) => {
		const paths = areaFeedPaths(['a'], feeds(notices, closed), keys());
		expect(paths.map((p) => p.cacheKey)).toEqual([
			cacheKey('base', 'zh-cn', 'a', inner),
			cacheKey('base', 'en', 'a', inner),
		]);
	});

	it.each([
		['its notices change', feeds({ a: ['n1'] }), feeds({ a: ['n1', 'n2'] }), true],
		['its notices are the same', feeds({ a: ['n1'] }), feeds({ a: ['n1'] }), false],
		['another area’s notices change', feeds({ a: ['n1'] }), feeds({ a: ['n1'], b: ['n2'] }), false],
		[
			'its closed digest changes (with notices)',
			feeds({ a: ['n1'] }, { a: 'c1' }),
			feeds({ a: ['n1'] }, { a: 'c2' }),
			true,
		],
		['its closed digest changes (without)', feeds({}, { a: 'c1' }), feeds({}, { a: 'c2' }), true],
		['it gains a closed digest', feeds({ a: ['n1'] }), feeds({ a: ['n1'] }, { a: 'c1' }), true],
		['an empty feed’s date changes', feeds({}, {}, '2026-01-01'), feeds({}, {}, '2026-02-01'), true],
		[
			'the empty date changes, with notices',
			feeds({ a: ['n1'] }, {}, '2026-01-01'),
			feeds({ a: ['n1'] }, {}, '2026-02-01'),
			false,
		],
		[
			'the empty date changes, closed only',
			feeds({}, { a: 'c1' }, '2026-01-01'),
			feeds({}, { a: 'c1' }, '2026-02-01'),
			false,
		],
		['it loses its only notice', feeds({ a: ['n1'] }), feeds({}), true],
	])('area a’s key when %s: changes %s', (_, before, after, differs) => {
		for (const locale of ['zh-cn', 'en']) {
			const k1 = keyOf(areaFeedPaths(['a', 'b'], before, keys()), locale, 'a');
			const k2 = keyOf(areaFeedPaths(['a', 'b'], after, keys()), locale, 'a');
			expect(k1 !== k2, locale).toBe(differs);
		}
	});

	it('the key also covers the shared base, the language and the area', () => {
		const paths = areaFeedPaths(['a', 'b'], feeds({}), keys());
		const other = areaFeedPaths(['a', 'b'], feeds({}), keys('base2'));
		expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(4);
		expect(paths.map((p) => p.cacheKey)).not.toContain(other[0].cacheKey);
	});
});
