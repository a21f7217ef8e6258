/** Message texts, exactly as residents get them, and which events and reminders are due when. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { dueReminder, planEvents, reminderDueAt } from '../../../src/lib/notify/events.ts';
import { hears } from '../../../src/lib/notify/run.ts';
import { messageText, noticeCopyText, type TextContext } from '../../../src/lib/notify/text.ts';
import { notifyConfigSchema } from '../../../src/schemas/notify.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const content = validateContent(path.resolve('tests/fixtures/site'));
const site = content.site!;
const ctx: TextContext = { site, areas: content.areas, locale: 'zh-cn' };
const en: TextContext = { ...ctx, locale: 'en' };
const config = notifyConfigSchema.parse({ channels: [] });
const link = 'https://power.qingshan.example/outages/qs-20261206-27/';

/** The example notice: 中坝村、黄土坡村, 12月6日（周日）08:00—16:00, published 7 days ahead. */
function example(overrides: Partial<Notice> = {}): Notice {
	return validNotice({
		id: 'qs-20261206-27',
		start: '2026-12-06T08:00:00+08:00',
		end: '2026-12-06T16:00:00+08:00',
		areas: ['zhongba', 'huangtupo'],
		reason: { zh: '更换老旧电杆及导线', en: 'Replacing old poles and conductors' },
		unit: { id: 'shiqiao', name: { zh: '石桥供电所', en: 'Shiqiao Supply Office' }, phone: '0839-5550142' },
		publishedAt: '2026-11-28T09:00:00+08:00',
		updatedAt: '2026-11-28T09:00:00+08:00',
		history: [{ revision: 1, at: '2026-11-28T09:00:00+08:00', event: 'published' }],
		...overrides,
	});
}

