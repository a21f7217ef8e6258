/** A notice in the feeds' words, line by line, in both languages: the state it is marked with and every detail. */
import { describe, expect, it } from 'vitest';
import { detailsText, noticeState, noticeWords } from '../../../src/lib/feeds/notice-words.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { BASE, feedNotice, smallCtx } from './small-site.ts';

const moved = {
	at: '2026-11-25T09:00:00+08:00',
	event: 'rescheduled' as const,
	from: { start: '2026-12-01T08:00:00+08:00', end: '2026-12-01T12:00:00+08:00' },
	to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
};
const amended = (note?: Notice['reason']) => ({ at: '2026-11-26T09:00:00+08:00', event: 'amended' as const, note });
const restored = {
	at: '2026-12-03T16:10:00+08:00',
	event: 'restored' as const,
	restoredAt: '2026-12-03T16:00:00+08:00',
};
const cancelled = { at: '2026-11-30T09:00:00+08:00', event: 'cancelled' as const };
const cancellation: Partial<Notice> = {
	lifecycle: 'cancelled',
	cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气原因', en: 'Bad weather' } },
};

describe('noticeState', () => {
	it.each([
		['as first published', feedNotice(), 'published'],
		['changed once', feedNotice({}, [amended()]), 'amended'],
		['moved', feedNotice({}, [moved]), 'rescheduled'],
		['moved, then changed: still rescheduled', feedNotice({}, [moved, amended()]), 'rescheduled'],
		['power back', feedNotice({ restoredAt: restored.restoredAt }, [restored]), 'restored'],
		[
			'moved, then power back: restored',
			feedNotice({ restoredAt: restored.restoredAt }, [moved, restored]),
			'restored',
		],
		['cancelled', feedNotice(cancellation, [cancelled]), 'cancelled'],
		['moved, then cancelled: cancelled', feedNotice(cancellation, [moved, cancelled]), 'cancelled'],
	])('%s: %s', (_what, notice, state) => {
		expect(noticeState(notice)).toBe(state);
	});
});

