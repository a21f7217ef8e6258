/**
 * Which messages a run plans, decision by decision: each event kind asserted by kind and content (key, subject,
 * areas, the revision it announces), and each boundary (the outage over, `maxAgeHours`, the reminder hour, an
 * alert's window) on both sides. Inputs are built here: a small area tree and notices by hand.
 */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { dueReminder, planEvents, reminderDueAt, type NotifyItem } from '../../../src/lib/notify/events.ts';
import type { NotifyState } from '../../../src/lib/notify/state.ts';
import type { Alert } from '../../../src/schemas/alert.ts';
import { notifyConfigSchema, type NotifyConfig } from '../../../src/schemas/notify.ts';
import type { HistoryEntry, Notice, OutageWindow } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

/** east ▸ shiqiao (town) ▸ zhongba, huangtupo; east ▸ hekou (town) ▸ hekou-cun. Built in each test. */
const areas = () =>
	flattenAreaTree([
		{
			id: 'east',
			kind: 'district',
			name: { zh: '东片区' },
			children: [
				{
					id: 'shiqiao',
					kind: 'town',
					name: { zh: '石桥镇' },
					children: [
						{ id: 'zhongba', kind: 'village', name: { zh: '中坝村' } },
						{ id: 'huangtupo', kind: 'village', name: { zh: '黄土坡村' } },
					],
				},
				{
					id: 'hekou',
					kind: 'town',
					name: { zh: '河口镇' },
					children: [{ id: 'hekou-cun', kind: 'village', name: { zh: '河口村' } }],
				},
			],
		},
	]).areas;

const tz = 'Asia/Shanghai';
const HOUR = 3_600_000;
/** The run's clock: 2 December 2026, 10:00 in Shanghai. */
const now = new Date('2026-12-02T10:00:00+08:00');
const t = now.getTime();
/** An instant `ms` milliseconds from now, as a notice writes it (UTC offset form is fine for the schema). */
const at = (ms: number) => new Date(t + ms).toISOString();
/** `maxAgeHours` 48 (the default); reminders off unless a test asks for them. */
const config: NotifyConfig = { ...notifyConfigSchema.parse({}), reminders: { daysAhead: [], hour: 8 } };

const win = (start: string, end: string): OutageWindow => ({ start, end });
/** The window as first published: 6 December 08:00–16:00. */
const A = win('2026-12-06T08:00:00+08:00', '2026-12-06T16:00:00+08:00');
const B = win('2026-12-07T08:00:00+08:00', '2026-12-07T16:00:00+08:00');
const C = win('2026-12-08T08:00:00+08:00', '2026-12-08T16:00:00+08:00');

/** A notice for zhongba whose history is `later` after its publication (revision = history length). */
function notice(
	window: OutageWindow,
	publishedAt: string,
	later: Array<Omit<HistoryEntry, 'revision'>> = [],
	more: Partial<Notice> = {},
): Notice {
	const history: HistoryEntry[] = [
		{ revision: 1, at: publishedAt, event: 'published' },
		...later.map((h, i) => ({ ...h, revision: i + 2 })),
	];
	return validNotice({
		id: 'n1',
		areas: ['zhongba'],
		...window,
		publishedAt,
		updatedAt: (history.at(-1) as HistoryEntry).at,
		revision: history.length,
		history,
		...more,
	});
}
const moved = (when: string, from: OutageWindow, to: OutageWindow) => ({
	at: when,
	event: 'rescheduled' as const,
	from,
	to,
});
const cancelledAt = (when: string) => ({ at: when, event: 'cancelled' as const });
const amendedAt = (when: string) => ({ at: when, event: 'amended' as const });
const restoredEntry = (when: string, restoredAt: string) => ({ at: when, event: 'restored' as const, restoredAt });
const cancellation = (when: string): Partial<Notice> => ({
	lifecycle: 'cancelled',
	cancellation: { at: when, reason: { zh: '天气原因' } },
});

