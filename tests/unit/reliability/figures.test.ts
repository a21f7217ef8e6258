import { describe, expect, it } from 'vitest';
import { affectedAreaIds, affectedDistrictIds, affectedLeafIds } from '../../../src/lib/reliability/affected.ts';
import {
	outageMs,
	periodFigures,
	reliabilityReport,
	scopeFigures,
	type ScopeFigures,
} from '../../../src/lib/reliability/figures.ts';
import { announcedOnTime, firstAnnouncedStart } from '../../../src/lib/reliability/lead-time.ts';
import { repeatAreas } from '../../../src/lib/reliability/repeats.ts';
import { reportWindow } from '../../../src/lib/reliability/window.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { areas, byId, notices, now, site } from './fixture.ts';

// Computed in each test, not when the file loads: a mutation run then knows which tests reach which code.
const report = () => reliabilityReport(notices, areas(), site, now);
const figures = (scope: string): ScopeFigures =>
	scope === 'total' ? report().total : (report().districts.find((d) => d.id === scope) as ScopeFigures);
const monthOf = (scope: string, month: string) => figures(scope).months.find((m) => m.month === month);

describe('the hand-worked fixture (tests/unit/reliability/fixture.ts)', () => {
	// In the window: n01–n10 and n12 (n11 starts an hour before window.from; n13 exactly at window.to).
	// Outages: those minus the cancelled n07 → n01 n02 n03 n04 n05 n06 n08 n09 n10 n12 = 10.
	//   planned n01 n02 n04 n05 n09 n10 = 6; temporary n03 n06 n12 = 3; other n08 = 1.
	// Hours: n01 4 + n02 4.5 (restored 12:30) + n03 2 + n04 2 + n05 2 + n06 4 + n08 1.5 + n09 12 (restored 20:00)
	//   + n10 26 (30 Nov 08:00 to now, 1 Dec 10:00) + n12 3 = 61; average 61 / 10 = 6.1.
	// Lead time: eligible = 10 − n08 (other: 0 h, no lead time) = 9; late n02 (96 h < 168), n04 (120 h before
	//   its first start 20 Apr), n06 (12 h < 24); on time 9 − 3 = 6 (n03 at exactly 24 h counts as on time).
	// Repeats: v1 has n01 (10 Jan), n02 (1 Feb), n03 (5 Mar, named for its town t1): 54 days 1 h from first to
	//   third → repeat. v2 has n03 (5 Mar), n04 (1 May), n05 (1 Jun), n06 (30 Jun): n04 → n06 is exactly 60 days,
	//   not within; n03 → n05 is 88 days → no repeat. v3: n12, n09, n10 months apart. c1: one outage.
	//
	// District d1 (t1, t2, v1, v2, c1): n01 n02 n03 n04 n05 n06 n08 = 7 outages (planned 4, temporary 2, other 1),
	//   cancelled n07 = 1; hours 4 + 4.5 + 2 + 2 + 2 + 4 + 1.5 = 20, average 20 / 7 = 2.857 → 2.9;
	//   eligible 6, on time n01 n03 n05 = 3; repeat v1.
	// District d2 (t3, v3): n09 (named twice, counted once), n10, n12 = 3 (planned 2, temporary 1), hours
	//   12 + 26 + 3 = 41, average 13.67 → 13.7; eligible 3, on time 3; no repeat.
	it.each([
		[
			'total',
			{
				outages: 10,
				byKind: { planned: 6, temporary: 3, other: 1 },
				cancelled: 1,
				hours: 61,
				averageHours: 6.1,
				leadTime: { eligible: 9, onTime: 6 },
			},
		],
		[
			'd1',
			{
				outages: 7,
				byKind: { planned: 4, temporary: 2, other: 1 },
				cancelled: 1,
				hours: 20,
				averageHours: 2.9,
				leadTime: { eligible: 6, onTime: 3 },
			},
		],
		[
			'd2',
			{
				outages: 3,
				byKind: { planned: 2, temporary: 1, other: 0 },
				cancelled: 0,
				hours: 41,
				averageHours: 13.7,
				leadTime: { eligible: 3, onTime: 3 },
			},
		],
	])('%s: counts, hours and notice given', (scope, expected) => {
		const { outages, byKind, cancelled, hours, averageHours, leadTime } = figures(scope);
		expect({ outages, byKind, cancelled, hours, averageHours, leadTime }).toEqual(expected);
	});

	it.each([
		['total', ['n02', 'n04', 'n06']],
		['d1', ['n02', 'n04', 'n06']],
		['d2', []],
	])('%s: the outages announced late', (scope, ids) => {
		expect(figures(scope).late.map((l) => l.id)).toEqual(ids);
	});

	it('says how late, from the start as first announced', () => {
		// n02: 28 Jan 08:00 → 1 Feb 08:00 = 96 h; n04: 15 Apr 08:00 → 20 Apr 08:00 (first announced) = 120 h;
		// n06: 29 Jun 20:00 → 30 Jun 08:00 = 12 h.
		expect(report().total.late.map((l) => [l.id, l.firstStart, l.givenHours, l.requiredHours])).toEqual([
			['n02', '2026-02-01T08:00:00+08:00', 96, 168],
			['n04', '2026-04-20T08:00:00+08:00', 120, 168],
			['n06', '2026-06-30T08:00:00+08:00', 12, 24],
		]);
	});

	it.each([
		['total', [{ id: 'v1', outages: ['n01', 'n02', 'n03'] }]],
		['d1', [{ id: 'v1', outages: ['n01', 'n02', 'n03'] }]],
		['d2', []],
	])('%s: repeat areas', (scope, expected) => {
		expect(figures(scope).repeatAreas).toEqual(expected);
	});

	// Month by month (by the month of the start in Asia/Shanghai): 13 months, Dec 2025 and Dec 2026 partial.
	it.each([
		['2025-12', 1, 0, 3], // n12
		['2026-01', 1, 0, 4], // n01
		['2026-02', 1, 0, 4.5], // n02
		['2026-03', 1, 0, 2], // n03
		['2026-04', 0, 0, 0], // n04 was first announced for April but takes place in May
		['2026-05', 1, 0, 2], // n04
		['2026-06', 2, 1, 6], // n05, n06; n07 cancelled
		['2026-07', 1, 0, 1.5], // n08
		['2026-08', 1, 0, 12], // n09
		['2026-09', 0, 0, 0],
		['2026-10', 0, 0, 0],
		['2026-11', 1, 0, 26], // n10, up to now
		['2026-12', 0, 0, 0], // n13 starts at now: outside
	])('total %s: %i outages, %i cancelled, %f hours', (month, outages, cancelled, hours) => {
		expect(monthOf('total', month)).toMatchObject({ outages, cancelled, hours });
	});

	it('lists 13 months whose figures add up to the totals', () => {
		const { total } = report();
		const months = total.months;
		expect(months.map((m) => m.month)).toHaveLength(13);
		expect(months.reduce((s, m) => s + m.outages, 0)).toBe(total.outages);
		expect(Math.round(months.reduce((s, m) => s + m.hours, 0) * 10) / 10).toBe(total.hours);
		expect(months.reduce((s, m) => s + m.leadTime.onTime, 0)).toBe(total.leadTime.onTime);
	});
});

