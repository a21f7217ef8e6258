import { describe, expect, test } from 'vitest';
import { detailsText, noticeWords } from '../../../src/lib/feeds/notice-words.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { byId, feedFixture } from './feed-fixtures.ts';

const { ctx, notices } = feedFixture();
const base = byId(notices, 'qs-20261201-guanmou-cun');
const amended: Notice = {
	...base,
	revision: 2,
	updatedAt: '2026-11-30T12:00:00+08:00',
	history: [...base.history, { revision: 2, at: '2026-11-30T12:00:00+08:00', event: 'amended', note: { zh: '增加石塘村', en: 'Shitang Village added' } }],
};

describe('noticeWords headlines', () => {
	test.each([
		[base, 'zh-cn', '停电（计划检修）：关牟村、关牟街社区'],
		[base, 'en', 'Power cut (planned maintenance): Guanmou Village, Guanmou Street Community'],
		[{ ...base, kind: 'temporary' as const }, 'zh-cn', '停电（临时检修）：关牟村、关牟街社区'],
		[{ ...base, kind: 'other' as const }, 'zh-cn', '停电（其他）：关牟村、关牟街社区'],
		[{ ...base, kind: 'other' as const }, 'en', 'Power cut (other works): Guanmou Village, Guanmou Street Community'],
		[amended, 'zh-cn', '【已更新】停电（计划检修）：关牟村、关牟街社区'],
		[byId(notices, 'qs-20261205-lianhua'), 'en', /^Cancelled: Power cut \(planned maintenance\): /],
		[byId(notices, 'qs-20261210-zhongba'), 'zh-cn', /^【已改期】停电（计划检修）：/],
	] as const)('%#: %s', (notice, locale, expected) => {
		const { headline } = noticeWords(notice as Notice, ctx, locale);
		if (typeof expected === 'string') expect(headline).toBe(expected);
		else expect(headline).toMatch(expected);
	});
});

describe('noticeWords details', () => {
	test('an amended notice says what changed; the link comes last', () => {
		const words = noticeWords(amended, ctx, 'en');
		expect(words.details.map((d) => d.label)).toEqual(['When', 'Areas', 'Scope', 'Line or equipment', 'Reason', 'Supply office', 'What changed', 'Details']);
		expect(detailsText(words, 'en').split('\n').at(-2)).toBe('What changed: Shitang Village added');
	});

	test('a cancelled notice says why first', () => {
		const words = noticeWords(byId(notices, 'qs-20261205-lianhua'), ctx, 'zh-cn');
		expect(words.details[0].label).toBe('取消原因');
	});

	test('an area id missing from the tree is shown as the id rather than dropped', () => {
		expect(noticeWords({ ...base, areas: ['guanmou-cun', 'nowhere'] }, ctx, 'zh-cn').areaNames).toBe('关牟村、nowhere');
	});
});
