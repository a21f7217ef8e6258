/**
 * Message texts word for word, in both languages, for every kind of message and every branch of its wording:
 * windows within a day, across midnight and longer; one, two or three places; reasons with and without their own
 * full stop; restorations early, late and on time; reminders today, tomorrow and later. Inputs are built here.
 */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { messageText, noticeCopyText, noticeLink, windowText, type TextContext } from '../../../src/lib/notify/text.ts';
import type { Alert } from '../../../src/schemas/alert.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const areaTree = () =>
	flattenAreaTree([
		{
			id: 'shiqiao',
			kind: 'district',
			name: { zh: '石桥片区', en: 'Shiqiao' },
			children: [
				{
					id: 'zhen',
					kind: 'town',
					name: { zh: '石桥镇', en: 'Shiqiao Town' },
					children: [
						{ id: 'zhongba', kind: 'village', name: { zh: '中坝村', en: 'Zhongba Village' } },
						{ id: 'huangtupo', kind: 'village', name: { zh: '黄土坡村', en: 'Huangtupo Village' } },
						{ id: 'hekou', kind: 'village', name: { zh: '河口村' } },
					],
				},
			],
		},
	]).areas;
const site = { timeZone: 'Asia/Shanghai', baseUrl: 'https://power.example.org' };
// The area tree is built when a test reads it, not when the file loads.
const zh: TextContext = {
	site,
	get areas() {
		return areaTree();
	},
	locale: 'zh-cn',
};
const en: TextContext = {
	site,
	get areas() {
		return areaTree();
	},
	locale: 'en',
};
const link = 'https://power.example.org/outages/n1/';
const enLink = 'https://power.example.org/en/outages/n1/';

function example(more: Partial<Notice> = {}): Notice {
	return validNotice({
		id: 'n1',
		start: '2026-12-06T08:00:00+08:00',
		end: '2026-12-06T16:00:00+08:00',
		areas: ['zhongba', 'huangtupo'],
		reason: { zh: '更换老旧电杆', en: 'Replacing old poles' },
		unit: { id: 'sq', name: { zh: '石桥供电所', en: 'Shiqiao Supply Office' }, phone: '0839-5550142' },
		...more,
	});
}
const cancelled = (reason?: Notice['reason']) =>
	example({ lifecycle: 'cancelled', cancellation: reason && { at: '2026-12-01T10:00:00+08:00', reason } });

describe('windowText', () => {
	it.each([
		[
			'within a day',
			'2026-12-06T08:00:00+08:00',
			'2026-12-06T16:00:00+08:00',
			'12月6日（周日）08:00—16:00',
			'Sunday 6 December 08:00–16:00',
		],
		[
			'across midnight',
			'2026-12-06T22:00:00+08:00',
			'2026-12-07T05:00:00+08:00',
			'12月6日（周日）22:00—次日05:00',
			'Sunday 6 December 22:00–05:00 next day',
		],
		[
			'to the end of the next day',
			'2026-12-06T08:00:00+08:00',
			'2026-12-07T23:59:00+08:00',
			'12月6日（周日）08:00—次日23:59',
			'Sunday 6 December 08:00–23:59 next day',
		],
		[
			'over two days',
			'2026-12-06T08:00:00+08:00',
			'2026-12-08T16:00:00+08:00',
			'12月6日（周日）08:00—12月8日（周二）16:00',
			'Sunday 6 December 08:00 – Tuesday 8 December 16:00',
		],
		// Days in the site's zone: 23:30 UTC is already the next morning in Shanghai.
		[
			'days in the site zone',
			'2026-12-05T23:30:00Z',
			'2026-12-06T08:00:00Z',
			'12月6日（周日）07:30—16:00',
			'Sunday 6 December 07:30–16:00',
		],
	])('%s', (_what, start, end, zhText, enText) => {
		expect(windowText({ start, end }, 'Asia/Shanghai', 'zh-cn')).toBe(zhText);
		expect(windowText({ start, end }, 'Asia/Shanghai', 'en')).toBe(enText);
	});
});