describe('announced on time', () => {
	const leadTimeHours = site.leadTimeHours;
	it.each([
		['216 h ahead of a planned outage', 'n01', true],
		['96 h ahead of a planned outage', 'n02', false],
		['exactly 24 h ahead of a temporary outage', 'n03', true],
		['late for its first start, in time for the moved one', 'n04', false],
		['an "other" outage, whose lead time is 0 h', 'n08', undefined],
	])('%s → %s', (_what, id, expected) => {
		expect(announcedOnTime(byId(id), leadTimeHours)).toBe(expected);
	});

	it('takes the first reschedule, not a later one', () => {
		const n = byId('n04');
		const second = {
			revision: 3,
			at: '2026-04-25T08:00:00+08:00',
			event: 'rescheduled' as const,
			from: { start: '2026-05-01T08:00:00+08:00', end: '2026-05-01T10:00:00+08:00' },
			to: { start: '2026-05-08T08:00:00+08:00', end: '2026-05-08T10:00:00+08:00' },
		};
		expect(firstAnnouncedStart({ ...n, history: [...n.history, second] })).toBe('2026-04-20T08:00:00+08:00');
		expect(firstAnnouncedStart(byId('n01'))).toBe(byId('n01').start);
	});

	it('one minute short of 24 h is late', () => {
		expect(announcedOnTime({ ...byId('n03'), publishedAt: '2026-03-04T09:01:00+08:00' }, leadTimeHours)).toBe(false);
	});
});

