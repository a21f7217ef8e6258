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
	history: [
		...base.history,
		{
			revision: 2,
			at: '2026-11-30T12:00:00+08:00',
			event: 'amended',
			note: { zh: '增加石塘村', en: 'Shitang Village added' },
		},
	],
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
		expect(words.details.map((d) => d.label)).toEqual([
			'When',
			'Areas',
			'Scope',
			'Line or equipment',
			'Reason',
			'Supply office',
			'What changed',
			'Details',
		]);
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

describe('a notice with power reported back, its substation and 台区', () => {
	const restored = byId(notices, 'qs-20261130-shangguan');
	test.each([
		[
			'zh-cn',
			/^【已恢复送电】停电（计划检修）：上关村、下关村$/,
			'实际送电：2026年11月30日',
			'比计划提前 40 分钟恢复送电',
			'变电站：35kV 关牟变电站',
			'台区：上关村1组台区、上关村2组台区、下关村公变台区',
		],
		[
			'en',
			/^Power restored: Power cut \(planned maintenance\): /,
			'Power back: ',
			'Power came back 40 minutes earlier than planned',
			'Substation: 35kV 关牟变电站',
			'Transformer districts: 上关村1组台区, 上关村2组台区, 下关村公变台区',
		],
	] as const)(
		'%s: headline marked, restoration right after the window, substation and 台区 listed',
		(locale, headline, label, delta, substation, districts) => {
			const words = noticeWords(restored, ctx, locale);
			expect(words.headline).toMatch(headline);
			const text = detailsText(words, locale).split('\n');
			const at = text.findIndex((l) => l.startsWith(label));
			expect(at).toBe(1);
			expect(text[at]).toContain(delta);
			expect(text).toContain(substation);
			expect(text).toContain(districts);
		},
	);

	test('a notice without them says nothing of them', () => {
		const text = detailsText(noticeWords(base, ctx, 'zh-cn'), 'zh-cn');
		expect(text).not.toMatch(/实际送电|变电站：|台区：/);
	});
});