const state = (notices: Record<string, number> = {}): NotifyState => ({ version: 1, since: '', notices, sent: {} });

function plan(o: {
	notices?: Notice[];
	alerts?: Alert[];
	seen?: Record<string, number>;
	config?: NotifyConfig;
	now?: Date;
}) {
	return planEvents({
		notices: o.notices ?? [],
		alerts: o.alerts ?? [],
		areas: areas(),
		config: o.config ?? config,
		timeZone: tz,
		state: state(o.seen),
		now: o.now ?? now,
	});
}

/** zhongba's keys: itself and the areas around it, outermost first. */
const zhongbaKeys = ['zhongba', 'east', 'shiqiao'];

/** The item a notice event becomes. */
const item = (n: Notice, key: string, subject: NotifyItem['subject']): NotifyItem => ({
	key,
	event: subject.kind,
	subject,
	areaKeys: zhongbaKeys,
	areas: ['zhongba'],
	notice: { id: n.id, revision: n.revision },
});

describe('a notice first seen', () => {
	it('is announced as new, with its areas and the areas around them', () => {
		const n = notice(A, at(-HOUR));
		expect(plan({ notices: [n] })).toEqual({
			items: [item(n, 'n1#r1:new', { kind: 'new', notice: n })],
			settled: {},
		});
	});

	it('already moved, is simply new at its latest revision', () => {
		const n = notice(A, at(-30 * HOUR), [moved(at(-HOUR), B, A)]);
		expect(plan({ notices: [n] }).items).toEqual([item(n, 'n1#r2:new', { kind: 'new', notice: n })]);
	});

	it('already cancelled, needs no message and counts as announced', () => {
		const n = notice(A, at(-2 * HOUR), [cancelledAt(at(-HOUR))], cancellation(at(-HOUR)));
		expect(plan({ notices: [n] })).toEqual({ items: [], settled: { n1: 2 } });
	});

	it.each([
		['ends a millisecond after now', 1, ['n1#r1:new']],
		['ends at now', 0, []],
		['ended before now', -1, []],
	])('an outage that %s: %j', (_what, endFromNow, keys) => {
		const n = notice(win(at(-5 * HOUR), at(endFromNow)), at(-HOUR));
		const { items, settled } = plan({ notices: [n] });
		expect(items.map((i) => i.key)).toEqual(keys);
		expect(settled).toEqual(keys.length ? {} : { n1: 1 });
	});

	it('is over once power is back, before its planned end', () => {
		const n = notice(win(at(-5 * HOUR), at(5 * HOUR)), at(-6 * HOUR), [restoredEntry(at(-HOUR), at(-2 * HOUR))], {
			restoredAt: at(-2 * HOUR),
		});
		// Not new (over), but its restoration is news.
		expect(plan({ notices: [n] }).items.map((i) => i.key)).toEqual(['n1#r2:restored']);
	});

	it.each([
		['exactly maxAgeHours ago', 0, ['n1#r1:new']],
		['a millisecond longer ago', 1, []],
	])('published %s', (_what, extra, keys) => {
		const n = notice(A, at(-48 * HOUR - extra));
		const { items, settled } = plan({ notices: [n] });
		expect(items.map((i) => i.key)).toEqual(keys);
		expect(settled).toEqual(keys.length ? {} : { n1: 1 });
	});

	it('is judged fresh by its latest change, not its first publication', () => {
		const n = notice(A, at(-100 * HOUR), [amendedAt(at(-90 * HOUR)), amendedAt(at(-HOUR))]);
		expect(plan({ notices: [n] }).items.map((i) => i.key)).toEqual(['n1#r3:new']);
		const stale = notice(A, at(-100 * HOUR), [amendedAt(at(-HOUR)), amendedAt(at(-90 * HOUR))]);
		expect(plan({ notices: [stale] }).items).toEqual([]);
	});
});