describe('repeat outages: the 60-day boundary', () => {
	const at = (id: string, start: string): Notice => ({
		...byId('n05'),
		id,
		start,
		end: start.replace('T08:00', 'T09:00'),
	});
	it.each([
		['third starts exactly 60 days after the first', '2026-06-30T08:00:00+08:00', []],
		[
			'third starts a minute under 60 days after the first',
			'2026-06-30T07:59:00+08:00',
			[{ id: 'v2', outages: ['a', 'b', 'c'] }],
		],
	])('%s', (_what, third, expected) => {
		const outages = [at('a', '2026-05-01T08:00:00+08:00'), at('b', '2026-05-20T08:00:00+08:00'), at('c', third)];
		expect(repeatAreas(outages, areas())).toEqual(expected);
	});

	it('two outages are not a repeat, however close', () => {
		expect(repeatAreas([at('a', '2026-05-01T08:00:00+08:00'), at('b', '2026-05-01T08:00:00+08:00')], areas())).toEqual(
			[],
		);
	});

	it('lists only the outages of qualifying groups', () => {
		// a, b, c within 10 days; d three months later belongs to no group of three.
		const outages = [
			at('a', '2026-05-01T08:00:00+08:00'),
			at('b', '2026-05-05T08:00:00+08:00'),
			at('c', '2026-05-10T08:00:00+08:00'),
			at('d', '2026-08-10T08:00:00+08:00'),
		];
		expect(repeatAreas(outages, areas())).toEqual([{ id: 'v2', outages: ['a', 'b', 'c'] }]);
	});

	it('a district-wide outage counts for every village of the district', () => {
		const d = (id: string, start: string): Notice => ({ ...at(id, start), areas: ['d1'] });
		const outages = [
			d('a', '2026-05-01T08:00:00+08:00'),
			d('b', '2026-05-02T08:00:00+08:00'),
			d('c', '2026-05-03T08:00:00+08:00'),
		];
		expect(repeatAreas(outages, areas()).map((r) => r.id)).toEqual(['v1', 'v2', 'c1']);
	});
});

describe('area roll-up', () => {
	it.each([
		[['v1'], ['v1'], ['v1'], ['d1']],
		[['t1'], ['t1', 'v1', 'v2'], ['v1', 'v2'], ['d1']],
		[['d2', 'v3'], ['d2', 't3', 'v3'], ['v3'], ['d2']],
		[
			['c1', 'v3'],
			['c1', 'v3'],
			['c1', 'v3'],
			['d1', 'd2'],
		],
		[['nowhere'], [], [], []],
	])('a notice naming %j affects %j (villages %j, districts %j)', (named, all, leaves, districts) => {
		const n = { areas: named };
		expect([...affectedAreaIds(n, areas())]).toEqual(all);
		expect(affectedLeafIds(n, areas())).toEqual(leaves);
		expect([...affectedDistrictIds(n, areas())]).toEqual(districts);
	});
});