it('noticeLink: the notice page in the message language, on the site', () => {
	expect(noticeLink({ id: 'n1' }, zh)).toBe(link);
	expect(noticeLink({ id: 'n1' }, en)).toBe(enLink);
});

describe('a new notice', () => {
	it.each([
		[
			['zhongba'],
			zh,
			`【停电通知】12月6日（周日）08:00—16:00 中坝村停电。原因：更换老旧电杆。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			['zhongba', 'huangtupo', 'hekou'],
			zh,
			`【停电通知】12月6日（周日）08:00—16:00 中坝村、黄土坡村、河口村停电。原因：更换老旧电杆。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			['zhongba'],
			en,
			`[Power cut] Sunday 6 December 08:00–16:00: no power in Zhongba Village. Reason: Replacing old poles. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
		[
			['zhongba', 'huangtupo'],
			en,
			`[Power cut] Sunday 6 December 08:00–16:00: no power in Zhongba Village and Huangtupo Village. Reason: Replacing old poles. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
		// Every place named, the untranslated one in Chinese; an unknown id as it is.
		[
			['zhongba', 'huangtupo', 'hekou', 'nowhere'],
			en,
			`[Power cut] Sunday 6 December 08:00–16:00: no power in Zhongba Village, Huangtupo Village, 河口村 and nowhere. Reason: Replacing old poles. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
	])('%j (%s)', (places, ctx, text) => {
		expect(messageText({ kind: 'new', notice: example({ areas: places }) }, ctx)).toBe(text);
	});

	it.each([
		['更换电杆。', 'Poles.', '原因：更换电杆。咨询', 'Reason: Poles. Contact'],
		['更换电杆！', 'Poles!', '原因：更换电杆！咨询', 'Reason: Poles! Contact'],
		['更换电杆？', 'Poles?', '原因：更换电杆？咨询', 'Reason: Poles? Contact'],
		['replace poles.', 'Poles。', '原因：replace poles.咨询', 'Reason: Poles。 Contact'],
		['更换电杆', 'Poles', '原因：更换电杆。咨询', 'Reason: Poles. Contact'],
		['电杆。更换', 'Poles. replace', '原因：电杆。更换。咨询', 'Reason: Poles. replace. Contact'],
	])('a reason %j / %j ends with one full stop', (zhReason, enReason, zhPart, enPart) => {
		const n = example({ reason: { zh: zhReason, en: enReason } });
		expect(messageText({ kind: 'new', notice: n }, zh)).toContain(zhPart);
		expect(messageText({ kind: 'new', notice: n }, en)).toContain(enPart);
	});

	it('in English without an English reason or unit name: the Chinese ones', () => {
		const n = example({
			areas: ['hekou'],
			reason: { zh: '更换电杆' },
			unit: { id: 'sq', name: { zh: '石桥供电所' }, phone: '0839-5550142' },
		});
		expect(messageText({ kind: 'new', notice: n }, en)).toBe(
			`[Power cut] Sunday 6 December 08:00–16:00: no power in 河口村. Reason: 更换电杆. Contact: 石桥供电所 0839-5550142. Details: ${enLink}`,
		);
	});
});

describe('a reminder', () => {
	it.each([
		['the same day', '2026-12-06T06:00:00+08:00', '今天', 'today'],
		['after the start (a late run)', '2026-12-06T09:00:00+08:00', '今天', 'today'],
		['the day before', '2026-12-05T23:59:00+08:00', '明天', 'tomorrow'],
		['two days before', '2026-12-04T08:00:00+08:00', '2天后', 'in 2 days'],
		['seven days before', '2026-11-29T08:00:00+08:00', '7天后', 'in 7 days'],
		// 16:30 UTC on the 5th is 00:30 on the 6th in Shanghai: today, whatever the host's zone.
		['the same day by the site zone', '2026-12-05T16:30:00Z', '今天', 'today'],
	])('%s', (_what, now, zhWhen, enWhen) => {
		const subject = { kind: 'reminder' as const, notice: example({ areas: ['zhongba'] }), now: new Date(now) };
		expect(messageText(subject, zh)).toBe(
			`【停电提醒】${zhWhen}停电：12月6日（周日）08:00—16:00 中坝村。原因：更换老旧电杆。咨询：石桥供电所 0839-5550142。详情：${link}`,
		);
		expect(messageText(subject, en)).toBe(
			`[Reminder] Power cut ${enWhen}: Sunday 6 December 08:00–16:00, Zhongba Village. Reason: Replacing old poles. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		);
	});
});

it('a reschedule says from → to', () => {
	const from = { start: '2026-12-06T08:00:00+08:00', end: '2026-12-06T16:00:00+08:00' };
	const to = { start: '2026-12-08T22:00:00+08:00', end: '2026-12-09T05:00:00+08:00' };
	const subject = { kind: 'rescheduled' as const, notice: example({ ...to, areas: ['zhongba'] }), from, to };
	expect(messageText(subject, zh)).toBe(
		`【停电改期】中坝村停电由12月6日（周日）08:00—16:00改为12月8日（周二）22:00—次日05:00。原因：更换老旧电杆。咨询：石桥供电所 0839-5550142。详情：${link}`,
	);
	expect(messageText(subject, en)).toBe(
		`[Rescheduled] Power cut in Zhongba Village moved from Sunday 6 December 08:00–16:00 to Tuesday 8 December 22:00–05:00 next day. Reason: Replacing old poles. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
	);
});

describe('a cancellation', () => {
	it.each([
		[
			'with its reason',
			cancelled({ zh: '天气原因', en: 'Bad weather' }),
			`【停电取消】原定12月6日（周日）08:00—16:00 中坝村、黄土坡村停电取消，照常供电。取消原因：天气原因。咨询：石桥供电所 0839-5550142。详情：${link}`,
			`[Cancelled] The power cut planned for Sunday 6 December 08:00–16:00 in Zhongba Village and Huangtupo Village will not take place. Why: Bad weather. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
		[
			'with a reason that has its full stop',
			cancelled({ zh: '天气原因。', en: 'Bad weather.' }),
			`【停电取消】原定12月6日（周日）08:00—16:00 中坝村、黄土坡村停电取消，照常供电。取消原因：天气原因。咨询：石桥供电所 0839-5550142。详情：${link}`,
			`[Cancelled] The power cut planned for Sunday 6 December 08:00–16:00 in Zhongba Village and Huangtupo Village will not take place. Why: Bad weather. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
		[
			'without a cancellation record',
			cancelled(),
			`【停电取消】原定12月6日（周日）08:00—16:00 中坝村、黄土坡村停电取消，照常供电。咨询：石桥供电所 0839-5550142。详情：${link}`,
			`[Cancelled] The power cut planned for Sunday 6 December 08:00–16:00 in Zhongba Village and Huangtupo Village will not take place. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		],
	])('%s', (_what, notice, zhText, enText) => {
		expect(messageText({ kind: 'cancelled', notice }, zh)).toBe(zhText);
		expect(messageText({ kind: 'cancelled', notice }, en)).toBe(enText);
	});
});