describe('a notice seen before, at an earlier revision', () => {
	it('moved: one message from the announced window to the new one, at the revision of the move', () => {
		const n = notice(B, at(-50 * HOUR), [moved(at(-HOUR), A, B)]);
		expect(plan({ notices: [n], seen: { n1: 1 } })).toEqual({
			items: [item(n, 'n1#r2:rescheduled', { kind: 'rescheduled', notice: n, from: A, to: B })],
			settled: {},
		});
	});

	it('moved twice: one message from the first window to the last', () => {
		const n = notice(C, at(-50 * HOUR), [moved(at(-3 * HOUR), A, B), moved(at(-HOUR), B, C)]);
		expect(plan({ notices: [n], seen: { n1: 1 } }).items).toEqual([
			item(n, 'n1#r3:rescheduled', { kind: 'rescheduled', notice: n, from: A, to: C }),
		]);
	});

	it('moved again after a move already announced: from the announced window', () => {
		const n = notice(C, at(-50 * HOUR), [moved(at(-30 * HOUR), A, B), moved(at(-HOUR), B, C)]);
		expect(plan({ notices: [n], seen: { n1: 2 } }).items).toEqual([
			item(n, 'n1#r3:rescheduled', { kind: 'rescheduled', notice: n, from: B, to: C }),
		]);
	});

	it('amended after a move already announced: nothing, the move is not told again', () => {
		const n = notice(B, at(-50 * HOUR), [moved(at(-30 * HOUR), A, B), amendedAt(at(-HOUR))]);
		expect(plan({ notices: [n], seen: { n1: 2 } })).toEqual({ items: [], settled: { n1: 3 } });
	});

	it.each([
		['moved and moved back', [moved(at(-3 * HOUR), A, B), moved(at(-HOUR), B, A)], A, []],
		['only its end moved', [moved(at(-HOUR), A, win(A.start, B.end))], win(A.start, B.end), ['n1#r2:rescheduled']],
		[
			'only its start moved',
			[moved(at(-HOUR), A, win(at(70 * HOUR), A.end))],
			win(at(70 * HOUR), A.end),
			['n1#r2:rescheduled'],
		],
	])('%s: %j', (_what, later, current, keys) => {
		const n = notice(current, at(-50 * HOUR), later);
		const { items, settled } = plan({ notices: [n], seen: { n1: 1 } });
		expect(items.map((i) => i.key)).toEqual(keys);
		expect(settled).toEqual(keys.length ? {} : { n1: n.revision });
	});

	it.each([
		['the move exactly maxAgeHours ago', -48 * HOUR, 5 * HOUR, ['n1#r2:rescheduled']],
		['the move a millisecond longer ago', -48 * HOUR - 1, 5 * HOUR, []],
		['the new window ending at now', -HOUR, 0, []],
		['the new window ending a millisecond after now', -HOUR, 1, ['n1#r2:rescheduled']],
	])('moved, %s: %j', (_what, movedAt, endFromNow, keys) => {
		const to = win(at(-5 * HOUR), at(endFromNow));
		const n = notice(to, at(-100 * HOUR), [moved(at(movedAt), A, to)]);
		expect(plan({ notices: [n], seen: { n1: 1 } }).items.map((i) => i.key)).toEqual(keys);
	});

	it('cancelled: says so, at the revision of the cancellation', () => {
		const n = notice(
			A,
			at(-50 * HOUR),
			[cancelledAt(at(-2 * HOUR)), amendedAt(at(-HOUR))],
			cancellation(at(-2 * HOUR)),
		);
		expect(plan({ notices: [n], seen: { n1: 1 } })).toEqual({
			items: [item(n, 'n1#r2:cancelled', { kind: 'cancelled', notice: n })],
			settled: {},
		});
	});

	it('moved, then cancelled: only the cancellation', () => {
		const n = notice(B, at(-50 * HOUR), [moved(at(-3 * HOUR), A, B), cancelledAt(at(-HOUR))], cancellation(at(-HOUR)));
		expect(plan({ notices: [n], seen: { n1: 1 } }).items).toEqual([
			item(n, 'n1#r3:cancelled', { kind: 'cancelled', notice: n }),
		]);
	});

	it.each([
		['cancelled exactly maxAgeHours ago, the outage ahead', -48 * HOUR, 5 * HOUR, ['n1#r2:cancelled']],
		['cancelled a millisecond longer ago', -48 * HOUR - 1, 5 * HOUR, []],
		['its planned end at now', -HOUR, 0, []],
		['its planned end a millisecond after now', -HOUR, 1, ['n1#r2:cancelled']],
	])('%s: %j', (_what, cancelledFromNow, endFromNow, keys) => {
		const n = notice(
			win(at(-10 * HOUR), at(endFromNow)),
			at(-100 * HOUR),
			[cancelledAt(at(cancelledFromNow))],
			cancellation(at(cancelledFromNow)),
		);
		const { items, settled } = plan({ notices: [n], seen: { n1: 1 } });
		expect(items.map((i) => i.key)).toEqual(keys);
		expect(settled).toEqual(keys.length ? {} : { n1: 2 });
	});

	it('restored: power is back, at the revision of the restoration', () => {
		const n = notice(win(at(-5 * HOUR), at(HOUR)), at(-50 * HOUR), [restoredEntry(at(-HOUR), at(-2 * HOUR))], {
			restoredAt: at(-2 * HOUR),
		});
		expect(plan({ notices: [n], seen: { n1: 1 } })).toEqual({
			items: [item(n, 'n1#r2:restored', { kind: 'restored', notice: n })],
			settled: {},
		});
	});

	it('restored, corrected, then amended: one message, at the revision of the last restoration', () => {
		const n = notice(
			win(at(-5 * HOUR), at(HOUR)),
			at(-50 * HOUR),
			[restoredEntry(at(-3 * HOUR), at(-4 * HOUR)), restoredEntry(at(-2 * HOUR), at(-3 * HOUR)), amendedAt(at(-HOUR))],
			{ restoredAt: at(-3 * HOUR) },
		);
		expect(plan({ notices: [n], seen: { n1: 1 } }).items).toEqual([
			item(n, 'n1#r3:restored', { kind: 'restored', notice: n }),
		]);
	});

	it('amended only: no message, the revision counts as announced', () => {
		const n = notice(A, at(-50 * HOUR), [amendedAt(at(-HOUR))]);
		expect(plan({ notices: [n], seen: { n1: 1 } })).toEqual({ items: [], settled: { n1: 2 } });
	});

	it.each([
		['reported exactly maxAgeHours ago', -48 * HOUR, ['n1#r2:restored']],
		['reported a millisecond longer ago', -48 * HOUR - 1, []],
	])('restored, %s: %j', (_what, reportedAt, keys) => {
		const n = notice(
			win(at(-60 * HOUR), at(-40 * HOUR)),
			at(-100 * HOUR),
			[restoredEntry(at(reportedAt), at(-50 * HOUR))],
			{
				restoredAt: at(-50 * HOUR),
			},
		);
		expect(plan({ notices: [n], seen: { n1: 1 } }).items.map((i) => i.key)).toEqual(keys);
	});

	it('a restoration entry without a restoration time on the notice tells nothing', () => {
		const n = notice(win(at(-5 * HOUR), at(HOUR)), at(-50 * HOUR), [restoredEntry(at(-HOUR), at(-2 * HOUR))]);
		expect(plan({ notices: [n], seen: { n1: 1 } })).toEqual({ items: [], settled: { n1: 2 } });
	});

	it('moved and restored in one run: both, the move first', () => {
		const to = win(at(-5 * HOUR), at(2 * HOUR));
		const n = notice(to, at(-50 * HOUR), [moved(at(-6 * HOUR), A, to), restoredEntry(at(-HOUR), at(-2 * HOUR))], {
			restoredAt: at(-2 * HOUR),
		});
		// The restoration makes it over, so the move is moot.
		expect(plan({ notices: [n], seen: { n1: 1 } }).items.map((i) => i.key)).toEqual(['n1#r3:restored']);
		const ahead = notice(win(at(-5 * HOUR), at(5 * HOUR)), at(-50 * HOUR), [
			moved(at(-6 * HOUR), A, win(at(-5 * HOUR), at(5 * HOUR))),
		]);
		expect(plan({ notices: [ahead], seen: { n1: 1 } }).items.map((i) => i.key)).toEqual(['n1#r2:rescheduled']);
	});

	it('seen at its current revision, or later: no notice event', () => {
		const n = notice(B, at(-50 * HOUR), [moved(at(-HOUR), A, B)]);
		expect(plan({ notices: [n], seen: { n1: 2 } })).toEqual({ items: [], settled: {} });
		expect(plan({ notices: [n], seen: { n1: 3 } })).toEqual({ items: [], settled: {} });
	});
});

