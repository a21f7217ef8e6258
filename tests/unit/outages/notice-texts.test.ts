/**
 * The small words of a notice the pages share: its areas' names and how they are joined, whether it was ever
 * moved, each change of its history in a sentence, and the restoration against the plan. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { historyText } from '../../../src/lib/outages/history-text.ts';
import { restorationDeltaMinutes } from '../../../src/lib/outages/restoration.ts';
import { durationWords, restorationWords } from '../../../src/lib/outages/restoration-text.ts';
import { areaNames, joinAreaNames, noticeAreaKeys, wasRescheduled } from '../../../src/lib/outages/notice-view.ts';
import type { HistoryEntry } from '../../../src/schemas/notice.ts';

const areas = () =>
	flattenAreaTree([
		{
			id: 'north',
			kind: 'district',
			name: { zh: '北区', en: 'North' },
			children: [{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak' } }],
		},
		{ id: 'elm', kind: 'district', name: { zh: '榆树片区' } },
	]).areas;

describe('areaNames and noticeAreaKeys', () => {
	it('names in the notice’s order and language, the Chinese where there is no English, an unknown id as it is', () => {
		expect(areaNames({ areas: ['oak', 'elm', 'gone'] }, areas(), 'en')).toEqual(['Oak', '榆树片区', 'gone']);
		expect(areaNames({ areas: ['elm', 'oak'] }, areas(), 'zh-cn')).toEqual(['榆树片区', '橡树村']);
	});

	it('keys: each area with the areas around it, once each, an unknown id itself', () => {
		expect(noticeAreaKeys({ areas: ['oak', 'north', 'gone'] }, areas())).toEqual(['oak', 'north', 'gone']);
		expect(noticeAreaKeys({ areas: ['elm'] }, areas())).toEqual(['elm']);
		expect(noticeAreaKeys({ areas: [] }, areas())).toEqual([]);
	});
});

describe('joinAreaNames', () => {
	const names = ['甲', '乙', '丙', '丁'];
	it.each([
		[[], 'zh-cn', 3, ''],
		[['甲'], 'zh-cn', 3, '甲'],
		[names.slice(0, 3), 'zh-cn', 3, '甲、乙、丙'],
		[names, 'zh-cn', 3, '甲、乙、丙等'],
		[names, 'zh-cn', 4, '甲、乙、丙、丁'],
		[names, 'zh-cn', 2, '甲、乙等'],
		[[], 'en', 3, ''],
		[['Oak'], 'en', 3, 'Oak'],
		[['Oak', 'Elm'], 'en', 3, 'Oak and Elm'],
		[['Oak', 'Elm', 'Ash'], 'en', 3, 'Oak, Elm and Ash'],
		[['Oak', 'Elm', 'Ash', 'Fir'], 'en', 3, 'Oak, Elm, Ash and others'],
		[['Oak', 'Elm', 'Ash', 'Fir'], 'en', 4, 'Oak, Elm, Ash and Fir'],
	] as const)('%j in %s, up to %i: %j', (list, locale, max, text) => {
		expect(joinAreaNames(list, locale, max)).toBe(text);
	});

	it('shows three names by default', () => {
		expect(joinAreaNames(names, 'zh-cn')).toBe('甲、乙、丙等');
	});
});

describe('wasRescheduled', () => {
	const entry = (event: HistoryEntry['event'], revision: number): HistoryEntry => ({
		revision,
		at: '2026-11-20T09:00:00+08:00',
		event,
	});
	it.each([
		[['published'], false],
		[['published', 'amended', 'cancelled'], false],
		[['published', 'rescheduled'], true],
		[['published', 'rescheduled', 'amended'], true],
	] as const)('%j: %s', (events, moved) => {
		expect(wasRescheduled({ history: events.map((e, i) => entry(e, i + 1)) })).toBe(moved);
	});
});

describe('historyText', () => {
	const at = '2026-12-01T09:30:00+08:00';
	const from = { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T12:00:00+08:00' };
	const to = { start: '2026-12-04T22:00:00+08:00', end: '2026-12-05T02:00:00+08:00' };
	it.each([
		[{ event: 'published' }, '发布', 'Published'],
		[{ event: 'amended' }, '内容更新', 'Details changed'],
		// The page shows the change's time before it: the words do not repeat it.
		[{ event: 'cancelled' }, '取消', 'Cancelled'],
		[
			{ event: 'restored', restoredAt: '2026-12-03T11:40:00+08:00' },
			'于 2026年12月3日（周四）11:40 恢复送电',
			'Power restored at Thursday 3 December 2026, 11:40',
		],
		[{ event: 'restored' }, '于 ? 恢复送电', 'Power restored at ?'],
		[
			{ event: 'rescheduled', from, to },
			'改期：由 12月3日（周四）08:00 至 12:00，约 4 小时 改为 12月4日（周五）22:00 至 次日（12月5日）02:00，约 4 小时',
			'Rescheduled from Thursday 3 December, 08:00 to 12:00 (about 4 hours) to Friday 4 December, 22:00 to 02:00 the next day, Saturday 5 December (overnight, about 4 hours)',
		],
		[
			{ event: 'rescheduled', to },
			'改期：由 ? 改为 12月4日（周五）22:00 至 次日（12月5日）02:00，约 4 小时',
			undefined,
		],
		[{ event: 'rescheduled', from }, '改期：由 12月3日（周四）08:00 至 12:00，约 4 小时 改为 ?', undefined],
	] as const)('%j', (change, zh, en) => {
		const entry = { revision: 2, at, ...change } as HistoryEntry;
		expect(historyText(entry, 'Asia/Shanghai', 'zh-cn')).toBe(zh);
		if (en) expect(historyText(entry, 'Asia/Shanghai', 'en')).toBe(en);
	});
});

describe('restoration', () => {
	const end = '2026-12-03T16:00:00+08:00';
	it.each([
		[undefined, undefined],
		['2026-12-03T14:30:00+08:00', -90],
		['2026-12-03T16:00:00+08:00', 0],
		['2026-12-03T16:00:29+08:00', 0],
		['2026-12-03T16:00:31+08:00', 1],
		['2026-12-03T17:05:00+08:00', 65],
	])('restored at %s: %s minutes against the plan', (restoredAt, minutes) => {
		expect(restorationDeltaMinutes({ end, restoredAt })).toBe(minutes);
	});

	it.each([
		[0, '0 分钟', '0 minutes'],
		[1, '1 分钟', '1 minute'],
		[59, '59 分钟', '59 minutes'],
		[60, '1 小时', '1 hour'],
		[65, '1 小时 5 分钟', '1 hour 5 minutes'],
		[121, '2 小时 1 分钟', '2 hours 1 minute'],
	])('%i minutes: %j, %j', (minutes, zh, en) => {
		expect(durationWords(minutes, 'zh-cn')).toBe(zh);
		expect(durationWords(minutes, 'en')).toBe(en);
	});

	it.each([
		[
			'2026-12-03T15:20:00+08:00',
			'early',
			40,
			'比计划提前 40 分钟恢复送电',
			'Power came back 40 minutes earlier than planned',
		],
		[
			'2026-12-03T17:05:00+08:00',
			'late',
			65,
			'比计划推迟 1 小时 5 分钟恢复送电',
			'Power came back 1 hour 5 minutes later than planned',
		],
		['2026-12-03T16:00:00+08:00', 'on-time', 0, '按计划时间恢复送电', undefined],
	] as const)('restored at %s: %s by %i minutes', (restoredAt, timing, minutes, zh, en) => {
		const words = restorationWords({ end, restoredAt }, 'Asia/Shanghai', 'zh-cn');
		expect(words).toEqual({ at: expect.stringContaining('2026年12月3日'), timing, minutes, delta: zh });
		if (en) expect(restorationWords({ end, restoredAt }, 'Asia/Shanghai', 'en')?.delta).toBe(en);
	});

	it('says when in the site zone, and nothing before a restoration is reported', () => {
		expect(restorationWords({ end, restoredAt: '2026-12-03T15:20:00+08:00' }, 'Asia/Shanghai', 'zh-cn')?.at).toBe(
			'2026年12月3日（周四）15:20',
		);
		expect(restorationWords({ end, restoredAt: '2026-12-03T15:20:00+08:00' }, 'Europe/London', 'en')?.at).toBe(
			'Thursday 3 December 2026, 07:20',
		);
		expect(restorationWords({ end }, 'Asia/Shanghai', 'zh-cn')).toBeUndefined();
	});
});