describe('the window', () => {
	it.each([
		['mid-month', '2026-12-01T10:00:00+08:00', '2025-12-01T10:00:00+08:00', 13, '2025-12', '2026-12'],
		['at midnight on the 1st', '2026-12-01T00:00:00+08:00', '2025-12-01T00:00:00+08:00', 12, '2025-12', '2026-11'],
		['on 29 February', '2028-02-29T12:00:00+08:00', '2027-02-28T12:00:00+08:00', 13, '2027-02', '2028-02'],
	])('%s', (_what, at, from, count, first, last) => {
		const w = reportWindow(new Date(at), 'Asia/Shanghai');
		expect(w.from).toBe(Date.parse(from));
		expect(w.to).toBe(Date.parse(at));
		expect(w.months).toHaveLength(count);
		expect([w.months[0].month, w.months.at(-1)?.month]).toEqual([first, last]);
		expect(w.months[0].from).toBe(w.from);
		expect(w.months.at(-1)?.to).toBe(w.to);
	});

	it('does not depend on the host time zone: months are the utility’s', () => {
		// 2026-06-30T20:00Z is 1 July 04:00 in Shanghai.
		const late = {
			...byId('n05'),
			id: 'z',
			start: '2026-06-30T20:00:00Z',
			end: '2026-06-30T22:00:00Z',
			publishedAt: '2026-06-01T00:00:00Z',
		};
		const r = reliabilityReport([late], areas(), site, now);
		expect(r.total.months.find((m) => m.month === '2026-07')?.outages).toBe(1);
	});
});

describe('the area chart', async () => {
	const { areaChartMonths, noticesAffectingArea } = await import('../../../src/lib/reliability/area-chart.ts');
	const { buildAreaNoticeIndex } = await import('../../../src/lib/outages/area-index.ts');
	const index = () => buildAreaNoticeIndex(areas(), notices);
	it.each([
		// v2: its own n04 n05 n06 n07, and n03 named for its town t1.
		['v2', ['n03', 'n04', 'n05', 'n07', 'n06']],
		// t1: its villages' notices and its own; nothing named above it.
		['t1', ['n01', 'n02', 'n03', 'n04', 'n05', 'n07', 'n06']],
		// v3: n09 (named for d2 and v3) once.
		['v3', ['n11', 'n12', 'n09', 'n10', 'n13']],
		['c1', ['n08']],
	])('%s is affected by %j', (id, ids) => {
		expect(noticesAffectingArea(areas().get(id)!, index()).map((n) => n.id)).toEqual(ids);
	});

	it('breaks ties of start by id, by code unit, whichever area names them', () => {
		const same = (id: string, named: string): Notice => ({ ...byId('n05'), id, areas: [named] });
		const index = buildAreaNoticeIndex(areas(), [same('b', 'v2'), same('a', 't1'), same('B', 'v2')]);
		expect(noticesAffectingArea(areas().get('v2')!, index).map((n) => n.id)).toEqual(['B', 'a', 'b']);
	});

	it('counts only the notices starting in the window, not earlier ones of its first month', () => {
		// v3: n11 starts on 1 December 2025 an hour before the window opens, n12 at its opening.
		const months = areaChartMonths(
			noticesAffectingArea(areas().get('v3')!, index()),
			reportWindow(now, site.timeZone),
			site.timeZone,
		);
		expect(months[0]).toEqual({
			month: '2025-12',
			byKind: { planned: 0, temporary: 1, other: 0 },
			outages: 1,
			cancelled: 0,
		});
	});

	it('counts v2 month by month, cancelled apart', () => {
		const months = areaChartMonths(
			noticesAffectingArea(areas().get('v2')!, index()),
			reportWindow(now, site.timeZone),
			site.timeZone,
		);
		expect(months).toHaveLength(13);
		const busy = months.filter((m) => m.outages + m.cancelled > 0).map((m) => [m.month, m.byKind, m.cancelled]);
		expect(busy).toEqual([
			['2026-03', { planned: 0, temporary: 1, other: 0 }, 0],
			['2026-05', { planned: 1, temporary: 0, other: 0 }, 0],
			['2026-06', { planned: 1, temporary: 1, other: 0 }, 1],
		]);
	});
});