describe('noticeWords', () => {
	it('as first published, in Chinese', () => {
		expect(noticeWords(feedNotice(), smallCtx(), 'zh-cn')).toEqual({
			headline: '停电（计划检修）：橡树村',
			title: '停电（计划检修）：橡树村，12月3日（周四）08:00 至 17:30，约 9.5 小时',
			window: '12月3日（周四）08:00 至 17:30，约 9.5 小时',
			areaNames: '橡树村',
			details: [
				{ label: '停电时间', text: '12月3日（周四）08:00 至 17:30，约 9.5 小时' },
				{ label: '停电区域', text: '橡树村' },
				{ label: '停电范围', text: '橡树村1-5组' },
				{ label: '线路/设备', text: '10kV 林线' },
				{ label: '停电原因', text: '更换电杆' },
				{ label: '供电所', text: '林镇供电所 0839-5550141' },
				{ label: '详情', text: `${BASE}/outages/n1/` },
			],
			url: `${BASE}/outages/n1/`,
		});
	});

	it('in English, with the Chinese text where a text has no English', () => {
		const words = noticeWords(feedNotice({ areas: ['oak', 'elm'] }), smallCtx(), 'en');
		expect(words.headline).toBe('Power cut (planned maintenance): Oak Village, 榆树村');
		expect(words.title).toBe(`${words.headline} — Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)`);
		expect(words.details.map((d) => `${d.label}: ${d.text}`)).toEqual([
			'When: Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)',
			'Areas: Oak Village, 榆树村',
			'Scope: Oak Village groups 1 to 5',
			'Line or equipment: 10kV 林线',
			'Reason: Replacing poles',
			'Supply office: Lin Supply Office 0839-5550141',
			`Details: ${BASE}/en/outages/n1/`,
		]);
		expect(words.url).toBe(`${BASE}/en/outages/n1/`);
	});

	it('an area id not in the tree is shown as it is', () => {
		expect(noticeWords(feedNotice({ areas: ['oak', 'gone'] }), smallCtx(), 'zh-cn').areaNames).toBe('橡树村、gone');
	});

	it.each([
		['zh-cn', '【已取消】停电（计划检修）：橡树村', ['取消原因', '天气原因']],
		['en', 'Cancelled: Power cut (planned maintenance): Oak Village', ['Why cancelled', 'Bad weather']],
	] as const)('cancelled (%s): marked, and why first', (locale, headline, [label, text]) => {
		const words = noticeWords(feedNotice(cancellation, [cancelled]), smallCtx(), locale);
		expect(words.headline).toBe(headline);
		expect(words.details[0]).toEqual({ label, text });
		expect(words.details).toHaveLength(8);
	});

	it('power back: the time and how it compares, after the window', () => {
		const words = noticeWords(feedNotice({ restoredAt: restored.restoredAt }, [restored]), smallCtx(), 'zh-cn');
		expect(words.headline).toBe('【已恢复送电】停电（计划检修）：橡树村');
		expect(words.details.slice(0, 2)).toEqual([
			{ label: '停电时间', text: '12月3日（周四）08:00 至 17:30，约 9.5 小时' },
			{ label: '实际送电', text: '2026年12月3日（周四）16:00、比计划提前 1 小时 30 分钟恢复送电' },
		]);
	});

	it('moved: each move with the window it left and its note, after the window', () => {
		const withNote = { ...moved, note: { zh: '配合市政施工', en: 'Road works' } };
		const second = {
			...moved,
			at: '2026-11-26T09:00:00+08:00',
			from: moved.to,
			to: { start: '2026-12-04T08:00:00+08:00', end: '2026-12-04T17:30:00+08:00' },
		};
		const words = noticeWords(feedNotice({}, [withNote, second]), smallCtx(), 'en');
		expect(words.headline).toBe('Rescheduled: Power cut (planned maintenance): Oak Village');
		expect(words.details.slice(1, 3)).toEqual([
			{ label: 'Change of time', text: 'Moved from Tuesday 1 December, 08:00 to 12:00 (about 4 hours), Road works' },
			{ label: 'Change of time', text: 'Moved from Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)' },
		]);
	});

	it('the substation and the transformer districts where the notice gives them, before the reason', () => {
		const words = noticeWords(
			feedNotice({ substation: '35kV 林变电站', transformerDistricts: ['橡树村1组台区', '橡树村2组台区'] }),
			smallCtx(),
			'zh-cn',
		);
		expect(words.details.slice(3, 6)).toEqual([
			{ label: '线路/设备', text: '10kV 林线' },
			{ label: '变电站', text: '35kV 林变电站' },
			{ label: '台区', text: '橡树村1组台区、橡树村2组台区' },
		]);
	});

	it('the note of a change, not of a move', () => {
		const words = noticeWords(
			feedNotice({}, [amended({ zh: '更正电话' }), { ...moved, note: { zh: '配合施工' } }]),
			smallCtx(),
			'zh-cn',
		);
		expect(words.details.filter((d) => d.label === '更新说明')).toEqual([{ label: '更新说明', text: '更正电话' }]);
	});

	it('the note of the last change that has one, before the link', () => {
		const words = noticeWords(
			feedNotice({}, [amended({ zh: '范围扩大到6组' }), amended({ zh: '更正电话' }), amended()]),
			smallCtx(),
			'zh-cn',
		);
		expect(words.headline).toBe('【已更新】停电（计划检修）：橡树村');
		expect(words.details.slice(-2)).toEqual([
			{ label: '更新说明', text: '更正电话' },
			{ label: '详情', text: `${BASE}/outages/n1/` },
		]);
		expect(noticeWords(feedNotice({}, [amended()]), smallCtx(), 'zh-cn').details.map((d) => d.label)).not.toContain(
			'更新说明',
		);
	});

	it('puts the window in words in the site zone and the language asked for, every time', () => {
		const n = feedNotice();
		expect(noticeWords(n, smallCtx('Asia/Shanghai'), 'zh-cn').window).toBe(
			'12月3日（周四）08:00 至 17:30，约 9.5 小时',
		);
		expect(noticeWords(n, smallCtx('Europe/London'), 'zh-cn').window).toBe(
			'12月3日（周四）00:00 至 09:30，约 9.5 小时',
		);
		expect(noticeWords(n, smallCtx('Asia/Shanghai'), 'en').window).toBe(
			'Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)',
		);
		expect(noticeWords(n, smallCtx('Asia/Shanghai'), 'zh-cn').window).toBe(
			'12月3日（周四）08:00 至 17:30，约 9.5 小时',
		);
	});
});

describe('detailsText', () => {
	it.each([
		['zh-cn', '停电时间：12月3日（周四）08:00 至 17:30，约 9.5 小时\n停电区域：橡树村'],
		['en', 'When: Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)\nAreas: Oak Village'],
	] as const)('one labelled line per detail (%s)', (locale, start) => {
		const words = noticeWords(feedNotice(), smallCtx(), locale);
		const text = detailsText(words, locale);
		expect(text.startsWith(start)).toBe(true);
		expect(text.split('\n')).toHaveLength(words.details.length);
	});
});
