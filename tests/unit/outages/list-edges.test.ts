/**
 * The outage list and the record at their edges, each on both sides: an outage ending or starting exactly at now,
 * ended exactly when the recent list begins, starting exactly 24 hours ahead; the record's period ending at midnight;
 * the list split under its budget. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import {
	archiveYears,
	comingDays,
	dateSections,
	nextHours,
	outageList,
	splitSections,
	type DateSection,
} from '../../../src/lib/outages/listing.ts';
import { outageRecord, recordLastDay } from '../../../src/lib/outages/record.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (ms: number) => new Date(NOW + ms).toISOString();
/** A notice from `start` to `end`, milliseconds from now. */
const n = (id: string, start: number, end: number, more: Partial<Notice> = {}): Notice =>
	validNotice({ id, start: at(start), end: at(end), ...more });
const cancelled: Partial<Notice> = {
	lifecycle: 'cancelled',
	cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气' } },
};

describe('outageList at its edges', () => {
	it.each([
		['ending at now: ended', n('x', -HOUR, 0), 'recent', 'ended'],
		['ending a millisecond after now: in progress', n('x', -HOUR, 1), 'current', 'in-progress'],
		['starting at now: in progress', n('x', 0, HOUR), 'current', 'in-progress'],
		['starting a millisecond after now: ahead', n('x', 1, HOUR), 'current', 'soon'],
		['power back at now, before its planned end: ended', n('x', -HOUR, HOUR, { restoredAt: at(0) }), 'recent', 'ended'],
		['ended exactly seven days ago: still recent', n('x', -8 * 24 * HOUR, -7 * 24 * HOUR), 'recent', 'ended'],
		['ended seven days and a millisecond ago: gone', n('x', -8 * 24 * HOUR, -7 * 24 * HOUR - 1), 'none', ''],
		[
			'cancelled, its window under way: listed where it was, as cancelled',
			n('x', -HOUR, HOUR, cancelled),
			'current',
			'cancelled',
		],
	])('%s', (_what, notice, where, status) => {
		const list = outageList([notice], NOW);
		const found = [...list.current.map((i) => ['current', i.status]), ...list.recent.map((i) => ['recent', i.status])];
		expect(found).toEqual(where === 'none' ? [] : [[where, status]]);
	});

	it('what started at now is in progress, before a cancelled notice whose window began earlier', () => {
		const notices = [
			n('cancelled', -HOUR, HOUR, cancelled),
			n('now', 0, HOUR),
			n('earlier', -2 * HOUR, HOUR),
			n('later', HOUR, 2 * HOUR),
		];
		expect(outageList(notices, NOW).current.map((i) => i.notice.id)).toEqual(['earlier', 'now', 'cancelled', 'later']);
	});

	it('takes the clock as a number or a Date alike', () => {
		const notices = [n('a', -HOUR, HOUR), n('b', HOUR, 2 * HOUR), n('c', -2 * HOUR, -HOUR)];
		expect(outageList(notices, new Date(NOW))).toEqual(outageList(notices, NOW));
		expect(nextHours(notices, new Date(NOW))).toEqual(nextHours(notices, NOW));
	});

	it('a recent list from an instant given, not seven days', () => {
		const notices = [n('old', -5 * HOUR, -4 * HOUR), n('new', -2 * HOUR, -HOUR)];
		expect(outageList(notices, NOW, NOW - 3 * HOUR).recent.map((i) => i.notice.id)).toEqual(['new']);
		expect(outageList(notices, NOW, NOW - 4 * HOUR).recent.map((i) => i.notice.id)).toEqual(['new', 'old']);
	});
});

describe('nextHours', () => {
	it.each([
		['starting exactly 24 hours ahead', n('x', 24 * HOUR, 25 * HOUR), ['x']],
		['starting 24 hours and a millisecond ahead', n('x', 24 * HOUR + 1, 25 * HOUR), []],
		['in progress since long ago', n('x', -48 * HOUR, HOUR), ['x']],
		['cancelled, within the hours', n('x', HOUR, 2 * HOUR, cancelled), []],
		['cancelled, its window under way', n('x', -HOUR, HOUR, cancelled), []],
		['ended', n('x', -2 * HOUR, -HOUR), []],
	])('%s: %j', (_what, notice, ids) => {
		expect(nextHours([notice], NOW).map((i) => i.notice.id)).toEqual(ids);
	});

	it('within other hours', () => {
		const notices = [n('soon', 5 * HOUR, 6 * HOUR), n('later', 7 * HOUR, 8 * HOUR)];
		expect(nextHours(notices, NOW, 6).map((i) => i.notice.id)).toEqual(['soon']);
	});
});