describe('reminders', () => {
	const reminders = { ...config, reminders: { daysAhead: [7, 1], hour: 8 } };
	// A: 6 December 08:00; its 1-day reminder is due on 5 December at 08:00, the 7-day one on 29 November.
	const published = notice(A, '2026-11-20T09:00:00+08:00');

	it('is planned as its own item, without a revision to settle, after the notice events', () => {
		const n = notice(A, '2026-12-05T07:00:00+08:00');
		const when = new Date('2026-12-05T08:00:00+08:00');
		expect(plan({ notices: [published], seen: { n1: 1 }, config: reminders, now: when }).items).toEqual([
			{
				key: 'n1@2026-12-06T08:00:00+08:00:reminder-1d',
				event: 'reminder',
				subject: { kind: 'reminder', notice: published, now: when },
				areaKeys: zhongbaKeys,
				areas: ['zhongba'],
			},
		]);
		// New and due at once: the new message first.
		expect(plan({ notices: [n], config: reminders, now: when }).items.map((i) => i.key)).toEqual([
			'n1#r1:new',
			'n1@2026-12-06T08:00:00+08:00:reminder-1d',
		]);
	});

	it.each([
		['2026-11-29T07:59:59.999+08:00', undefined],
		['2026-11-29T08:00:00+08:00', 7],
		['2026-12-05T07:59:59.999+08:00', 7],
		['2026-12-05T08:00:00+08:00', 1],
		['2026-12-06T07:59:59.999+08:00', 1],
		['2026-12-06T08:00:00+08:00', undefined],
	])('at %s: the %s-day reminder', (when, days) => {
		expect(dueReminder(published, reminders, tz, new Date(when))).toBe(days);
	});

	it('the nearest reminder whatever the order the days are configured in', () => {
		const when = new Date('2026-12-05T09:00:00+08:00');
		for (const daysAhead of [
			[7, 1],
			[1, 7],
			[7, 3, 1],
			[3, 1, 7],
		])
			expect(dueReminder(published, { ...config, reminders: { daysAhead, hour: 8 } }, tz, when)).toBe(1);
		expect(dueReminder(published, { ...config, reminders: { daysAhead: [14, 3, 7], hour: 8 } }, tz, when)).toBe(3);
	});

	it('none for a cancelled notice', () => {
		const n = notice(
			A,
			'2026-11-20T09:00:00+08:00',
			[cancelledAt('2026-11-21T09:00:00+08:00')],
			cancellation('2026-11-21T09:00:00+08:00'),
		);
		expect(dueReminder(n, reminders, tz, new Date('2026-12-05T09:00:00+08:00'))).toBeUndefined();
	});

	it.each([
		['published before the reminder time', '2026-12-05T07:59:59+08:00', 1],
		['published at the reminder time', '2026-12-05T08:00:00+08:00', undefined],
		['published after it', '2026-12-05T08:30:00+08:00', undefined],
	])('%s: %s', (_what, publishedAt, days) => {
		expect(dueReminder(notice(A, publishedAt), reminders, tz, new Date('2026-12-05T09:00:00+08:00'))).toBe(days);
	});

	it('counts from the last move of the window, not the publication', () => {
		const first = moved('2026-11-25T09:00:00+08:00', B, A);
		const when = new Date('2026-12-05T09:00:00+08:00');
		const movedEarly = notice(A, '2026-11-20T09:00:00+08:00', [first]);
		expect(dueReminder(movedEarly, reminders, tz, when)).toBe(1);
		const movedLate = notice(A, '2026-11-20T09:00:00+08:00', [first, moved('2026-12-05T08:30:00+08:00', B, A)]);
		expect(dueReminder(movedLate, reminders, tz, when)).toBeUndefined();
		// Amended after the reminder time: the window was set before it, the reminder is due.
		const amended = notice(A, '2026-11-20T09:00:00+08:00', [first, amendedAt('2026-12-05T08:30:00+08:00')]);
		expect(dueReminder(amended, reminders, tz, when)).toBe(1);
	});

	it.each([
		// 00:30 on the 6th: the 1-day reminder is on the 5th at 08:00, not 24 hours before.
		['2026-12-06T00:30:00+08:00', 1, 8, 'Asia/Shanghai', '2026-12-05T00:00:00.000Z'],
		['2026-12-06T00:30:00+08:00', 7, 8, 'Asia/Shanghai', '2026-11-29T00:00:00.000Z'],
		// Back across a month and a year.
		['2027-01-01T10:00:00+08:00', 1, 9, 'Asia/Shanghai', '2026-12-31T01:00:00.000Z'],
		['2026-03-01T10:00:00+08:00', 1, 0, 'Asia/Shanghai', '2026-02-27T16:00:00.000Z'],
		// Another zone: its own calendar day and hour.
		['2026-12-06T00:30:00+08:00', 1, 8, 'Europe/London', '2026-12-04T08:00:00.000Z'],
	])('the %i-day reminder of an outage at %s', (start, days, hour, zone, due) => {
		expect(reminderDueAt(start, days, hour, zone).toISOString()).toBe(due);
	});
});

