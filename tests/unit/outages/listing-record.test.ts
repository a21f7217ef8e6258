import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { buildAreaNoticeIndex } from '../../../src/lib/outages/area-index.ts';
import {
	archiveYears,
	comingDays,
	dateSections,
	nextHours,
	outageList,
	splitSections,
} from '../../../src/lib/outages/listing.ts';
import { outageRecord, twelveMonthsBefore } from '../../../src/lib/outages/record.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const n = (id: string, start: string, end: string, extra: Partial<Notice> = {}): Notice =>
	validNotice({ id, start: `${start}+08:00`, end: `${end}+08:00`, ...extra });
const cancelled = {
	lifecycle: 'cancelled' as const,
	cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气' } },
};

describe('outageList', () => {
	const notices = [
		n('later', '2026-12-05T08:00:00', '2026-12-05T12:00:00'),
		n('on-late-start', '2026-12-01T09:00:00', '2026-12-01T12:00:00'),
		n('on-early-start', '2026-12-01T08:00:00', '2026-12-01T17:30:00'),
		n('tonight', '2026-12-01T22:00:00', '2026-12-02T05:00:00'),
		n('off', '2026-12-03T08:00:00', '2026-12-03T12:00:00', cancelled),
		n('off-today', '2026-12-01T08:00:00', '2026-12-01T12:00:00', cancelled),
		n('ended-yesterday', '2026-11-30T08:00:00', '2026-11-30T16:00:00'),
		n('ended-6-days', '2026-11-25T08:00:00', '2026-11-25T12:00:00'),
		n('ended-8-days', '2026-11-23T08:00:00', '2026-11-23T09:00:00'),
		n('overnight-just-ended', '2026-11-30T22:00:00', '2026-12-01T05:00:00'),
	];
	const list = () => outageList(notices, NOW);

	test('in progress first (by start), then what is ahead by start; cancelled ones where their window was', () => {
		expect(list().current.map((i) => [i.notice.id, i.status])).toEqual([
			['on-early-start', 'in-progress'],
			['on-late-start', 'in-progress'],
			['off-today', 'cancelled'],
			['tonight', 'soon'],
			['off', 'cancelled'],
			['later', 'upcoming'],
		]);
	});

	test('then ended within 7 days, latest end first; older ones only in the archive', () => {
		expect(list().recent.map((i) => i.notice.id)).toEqual(['overnight-just-ended', 'ended-yesterday', 'ended-6-days']);
	});

	test('date sections: now, then one per start day with a stable anchor', () => {
		expect(dateSections(list().current, TZ).map((s) => [s.anchor, s.items.length])).toEqual([
			['now', 2],
			['d-2026-12-01', 2],
			['d-2026-12-03', 1],
			['d-2026-12-05', 1],
		]);
	});

	test.each([
		[24, ['on-early-start', 'on-late-start', 'tonight']],
		[1, ['on-early-start', 'on-late-start']],
		[24 * 5, ['on-early-start', 'on-late-start', 'tonight', 'later']],
	])('nextHours(%i) lists in-progress and starting, not cancelled', (hours, ids) => {
		expect(nextHours(notices, NOW, hours).map((i) => i.notice.id)).toEqual(ids);
	});

	// The home page's look ahead: after the next 24 hours, up to two weeks, by start; never what is on or cancelled.
	test.each([
		['the defaults: after 24 hours, within 14 days', [], ['later']],
		['within 2 days', [2], []],
		['within 4 days', [4], ['later']],
		['within 14 days, from 1 hour on', [14, 1], ['tonight', 'later']],
	] as const)('comingDays: %s', (_, args, ids) => {
		expect(comingDays(notices, NOW, ...args).map((i) => i.notice.id)).toEqual(ids);
	});

	test('comingDays: nothing in the next 24 hours, but some within two weeks', () => {
		const quiet = [
			n('in-3-days', '2026-12-04T08:00:00', '2026-12-04T12:00:00'),
			n('in-13-days', '2026-12-14T08:00:00', '2026-12-14T12:00:00'),
			n('in-15-days', '2026-12-16T08:00:00', '2026-12-16T12:00:00'),
		];
		expect(nextHours(quiet, NOW)).toEqual([]);
		expect(comingDays(quiet, NOW).map((i) => i.notice.id)).toEqual(['in-3-days', 'in-13-days']);
	});
});

describe('archiveYears', () => {
	test('groups by the year and month of the start in the utility zone, newest year first', () => {
		const years = archiveYears(
			[
				n('a', '2026-01-01T07:00:00', '2026-01-01T09:00:00'),
				// 2025-12-31 23:30 in Shanghai is still 2025 there, though 15:30 UTC.
				n('b', '2025-12-31T23:30:00', '2026-01-01T02:00:00'),
				n('c', '2026-03-02T08:00:00', '2026-03-02T09:00:00'),
			],
			TZ,
		);
		expect(years.map((y) => [y.year, y.months.map((m) => [m.month, m.notices.map((x) => x.id)])])).toEqual([
			[
				'2026',
				[
					['2026-01', ['a']],
					['2026-03', ['c']],
				],
			],
			['2025', [['2025-12', ['b']]]],
		]);
	});
});