describe('dateSections and archiveYears', () => {
	it('days in the utility zone: 23:30 UTC is the next day in Shanghai', () => {
		const list = outageList(
			[validNotice({ id: 'x', start: '2026-12-02T23:30:00Z', end: '2026-12-03T01:00:00Z' })],
			NOW,
		);
		expect(dateSections(list.current, 'Asia/Shanghai').map((s) => [s.key, s.anchor])).toEqual([
			['2026-12-03', 'd-2026-12-03'],
		]);
		expect(dateSections(list.current, 'Europe/London').map((s) => s.key)).toEqual(['2026-12-02']);
	});

	it('years newest first, months and notices in time order, whatever order the notices come in', () => {
		const notices = [
			validNotice({ id: 'b', start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T09:00:00+08:00' }),
			validNotice({ id: 'c', start: '2025-12-31T17:00:00Z', end: '2025-12-31T18:00:00Z' }),
			validNotice({ id: 'a', start: '2026-03-01T08:00:00+08:00', end: '2026-03-01T09:00:00+08:00' }),
			validNotice({ id: 'd', start: '2025-06-01T08:00:00+08:00', end: '2025-06-01T09:00:00+08:00' }),
		];
		expect(
			archiveYears(notices, 'Asia/Shanghai').map((y) => [
				y.year,
				y.months.map((m) => [m.month, m.notices.map((x) => x.id)]),
			]),
		).toEqual([
			[
				'2026',
				[
					['2026-01', ['c']],
					['2026-03', ['a', 'b']],
				],
			],
			['2025', [['2025-06', ['d']]]],
		]);
	});
});

describe('splitSections', () => {
	const section = (key: string, count: number): DateSection => ({ key, anchor: key, items: Array(count).fill(null) });
	const keys = (r: { full: DateSection[]; linked: DateSection[] }) => [
		r.full.map((s) => s.key),
		r.linked.map((s) => s.key),
	];
	it.each([
		['days up to the budget exactly: all in full', [section('a', 60), section('b', 60)], 120, [['a', 'b'], []]],
		['one more: the day that overflows is linked', [section('a', 60), section('b', 61)], 120, [['a'], ['b']]],
		[
			'after a linked day, none in full, even a small one',
			[section('a', 100), section('b', 30), section('c', 1)],
			120,
			[['a'], ['b', 'c']],
		],
		['the first day in full, however long', [section('a', 500), section('b', 1)], 120, [['a'], ['b']]],
		[
			'what is on now always in full, even over the budget',
			[section('a', 100), section('now', 50)],
			120,
			[['a', 'now'], []],
		],
		[
			'now first and over the budget, the next day linked',
			[section('now', 130), section('b', 1)],
			120,
			[['now'], ['b']],
		],
	])('%s', (_what, sections, budget, expected) => {
		expect(keys(splitSections(sections, budget))).toEqual(expected);
	});
});

describe('outageRecord at its edges', () => {
	const tz = 'Asia/Shanghai';
	it.each([
		[
			'ending exactly where the period begins: not counted',
			'2025-12-01T08:00:00+08:00',
			'2025-12-01T10:00:00+08:00',
			0,
			0,
		],
		[
			'ending a minute into the period: counted for that minute',
			'2025-12-01T08:00:00+08:00',
			'2025-12-01T10:01:00+08:00',
			1,
			0,
		],
		[
			'starting exactly where the period ends: not counted',
			'2026-12-01T10:00:00+08:00',
			'2026-12-01T12:00:00+08:00',
			0,
			0,
		],
		['on at the end of the period: counted up to it', '2026-12-01T08:00:00+08:00', '2026-12-01T12:00:00+08:00', 1, 2],
	])('%s', (_what, start, end, count, hours) => {
		const r = outageRecord([validNotice({ id: 'x', start, end })], NOW, tz);
		expect([r.count, r.hours]).toEqual([count, hours]);
	});

	it('takes the clock as a number or a Date alike, and states its period', () => {
		const notices = [validNotice({ id: 'x', start: '2026-06-01T08:00:00+08:00', end: '2026-06-01T10:00:00+08:00' })];
		expect(outageRecord(notices, new Date(NOW), tz)).toEqual(outageRecord(notices, NOW, tz));
		expect(outageRecord(notices, NOW, tz)).toMatchObject({
			from: '2025-12-01T02:00:00.000Z',
			to: '2026-12-01T02:00:00.000Z',
			count: 1,
			hours: 2,
			byKind: { planned: { count: 1, hours: 2 }, temporary: { count: 0, hours: 0 }, other: { count: 0, hours: 0 } },
		});
	});

	it('its last day is the day before a period ending at midnight', () => {
		const midnight = Date.parse('2026-12-01T00:00:00+08:00');
		const r = outageRecord([], midnight, tz);
		expect(recordLastDay(r).toISOString()).toBe('2026-11-30T15:59:59.999Z');
		expect(recordLastDay({ ...r, to: '2026-12-01T02:00:00.000Z' }).toISOString()).toBe('2026-12-01T01:59:59.999Z');
	});
});

describe('comingDays at its edges', () => {
	const DAY = 24 * HOUR;
	it.each([
		['starting exactly 24 hours ahead: left to the next hours', 24 * HOUR, false],
		['starting 24 hours and a millisecond ahead: coming', 24 * HOUR + 1, true],
		['starting exactly 14 days ahead: coming', 14 * DAY, true],
		['starting 14 days and a millisecond ahead: too far', 14 * DAY + 1, false],
		['in progress: not coming', -HOUR, false],
		['starting at now: not coming', 0, false],
	])('%s', (_what, start, listed) => {
		for (const now of [NOW, new Date(NOW)]) {
			const got = comingDays([n('x', start, start + HOUR)], now).map((i) => i.notice.id);
			expect(got, String(now)).toEqual(listed ? ['x'] : []);
		}
	});

	it.each([
		// days, afterHours: the first millisecond after `afterHours` and the last of `days` are in.
		[3, 0, ['a1', 'b', 'c3']],
		[3, 2, ['b', 'c3']],
		[2, 0, ['a1', 'b']],
	])('within %i days after the first %i hours, by start, cancelled ones left out', (days, after, ids) => {
		const notices = [
			n('c3', 3 * DAY, 3 * DAY + HOUR),
			n('gone', 3 * DAY + 1, 3 * DAY + HOUR),
			n('off', 2 * DAY, 2 * DAY + HOUR, cancelled),
			n('b', 2 * DAY, 2 * DAY + HOUR),
			n('a0', 0, HOUR),
			n('a1', 1, HOUR),
		];
		expect(comingDays(notices, NOW, days, after).map((i) => i.notice.id)).toEqual(ids);
	});
});