describe('a restoration', () => {
	it.each([
		[
			'1 h 30 min early',
			'2026-12-06T14:30:00+08:00',
			'14:30',
			'，比原计划16:00提前1小时30分钟',
			', 1 h 30 min earlier than the planned 16:00',
		],
		[
			'exactly 2 h early',
			'2026-12-06T14:00:00+08:00',
			'14:00',
			'，比原计划16:00提前2小时',
			', 2 h earlier than the planned 16:00',
		],
		[
			'45 min late',
			'2026-12-06T16:45:00+08:00',
			'16:45',
			'，比原计划16:00推迟45分钟',
			', 45 min later than the planned 16:00',
		],
		[
			'1 min late',
			'2026-12-06T16:01:00+08:00',
			'16:01',
			'，比原计划16:00推迟1分钟',
			', 1 min later than the planned 16:00',
		],
		['on time', '2026-12-06T16:00:00+08:00', '16:00', '，与计划一致', ', as planned'],
	])('%s', (_what, restoredAt, clock, zhVs, enVs) => {
		const n = example({ areas: ['zhongba'], restoredAt });
		expect(messageText({ kind: 'restored', notice: n }, zh)).toBe(
			`【恢复送电】中坝村已于12月6日（周日）${clock}恢复送电${zhVs}。咨询：石桥供电所 0839-5550142。详情：${link}`,
		);
		expect(messageText({ kind: 'restored', notice: n }, en)).toBe(
			`[Power restored] Zhongba Village: power back at ${clock} on Sunday 6 December${enVs}. Contact: Shiqiao Supply Office 0839-5550142. Details: ${enLink}`,
		);
	});

	it('the next day, late: names the day power came back', () => {
		const n = example({
			areas: ['zhongba'],
			end: '2026-12-06T23:00:00+08:00',
			restoredAt: '2026-12-07T01:05:00+08:00',
		});
		expect(messageText({ kind: 'restored', notice: n }, zh)).toBe(
			`【恢复送电】中坝村已于12月7日（周一）01:05恢复送电，比原计划23:00推迟2小时5分钟。咨询：石桥供电所 0839-5550142。详情：${link}`,
		);
	});

	it('without a reported time: the planned end, as planned', () => {
		const n = example({ areas: ['zhongba'] });
		expect(messageText({ kind: 'restored', notice: n }, zh)).toBe(
			`【恢复送电】中坝村已于12月6日（周日）16:00恢复送电，与计划一致。咨询：石桥供电所 0839-5550142。详情：${link}`,
		);
	});
});

