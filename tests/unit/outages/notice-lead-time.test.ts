/** Lead time: when a notice's current window was announced, how much notice it gave, how short it fell. */
import { describe, expect, it } from 'vitest';
import {
	leadTimeGivenHours,
	leadTimeShortfallHours,
	windowAnnouncedAt,
} from '../../../src/lib/outages/notice-lead-time.ts';
import type { HistoryEntry, Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const entry = (revision: number, at: string, event: HistoryEntry['event']): HistoryEntry => ({
	revision,
	at: `2026-11-${at}:00+08:00`,
	event,
	...(event === 'rescheduled'
		? {
				from: { start: '2026-12-02T08:00:00+08:00', end: '2026-12-02T12:00:00+08:00' },
				to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
			}
		: {}),
});
/** Starts 3 December 08:00, published 26 November 08:00 (exactly 168 h ahead), then `later` changes. */
const notice = (later: Array<[string, HistoryEntry['event']]> = [], more: Partial<Notice> = {}) =>
	validNotice({
		start: '2026-12-03T08:00:00+08:00',
		publishedAt: '2026-11-26T08:00:00+08:00',
		history: [entry(1, '26T08:00', 'published'), ...later.map(([at, event], i) => entry(i + 2, at, event))],
		...more,
	});
const lead = { planned: 168, temporary: 24, other: 0 };

describe('windowAnnouncedAt', () => {
	it.each([
		['published only', [], '2026-11-26T08:00:00+08:00'],
		['amended since: still the publication', [['27T09:00', 'amended']], '2026-11-26T08:00:00+08:00'],
		['moved: the move', [['28T09:00', 'rescheduled']], '2026-11-28T09:00:00+08:00'],
		[
			'moved twice, then amended: the last move',
			[
				['27T09:00', 'rescheduled'],
				['29T10:00', 'rescheduled'],
				['30T11:00', 'amended'],
			],
			'2026-11-29T10:00:00+08:00',
		],
	] as const)('%s: %s', (_what, later, at) => {
		expect(windowAnnouncedAt(notice(later.map(([a, e]) => [a, e])))).toBe(at);
	});

	it('a history without a publication or move (not valid content): the publication time', () => {
		expect(windowAnnouncedAt({ ...notice(), history: [entry(1, '27T09:00', 'amended')] })).toBe(
			'2026-11-26T08:00:00+08:00',
		);
	});
});

describe('lead time given and short', () => {
	it.each([
		['exactly 168 h ahead of planned work', [], 'planned', 168, 0],
		['moved a day later on the 28th: 119 h before the start', [['28T09:00', 'rescheduled']], 'planned', 119, 49],
		['a temporary outage 168 h ahead', [], 'temporary', 168, 0],
		['other works need none', [['28T09:00', 'rescheduled']], 'other', 119, 0],
	] as const)('%s: %i h given, %i h short', (_what, later, kind, given, short) => {
		const n = notice(
			later.map(([a, e]) => [a, e]),
			{ kind },
		);
		expect(leadTimeGivenHours(n)).toBe(given);
		expect(leadTimeShortfallHours(n, lead)).toBe(short);
	});

	it('given hours are whole hours, rounded down; the shortfall is exact', () => {
		const n = notice([], { publishedAt: '2026-11-26T08:30:00+08:00', history: [entry(1, '26T08:30', 'published')] });
		expect(leadTimeGivenHours(n)).toBe(167);
		expect(leadTimeShortfallHours(n, lead)).toBe(0.5);
	});

	it('a cancelled notice never falls short', () => {
		const n = notice([['28T09:00', 'rescheduled']], {
			lifecycle: 'cancelled',
			cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '取消' } },
		});
		expect(leadTimeShortfallHours(n, lead)).toBe(0);
	});
});
