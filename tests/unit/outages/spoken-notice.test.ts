import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/index.ts';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { spokenNotice } from '../../../src/lib/outages/spoken-notice.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

/** A notice read aloud: what is said, in which order and language. Fixture data only; no committed content. */
const site = { name: { zh: '测试供电局', en: 'Test Power' }, timeZone: 'Asia/Shanghai' };
const { areas } = flattenAreaTree([
	{
		id: 'north',
		kind: 'district',
		name: { zh: '北区', en: 'North' },
		children: [
			{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak Village' } },
			{ id: 'ash', kind: 'village', name: { zh: '白蜡村', en: 'Ash Village' } },
			// No English name.
			{ id: 'elm', kind: 'village', name: { zh: '榆树村' } },
		],
	},
]);
const ctx = { site, areas };

/** Planned, Tuesday 1 December 2026 08:00–17:30, in Oak and Ash, every text in both languages. */
const notice = (over: Partial<Notice> = {}): Notice =>
	validNotice({
		start: '2026-12-01T08:00:00+08:00',
		end: '2026-12-01T17:30:00+08:00',
		areas: ['oak', 'ash'],
		scope: { zh: '橡树村1-5组、白蜡村', en: 'Oak Village groups 1 to 5, Ash Village' },
		line: { zh: '10kV 橡树线', en: '10 kV Oak line' },
		reason: { zh: '更换老旧电杆', en: 'Replacing old poles' },
		unit: { id: 'oak', name: { zh: '橡树供电所', en: 'Oak Supply Office' }, phone: '0839-5550142' },
		...over,
	});
const said = (n: Notice, locale: Locale) => spokenNotice(n, ctx, locale);

describe('a notice read aloud', () => {
	test.each([
		[
			'zh-cn',
			[
				'测试供电局停电通知，计划检修。',
				'停电时间：12月1日 星期二，上午8点 到 下午5点半，大约9个半小时。',
				'停电区域：橡树村、白蜡村。',
				'停电范围：橡树村1到5组、白蜡村。',
				'线路：10千伏 橡树线。',
				'停电原因：更换老旧电杆。',
				'咨询电话：橡树供电所，零八三九，五五五，零一四二。',
			],
		],
		[
			'en',
			[
				'Test Power: notice of a power cut for planned maintenance.',
				'When: Tuesday the 1st of December, from 8 a.m. to 5:30 p.m., about nine and a half hours.',
				'Areas: Oak Village and Ash Village.',
				'Which parts: Oak Village groups 1 to 5, Ash Village.',
				'Line: 10 kilovolt Oak line.',
				'Reason: Replacing old poles.',
				'For questions, call Oak Supply Office on zero eight three nine, five five five, zero one four two.',
			],
		],
	] as const)('in %s: who, when, where, why, whom to call', (locale, sentences) => {
		const parts = said(notice(), locale);
		expect(parts.map((p) => p.text)).toEqual(sentences);
		expect(parts.every((p) => p.lang === undefined)).toBe(true);
	});

	test.each(['zh-cn', 'en'] as const)('in %s, nothing is read as written for the eye', (locale) => {
		const night = notice({ start: '2026-12-03T22:00:00+08:00', end: '2026-12-04T05:30:00+08:00' });
		const text = said(night, locale)
			.map((p) => p.text)
			.join(' ');
		// No ISO dates or times, no 24-hour clock, no phone number as written, no decimals, no kV.
		expect(text).not.toMatch(/\d{4}-\d{2}|T\d{2}:|\b\d{2}:\d{2}\b|0839|555|\d\.\d|kV/);
		expect(text).toContain(locale === 'zh-cn' ? '到第二天' : 'the next day');
	});

	test('a cancelled notice says so first, with why, and the window it had', () => {
		const cancelled = notice({
			lifecycle: 'cancelled',
			cancellation: { at: '2026-11-28T09:00:00+08:00', reason: { zh: '天气原因', en: 'The weather' } },
		});
		expect(
			said(cancelled, 'zh-cn')
				.map((p) => p.text)
				.slice(0, 4),
		).toEqual([
			'测试供电局停电通知，计划检修。',
			'这次停电已经取消，不会停电。',
			'取消原因：天气原因。',
			'原定停电时间：12月1日 星期二，上午8点 到 下午5点半，大约9个半小时。',
		]);
		expect(
			said(cancelled, 'en')
				.map((p) => p.text)
				.slice(1, 4),
		).toEqual([
			'This power cut has been cancelled: the power will stay on.',
			'Why cancelled: The weather.',
			'It was planned for: Tuesday the 1st of December, from 8 a.m. to 5:30 p.m., about nine and a half hours.',
		]);
	});

	test('a moved notice says the time changed; a restored one says when power came back', () => {
		const moved = notice({
			revision: 2,
			history: [
				{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
				{
					revision: 2,
					at: '2026-11-25T09:00:00+08:00',
					event: 'rescheduled',
					from: { start: '2026-11-30T08:00:00+08:00', end: '2026-11-30T17:30:00+08:00' },
					to: { start: '2026-12-01T08:00:00+08:00', end: '2026-12-01T17:30:00+08:00' },
				},
			],
		});
		expect(said(moved, 'zh-cn')[1]?.text).toBe('请注意，停电时间改过了，下面是新的时间。');
		expect(said(moved, 'en')[1]?.text).toBe('Please note: the time has changed. This is the new time.');

		const restored = notice({ restoredAt: '2026-12-01T16:50:00+08:00' });
		expect(
			said(restored, 'zh-cn')
				.map((p) => p.text)
				.slice(2, 4),
		).toEqual(['实际送电：12月1日 星期二 下午4点50分。', '比计划提前 40 分钟恢复送电。']);
		expect(
			said(restored, 'en')
				.map((p) => p.text)
				.slice(2, 4),
		).toEqual([
			'Power back: Tuesday the 1st of December, 4:50 p.m.',
			'Power came back 40 minutes earlier than planned.',
		]);
	});

	test('an English page reads a Chinese-only text in Chinese, announced in English', () => {
		const partly = notice({
			areas: ['oak', 'elm'],
			reason: { zh: '更换老旧电杆' },
			unit: { id: 'oak', name: { zh: '橡树供电所' }, phone: '0839-5550142' },
		});
		const parts = said(partly, 'en');
		expect(parts).toContainEqual({ text: 'Areas, given in Chinese only.' });
		expect(parts).toContainEqual({ text: '橡树村、榆树村。', lang: 'zh-CN' });
		const reason = parts.findIndex((p) => p.text === 'Reason, given in Chinese only.');
		expect(parts[reason + 1]).toEqual({ text: '更换老旧电杆。', lang: 'zh-CN' });
		expect(parts.at(-1)).toEqual({
			text: 'For questions, call the supply office on zero eight three nine, five five five, zero one four two.',
		});
		// The Chinese page has nothing to announce.
		expect(said(partly, 'zh-cn').every((p) => p.lang === undefined)).toBe(true);
	});

	test('every area is named, however many', () => {
		const many = notice({ areas: ['oak', 'ash', 'elm', 'oak'] });
		expect(said(many, 'zh-cn')[2]?.text).toBe('停电区域：橡树村、白蜡村、榆树村、橡树村。');
	});

	test('the kind "other" is not named in Chinese', () => {
		expect(said(notice({ kind: 'other' }), 'zh-cn')[0]?.text).toBe('测试供电局停电通知。');
		expect(said(notice({ kind: 'temporary' }), 'zh-cn')[0]?.text).toBe('测试供电局停电通知，临时检修。');
		expect(said(notice({ kind: 'temporary' }), 'en')[0]?.text).toBe(
			'Test Power: notice of a power cut for short-notice maintenance.',
		);
	});
});
