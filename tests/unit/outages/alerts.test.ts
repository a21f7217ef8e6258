/** Which alerts a page built at now carries, and in which order, at the edges. */
import { expect, it } from 'vitest';
import { alertShowing, alertsToRender } from '../../../src/lib/outages/alerts.ts';
import type { Alert } from '../../../src/schemas/alert.ts';

const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const alert = (id: string, more: Partial<Alert> = {}): Alert => ({
	id,
	title: { zh: id },
	text: { zh: id },
	areas: [],
	severity: 'warning',
	start: '2026-12-01T08:00:00+08:00',
	expiry: '2026-12-01T20:00:00+08:00',
	...more,
});

it.each([
	['expiring at now: left out', '2026-12-01T10:00:00+08:00', []],
	['expiring a millisecond after now: carried', '2026-12-01T10:00:00.001+08:00', ['a']],
])('%s', (_what, expiry, ids) => {
	expect(alertsToRender([alert('a', { expiry })], NOW).map((a) => a.id)).toEqual(ids);
});

it('most severe first, then the latest start, then by id', () => {
	const list = [
		alert('c'),
		alert('b'),
		alert('late', { start: '2026-12-01T09:00:00+08:00' }),
		alert('info', { severity: 'info', start: '2026-12-01T09:30:00+08:00' }),
		alert('severe', { severity: 'severe', start: '2026-12-01T07:00:00+08:00' }),
	];
	expect(alertsToRender(list, NOW).map((a) => a.id)).toEqual(['severe', 'late', 'b', 'c', 'info']);
});

it('takes the clock as a Date or a number alike', () => {
	const list = [alert('a'), alert('b', { expiry: '2026-12-01T09:00:00+08:00' })];
	expect(alertsToRender(list, new Date(NOW))).toEqual(alertsToRender(list, NOW));
	expect(alertShowing(alert('a'), new Date(NOW))).toBe(true);
	expect(alertShowing(alert('a'), new Date('2026-12-01T20:00:00+08:00'))).toBe(false);
});