describe('message text', () => {
	const moved = example({ start: '2026-12-08T22:00:00+08:00', end: '2026-12-09T05:00:00+08:00' });
	it.each([
		[
			'new',
			messageText({ kind: 'new', notice: example() }, ctx),
			`【停电通知】12月6日（周日）08:00—16:00 中坝村、黄土坡村停电。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'rescheduled, across midnight',
			messageText(
				{
					kind: 'rescheduled',
					notice: moved,
					from: { start: '2026-12-06T08:00:00+08:00', end: '2026-12-06T16:00:00+08:00' },
					to: moved,
				},
				ctx,
			),
			`【停电改期】中坝村、黄土坡村停电由12月6日（周日）08:00—16:00改为12月8日（周二）22:00—次日05:00。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'cancelled',
			messageText(
				{
					kind: 'cancelled',
					notice: example({
						lifecycle: 'cancelled',
						cancellation: { at: '2026-12-01T10:00:00+08:00', reason: { zh: '天气原因' } },
					}),
				},
				ctx,
			),
			`【停电取消】原定12月6日（周日）08:00—16:00 中坝村、黄土坡村停电取消，照常供电。取消原因：天气原因。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'restored early',
			messageText({ kind: 'restored', notice: example({ restoredAt: '2026-12-06T14:30:00+08:00' }) }, ctx),
			`【恢复送电】中坝村、黄土坡村已于12月6日（周日）14:30恢复送电，比原计划16:00提前1小时30分钟。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'restored late',
			messageText({ kind: 'restored', notice: example({ restoredAt: '2026-12-06T16:45:00+08:00' }) }, ctx),
			`【恢复送电】中坝村、黄土坡村已于12月6日（周日）16:45恢复送电，比原计划16:00推迟45分钟。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'reminder, the day before',
			messageText({ kind: 'reminder', notice: example(), now: new Date('2026-12-05T08:00:00+08:00') }, ctx),
			`【停电提醒】明天停电：12月6日（周日）08:00—16:00 中坝村、黄土坡村。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		// 23:30 UTC on the 5th is already the 6th in Shanghai: "today", whatever the host's zone.
		[
			'reminder, the same day',
			messageText({ kind: 'reminder', notice: example(), now: new Date('2026-12-05T23:30:00Z') }, ctx),
			`【停电提醒】今天停电：12月6日（周日）08:00—16:00 中坝村、黄土坡村。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：${link}`,
		],
		[
			'new, in English',
			messageText({ kind: 'new', notice: example() }, en),
			`[Power cut] Sunday 6 December 08:00–16:00: no power in Zhongba Village and Huangtupo Village. Reason: Replacing old poles and conductors. Contact: Shiqiao Supply Office 0839-5550142. Details: https://power.qingshan.example/en/outages/qs-20261206-27/`,
		],
	])('%s', (_name, actual, expected) => {
		expect(actual).toBe(expected);
	});

	it('the copy text of a notice page depends on the notice only, and says "cancelled" first once cancelled', () => {
		expect(noticeCopyText(example(), ctx)).toBe(messageText({ kind: 'new', notice: example() }, ctx));
		const c = example({
			lifecycle: 'cancelled',
			cancellation: { at: '2026-12-01T10:00:00+08:00', reason: { zh: '天气原因' } },
		});
		expect(noticeCopyText(c, ctx).startsWith('【停电取消】')).toBe(true);
	});
});

describe('reminders in the site time zone', () => {
	// An outage at 00:30 on the 6th: its 1-day reminder is at 08:00 on the 5th, Shanghai time — not 00:30 on the 5th.
	const night = example({ start: '2026-12-06T00:30:00+08:00', end: '2026-12-06T06:00:00+08:00' });
	it('falls due at the configured hour, calendar days before the outage day', () => {
		expect(reminderDueAt(night.start, 1, 8, 'Asia/Shanghai').toISOString()).toBe('2026-12-05T00:00:00.000Z');
		expect(reminderDueAt(night.start, 7, 8, 'Asia/Shanghai').toISOString()).toBe('2026-11-29T00:00:00.000Z');
	});
	it.each([
		['2026-11-29T07:59:00+08:00', undefined],
		['2026-11-29T08:00:00+08:00', 7],
		['2026-12-04T23:59:00+08:00', 7],
		['2026-12-05T00:30:00+08:00', 7], // 24 h before, but still the 4th's reminder day is over only at 08:00 on the 5th
		['2026-12-05T08:00:00+08:00', 1],
		['2026-12-06T00:29:00+08:00', 1],
		['2026-12-06T00:30:00+08:00', undefined], // started
	])('at %s the due reminder is %s days ahead', (now, days) => {
		expect(dueReminder(night, config, 'Asia/Shanghai', new Date(now))).toBe(days);
	});
	it('a notice published with less lead time gets no reminder for the time already past: it was announced at once', () => {
		const late = example({
			publishedAt: '2026-12-05T09:00:00+08:00',
			updatedAt: '2026-12-05T09:00:00+08:00',
			history: [{ revision: 1, at: '2026-12-05T09:00:00+08:00', event: 'published' }],
		});
		expect(dueReminder(late, config, 'Asia/Shanghai', new Date('2026-12-05T10:00:00+08:00'))).toBeUndefined();
		const state = { version: 1 as const, since: '2026-11-01T00:00:00Z', notices: {}, sent: {} };
		const { items } = planEvents({
			notices: [late],
			alerts: [],
			areas: content.areas,
			config,
			timeZone: 'Asia/Shanghai',
			state,
			now: new Date('2026-12-05T10:00:00+08:00'),
		});
		expect(items.map((i) => i.event)).toEqual(['new']);
	});
});

describe('events from the state', () => {
	const now = new Date('2026-12-02T10:00:00+08:00');
	const from = { start: '2026-12-06T08:00:00+08:00', end: '2026-12-06T16:00:00+08:00' };
	const to = { start: '2026-12-07T08:00:00+08:00', end: '2026-12-07T16:00:00+08:00' };
	const movedAt = '2026-12-02T09:00:00+08:00';
	const moved = example({
		...to,
		revision: 2,
		updatedAt: movedAt,
		history: [
			{ revision: 1, at: '2026-11-28T09:00:00+08:00', event: 'published' },
			{ revision: 2, at: movedAt, event: 'rescheduled', from, to },
		],
	});
	const cancelled = example({
		...to,
		lifecycle: 'cancelled',
		revision: 3,
		updatedAt: '2026-12-02T09:30:00+08:00',
		cancellation: { at: '2026-12-02T09:30:00+08:00', reason: { zh: '天气原因' } },
		history: [...moved.history, { revision: 3, at: '2026-12-02T09:30:00+08:00', event: 'cancelled' }],
	});
	const plan = (n: Notice, seen: number | undefined) =>
		planEvents({
			notices: [n],
			alerts: [],
			areas: content.areas,
			config: { ...config, reminders: { daysAhead: [1], hour: 8 } },
			timeZone: 'Asia/Shanghai',
			state: { version: 1, since: '', notices: seen === undefined ? {} : { [n.id]: seen }, sent: {} },
			now,
		});
	it.each([
		['seen at revision 1, moved: rescheduled from → to', moved, 1, ['qs-20261206-27#r2:rescheduled']],
		['first seen already moved: simply new', moved, undefined, ['qs-20261206-27#r2:new']],
		['moved then cancelled: only the cancellation', cancelled, 1, ['qs-20261206-27#r3:cancelled']],
		['never announced and already cancelled: nothing', cancelled, undefined, []],
		['nothing new', moved, 2, []],
	])('%s', (_name, notice, seen, keys) => {
		expect(plan(notice, seen).items.map((i) => i.key)).toEqual(keys);
	});
	it('a change that produces no message still counts as announced', () => {
		expect(plan(cancelled, undefined).settled).toEqual({ 'qs-20261206-27': 3 });
	});
});

describe('which channel hears which areas', () => {
	const ch = (areas: string[], events?: string[]) =>
		notifyConfigSchema.parse({
			channels: [
				{ id: 'g', type: 'wecom', label: { zh: '群' }, urlEnv: 'X_URL', areas, ...(events ? { events } : {}) },
			],
		}).channels[0];
	const itemFor = (areas: string[], event: 'new' | 'alert' = 'new') => {
		const state = { version: 1 as const, since: '', notices: {}, sent: {} };
		const n = example({
			areas,
			publishedAt: '2026-12-02T09:00:00+08:00',
			updatedAt: '2026-12-02T09:00:00+08:00',
			history: [{ revision: 1, at: '2026-12-02T09:00:00+08:00', event: 'published' }],
		});
		const alert = {
			id: 'a',
			title: { zh: '预警' },
			text: { zh: '注意' },
			areas,
			severity: 'warning' as const,
			start: '2026-12-02T09:00:00+08:00',
			expiry: '2026-12-03T09:00:00+08:00',
		};
		const { items } = planEvents({
			notices: event === 'new' ? [n] : [],
			alerts: event === 'alert' ? [alert] : [],
			areas: content.areas,
			config,
			timeZone: 'Asia/Shanghai',
			state,
			now: new Date('2026-12-02T10:00:00+08:00'),
		});
		return items[0];
	};
	it.each([
		['a village group, its village', ['zhongba'], ['zhongba'], true],
		['a town group, a village in the town', ['shiqiao'], ['zhongba'], true],
		['a village group, a town-wide outage', ['zhongba'], ['shiqiao'], true],
		['a village group, another village of the town', ['zhongba'], ['hekou'], false],
		['a village group, another town', ['zhongba'], ['nanmen'], false],
		['a county-wide group', [], ['nanmen'], true],
	])('%s: %s', (_name, channelAreas, itemAreas, heard) => {
		expect(hears(ch(channelAreas), itemFor(itemAreas), content.areas)).toBe(heard);
	});
	it('an alert for the whole service area reaches every group; a group that takes no alerts hears none', () => {
		expect(hears(ch(['zhongba']), itemFor([], 'alert'), content.areas)).toBe(true);
		expect(hears(ch(['zhongba'], ['new']), itemFor([], 'alert'), content.areas)).toBe(false);
	});
});