describe('order, scope and edges of the figures', () => {
	const window = () => reportWindow(now, site.timeZone);
	const late = (id: string, start: string): Notice => ({
		...byId('n02'),
		id,
		start,
		end: start.replace('T08:00', 'T09:00'),
		publishedAt: start.replace('T08:00', 'T07:00'),
		restoredAt: undefined,
	});

	it('lists late outages in start order, ties by id, whatever order the notices come in', () => {
		const given = [
			late('z', '2026-03-01T08:00:00+08:00'),
			late('b', '2026-02-01T08:00:00+08:00'),
			late('a', '2026-02-01T08:00:00+08:00'),
		];
		expect(scopeFigures(given, window(), site, areas()).late.map((l) => l.id)).toEqual(['a', 'b', 'z']);
	});

	it('counts a notice outside the window’s months in the totals only (callers pass the window’s notices)', () => {
		const outside = late('x', '2024-02-01T08:00:00+08:00');
		const s = scopeFigures([outside], window(), site, areas());
		expect(s.outages).toBe(1);
		expect(s.months.reduce((sum, m) => sum + m.outages, 0)).toBe(0);
	});

	it('a district lists only its own villages as repeat areas; the total lists both', () => {
		const both = (id: string, day: string): Notice => ({
			...late(id, `2026-05-${day}T08:00:00+08:00`),
			areas: ['v1', 'v3'],
		});
		const r = reliabilityReport([both('a', '01'), both('b', '02'), both('c', '03')], areas(), site, now);
		expect(r.total.repeatAreas.map((a) => a.id)).toEqual(['v1', 'v3']);
		expect(r.districts.map((d) => [d.id, d.repeatAreas.map((a) => a.id)])).toEqual([
			['d1', ['v1']],
			['d2', ['v3']],
		]);
	});

	it('a district without outages has zeros and no average', () => {
		const r = reliabilityReport([byId('n01')], areas(), site, now);
		expect(r.districts[1]).toMatchObject({
			id: 'd2',
			outages: 0,
			hours: 0,
			averageHours: null,
			late: [],
			repeatAreas: [],
		});
		expect(r.districts[1].months).toHaveLength(13);
	});

	it.each([
		['ended', '2026-11-30T08:00:00+08:00', '2026-11-30T10:00:00+08:00', 2],
		['still on: up to now', '2026-12-01T08:00:00+08:00', '2026-12-01T18:00:00+08:00', 2],
		['not started yet', '2026-12-01T12:00:00+08:00', '2026-12-01T18:00:00+08:00', 0],
	])('outageMs: an outage %s', (_what, start, end, hours) => {
		expect(outageMs({ start, end }, now.getTime())).toBe(hours * 3_600_000);
	});

	it('rounds hours to one decimal place, the average from the unrounded sum', () => {
		const n = (id: string, minutes: number): Notice => ({
			...byId('n01'),
			id,
			end: new Date(Date.parse(byId('n01').start) + minutes * 60_000).toISOString(),
		});
		// 20 + 20 + 20 minutes: 1 h in all, 0.333… h each.
		const p = periodFigures([n('a', 20), n('b', 20), n('c', 20)], now.getTime(), site.leadTimeHours);
		expect([p.hours, p.averageHours]).toEqual([1, 0.3]);
		// 25 + 25 minutes = 0.8333 h: 0.8 in all, 0.4 each (0.41666…).
		const q = periodFigures([n('a', 25), n('b', 25)], now.getTime(), site.leadTimeHours);
		expect([q.hours, q.averageHours]).toEqual([0.8, 0.4]);
	});

	it('takes the build time as a number as well as a Date', () => {
		expect(reportWindow(now.getTime(), site.timeZone)).toEqual(reportWindow(now, site.timeZone));
		expect(reportWindow(now.getTime(), site.timeZone).to).toBe(now.getTime());
	});

	it('late notices say how late, rounded down to a tenth of an hour', () => {
		const n = { ...late('a', '2026-02-01T08:00:00+08:00'), publishedAt: '2026-01-30T07:57:00+08:00' };
		// 48 h 3 min = 48.05 h given: 48.0, not 48.1.
		expect(scopeFigures([n], window(), site, areas()).late[0]).toEqual({
			id: 'a',
			kind: 'planned',
			firstStart: '2026-02-01T08:00:00+08:00',
			publishedAt: '2026-01-30T07:57:00+08:00',
			givenHours: 48,
			requiredHours: 168,
		});
	});
});