describe('an alert', () => {
	const alert = (more: Partial<Alert> = {}): Alert => ({
		id: 'storm',
		title: { zh: '大风预警', en: 'Gale warning' },
		text: { zh: '请远离电力设施', en: 'Keep away from power lines' },
		areas: [],
		severity: 'warning',
		start: '2026-12-02T09:00:00+08:00',
		expiry: '2026-12-03T09:00:00+08:00',
		...more,
	});
	it.each([
		[
			alert(),
			'【紧急通知】大风预警：请远离电力设施。详情：https://power.example.org/',
			'[Urgent] Gale warning: Keep away from power lines. Details: https://power.example.org/en/',
		],
		[
			alert({ text: { zh: '请远离电力设施！', en: 'Keep away!' } }),
			'【紧急通知】大风预警：请远离电力设施！详情：https://power.example.org/',
			'[Urgent] Gale warning: Keep away! Details: https://power.example.org/en/',
		],
		[
			alert({ title: { zh: '停电' }, text: { zh: '抢修中' } }),
			'【紧急通知】停电：抢修中。详情：https://power.example.org/',
			'[Urgent] 停电: 抢修中. Details: https://power.example.org/en/',
		],
	])('%#', (a, zhText, enText) => {
		expect(messageText({ kind: 'alert', alert: a }, zh)).toBe(zhText);
		expect(messageText({ kind: 'alert', alert: a }, en)).toBe(enText);
	});
});

describe('noticeCopyText', () => {
	it('is the new-notice message while the notice stands', () => {
		const n = example();
		expect(noticeCopyText(n, zh)).toBe(messageText({ kind: 'new', notice: n }, zh));
		expect(noticeCopyText(n, en)).toBe(messageText({ kind: 'new', notice: n }, en));
	});
	it('is the cancellation once cancelled', () => {
		const n = cancelled({ zh: '天气原因' });
		expect(noticeCopyText(n, zh)).toBe(messageText({ kind: 'cancelled', notice: n }, zh));
		expect(noticeCopyText(n, zh).startsWith('【停电取消】')).toBe(true);
	});
});
