import { describe, expect, test } from 'vitest';
import { restorationProblem } from '../../../src/lib/import/restoration.ts';
import { durationWords, restorationWords } from '../../../src/lib/outages/restoration-text.ts';
import { outageStatus } from '../../../src/lib/outages/status.ts';
import { outageRecord } from '../../../src/lib/outages/record.ts';
import { validNotice } from '../helpers.ts';

// Actual restoration (实际送电时间): which reports the import accepts, how the site puts them in words, and the
// statuses and records that follow the actual end rather than the planned one.

const START = '2026-12-03T08:00:00+08:00';
const NOW = '2026-12-03T18:00:00+08:00';

describe('restoration rules (import)', () => {
	test.each([
		['after the start, before the clock', '2026-12-03T16:50:00+08:00', undefined],
		['exactly at the clock', NOW, undefined],
		['a minute after the start', '2026-12-03T08:01:00+08:00', undefined],
		['at the start', START, /is not after the start 2026-12-03 08:00/],
		['before the start', '2026-12-03T07:30:00+08:00', /power cannot come back before it went off/],
		['after the import clock', '2026-12-03T18:01:00+08:00', /after the import's clock 2026-12-03 18:00/],
		['the next day, after the clock', '2026-12-04T09:00:00+08:00', /--now \/ IMPORT_NOW/],
	])('%s', (_how, restoredAt, problem) => {
		const p = restorationProblem({ start: START, restoredAt, now: NOW });
		if (problem === undefined) expect(p).toBeUndefined();
		else {
			expect(p?.en).toMatch(problem);
			expect(p?.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

describe('restoration in words', () => {
	const end = '2026-12-03T17:30:00+08:00';
	test.each([
		[
			'40 minutes early',
			'2026-12-03T16:50:00+08:00',
			'early',
			'比计划提前 40 分钟恢复送电',
			'Power came back 40 minutes earlier than planned',
		],
		['on time', end, 'on-time', '按计划时间恢复送电', 'Power came back on time'],
		[
			'a minute late',
			'2026-12-03T17:31:00+08:00',
			'late',
			'比计划推迟 1 分钟恢复送电',
			'Power came back 1 minute later than planned',
		],
		[
			'1 h 25 min late',
			'2026-12-03T18:55:00+08:00',
			'late',
			'比计划推迟 1 小时 25 分钟恢复送电',
			'Power came back 1 hour 25 minutes later than planned',
		],
		[
			'exactly 2 hours early',
			'2026-12-03T15:30:00+08:00',
			'early',
			'比计划提前 2 小时恢复送电',
			'Power came back 2 hours earlier than planned',
		],
	])('%s', (_how, restoredAt, timing, zh, en) => {
		const z = restorationWords({ end, restoredAt }, 'Asia/Shanghai', 'zh-cn');
		expect(z).toMatchObject({ timing, delta: zh });
		expect(restorationWords({ end, restoredAt }, 'Asia/Shanghai', 'en')?.delta).toBe(en);
	});

	test('the time is the utility’s, whatever zone the report was written in', () => {
		expect(restorationWords({ end, restoredAt: '2026-12-03T08:50:00Z' }, 'Asia/Shanghai', 'zh-cn')?.at).toContain(
			'16:50',
		);
	});

	test('nothing reported, nothing said', () => {
		expect(restorationWords({ end }, 'Asia/Shanghai', 'zh-cn')).toBeUndefined();
	});

	test.each([
		[0, '0 分钟', '0 minutes'],
		[59, '59 分钟', '59 minutes'],
		[60, '1 小时', '1 hour'],
		[61, '1 小时 1 分钟', '1 hour 1 minute'],
	])('%i minutes', (minutes, zh, en) => {
		expect(durationWords(minutes, 'zh-cn')).toBe(zh);
		expect(durationWords(minutes, 'en')).toBe(en);
	});
});

describe('an outage with a restoration has ended then', () => {
	const planned = validNotice({ start: START, end: '2026-12-03T17:30:00+08:00' });
	test.each([
		[
			'before the early restoration: in progress',
			'2026-12-03T16:49:00+08:00',
			'2026-12-03T16:50:00+08:00',
			'in-progress',
		],
		[
			'at the early restoration: ended, before the planned end',
			'2026-12-03T16:50:00+08:00',
			'2026-12-03T16:50:00+08:00',
			'ended',
		],
		[
			'after the planned end, the restoration late: still in progress',
			'2026-12-03T18:00:00+08:00',
			'2026-12-03T19:00:00+08:00',
			'in-progress',
		],
		['after the late restoration: ended', '2026-12-03T19:00:00+08:00', '2026-12-03T19:00:00+08:00', 'ended'],
	])('%s', (_how, at, restoredAt, status) => {
		expect(outageStatus({ ...planned, restoredAt }, new Date(at))).toBe(status);
	});

	test.each([
		['early: the hours count up to the restoration', '2026-12-03T16:30:00+08:00', 8.5],
		['late: the hours count up to the restoration', '2026-12-03T19:30:00+08:00', 11.5],
		['none reported: the planned window', undefined, 9.5],
	])('12-month record, %s', (_how, restoredAt, hours) => {
		const n = validNotice({ start: START, end: '2026-12-03T17:30:00+08:00', ...(restoredAt ? { restoredAt } : {}) });
		expect(outageRecord([n], new Date('2026-12-10T00:00:00+08:00'), 'Asia/Shanghai').hours).toBe(hours);
	});
});