describe('alerts', () => {
	const alert = (start: number, expiry: number, alertAreas: string[] = ['shiqiao']): Alert => ({
		id: 'storm',
		title: { zh: '大风预警' },
		text: { zh: '注意安全' },
		areas: alertAreas,
		severity: 'warning',
		start: at(start),
		expiry: at(expiry),
	});

	it('one showing now is planned with its areas and the areas around them', () => {
		const a = alert(-HOUR, HOUR);
		expect(plan({ alerts: [a] })).toEqual({
			items: [
				{
					key: 'alert:storm',
					event: 'alert',
					subject: { kind: 'alert', alert: a },
					areaKeys: ['shiqiao', 'east'],
					areas: ['shiqiao'],
				},
			],
			settled: {},
		});
	});

	it('one for the whole service area concerns no area in particular', () => {
		const a = alert(-HOUR, HOUR, []);
		expect(plan({ alerts: [a] }).items[0]).toMatchObject({ areaKeys: [], areas: [] });
	});

	it.each([
		['starting now', 0, HOUR, true],
		['starting a millisecond from now', 1, HOUR, false],
		['expiring now', -HOUR, 0, false],
		['expiring a millisecond from now', -HOUR, 1, true],
		['started exactly maxAgeHours ago', -48 * HOUR, HOUR, true],
		['started a millisecond longer ago', -48 * HOUR - 1, HOUR, false],
	])('%s: planned %s', (_what, start, expiry, planned) => {
		expect(plan({ alerts: [alert(start, expiry)] }).items.length).toBe(planned ? 1 : 0);
	});

	it('come after the notices’ events', () => {
		const n = notice(A, at(-HOUR));
		expect(plan({ notices: [n], alerts: [alert(-HOUR, HOUR)] }).items.map((i) => i.key)).toEqual([
			'n1#r1:new',
			'alert:storm',
		]);
	});
});