describe('outageRecord over the 12 months before now', () => {
	const now = Date.parse('2026-01-10T12:00:00+08:00');
	test.each([
		['a day window', [n('x', '2025-06-01T08:00:00', '2025-06-01T17:30:00')], 1, 9.5],
		['across midnight counts once, all hours', [n('x', '2025-12-20T22:00:00', '2025-12-21T05:00:00')], 1, 7],
		['across the new year', [n('x', '2025-12-31T20:00:00', '2026-01-01T04:30:00')], 1, 8.5],
		['cancelled does not count', [n('x', '2025-06-01T08:00:00', '2025-06-01T17:30:00', cancelled)], 0, 0],
		['future does not count', [n('x', '2026-01-11T08:00:00', '2026-01-11T10:00:00')], 0, 0],
		['in progress counts up to now', [n('x', '2026-01-10T08:00:00', '2026-01-10T18:00:00')], 1, 4],
		['started before the period: only the part inside', [n('x', '2025-01-10T10:00:00', '2025-01-10T14:00:00')], 1, 2],
		['ended before the period', [n('x', '2025-01-09T10:00:00', '2025-01-09T14:00:00')], 0, 0],
		[
			'two windows',
			[
				n('x', '2025-03-01T08:00:00', '2025-03-01T10:00:00'),
				n('y', '2025-04-01T08:00:00', '2025-04-01T09:30:00', { kind: 'temporary' }),
			],
			2,
			3.5,
		],
	])('%s', (_label, notices, count, hours) => {
		const r = outageRecord(notices, now, TZ);
		expect([r.count, r.hours]).toEqual([count, hours]);
		expect(r.byKind.planned.count + r.byKind.temporary.count + r.byKind.other.count).toBe(count);
	});

	test('planned and temporary are counted apart', () => {
		const r = outageRecord(
			[
				n('x', '2025-03-01T08:00:00', '2025-03-01T10:00:00'),
				n('y', '2025-04-01T08:00:00', '2025-04-01T09:30:00', { kind: 'temporary' }),
			],
			now,
			TZ,
		);
		expect(r.byKind).toEqual({
			planned: { count: 1, hours: 2 },
			temporary: { count: 1, hours: 1.5 },
			other: { count: 0, hours: 0 },
		});
	});

	test.each([
		['2026-01-10T12:00:00+08:00', '2025-01-10T12:00:00+08:00'],
		['2028-02-29T09:00:00+08:00', '2027-02-28T09:00:00+08:00'],
		// Midnight in Shanghai is the previous day in UTC: the period is still counted in the utility's zone.
		['2026-01-01T00:00:00+08:00', '2025-01-01T00:00:00+08:00'],
	])('12 months before %s is %s', (now, from) => {
		expect(twelveMonthsBefore(Date.parse(now), TZ).getTime()).toBe(Date.parse(from));
	});
});

describe('buildAreaNoticeIndex', () => {
	const tree: AreaNodeInput[] = [
		{
			id: 'd',
			kind: 'district',
			name: { zh: '片区' },
			children: [
				{
					id: 't1',
					kind: 'town',
					name: { zh: '一镇' },
					children: [
						{ id: 'v1', kind: 'village', name: { zh: '一村' } },
						{ id: 'v2', kind: 'village', name: { zh: '二村' } },
					],
				},
				{
					id: 't2',
					kind: 'town',
					name: { zh: '二镇' },
					children: [{ id: 'v3', kind: 'village', name: { zh: '三村' } }],
				},
			],
		},
	];
	const areas = () => flattenAreaTree(tree).areas;
	const notices = [
		n('both-villages', '2026-12-02T08:00:00', '2026-12-02T09:00:00', { areas: ['v1', 'v2'] }),
		n('town-itself', '2026-12-01T08:00:00', '2026-12-01T09:00:00', { areas: ['t1'] }),
		n('other-town', '2026-12-03T08:00:00', '2026-12-03T09:00:00', { areas: ['v3'] }),
		n('unknown', '2026-12-03T08:00:00', '2026-12-03T09:00:00', { areas: ['nowhere'] }),
	];
	const index = () => buildAreaNoticeIndex(areas(), notices);
	test.each([
		['v1', ['both-villages'], ['both-villages']],
		['v2', ['both-villages'], ['both-villages']],
		['t1', ['town-itself', 'both-villages'], ['town-itself']],
		['t2', ['other-town'], []],
		['d', ['town-itself', 'both-villages', 'other-town'], []],
		['nowhere', [], []],
	])('%s: rolled up %j, direct %j (each notice once, by start)', (id, rolled, direct) => {
		expect(
			index()
				.forArea(id)
				.map((x) => x.id),
		).toEqual(rolled);
		expect(
			index()
				.direct(id)
				.map((x) => x.id),
		).toEqual(direct);
	});
});

describe('splitSections', () => {
	const section = (key: string, n: number) => ({
		key,
		anchor: key,
		items: Array.from({ length: n }, () => ({}) as never),
	});
	test.each([
		[
			'everything fits',
			[
				['now', 2],
				['a', 3],
				['b', 4],
			],
			10,
			['now', 'a', 'b'],
			[],
		],
		[
			'later days become links, in order',
			[
				['now', 2],
				['a', 3],
				['b', 6],
				['c', 1],
			],
			10,
			['now', 'a'],
			['b', 'c'],
		],
		[
			'what is on now always shows, however many',
			[
				['now', 50],
				['a', 1],
			],
			10,
			['now'],
			['a'],
		],
		[
			'the first day shows even when it alone is over budget',
			[
				['a', 30],
				['b', 1],
			],
			10,
			['a'],
			['b'],
		],
	] as const)('%s', (_label, spec, budget, full, linked) => {
		const r = splitSections(
			spec.map(([k, n]) => section(k, n)),
			budget,
		);
		expect([r.full.map((s) => s.key), r.linked.map((s) => s.key)]).toEqual([full, linked]);
	});
});
