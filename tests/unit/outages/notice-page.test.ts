import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/index.ts';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { cacheKey } from '../../../src/lib/build/cache-key.ts';
import { pageKeys } from '../../../src/lib/build/page-keys.ts';
import { noticePage, noticePageKey, type NoticePageInput } from '../../../src/lib/outages/notice-page.ts';
import { outageStatus, type OutageStatus } from '../../../src/lib/outages/status.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { unitSchema, type Unit } from '../../../src/schemas/unit.ts';
import { validNotice } from '../helpers.ts';

/**
 * The notice page model: everything /outages/<id>/ shows, from a notice and the build's shared data. Fixture data
 * is built here (no committed content) around a fixed clock.
 */
const site = siteSchema.parse({
	name: { zh: '测试供电局', en: 'Test Power' },
	hotline: '0839-5550199',
	timeZone: 'Asia/Shanghai',
	baseUrl: 'https://power.test.example',
});
// Built when a test asks (a mutation run then knows which test reached the area tree).
const areaMap = () =>
	flattenAreaTree([
		{
			id: 'north',
			kind: 'district',
			name: { zh: '北区', en: 'North' },
			children: [
				{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak' }, aliases: ['橡树'] },
				// No English name: an English page shows the Chinese one.
				{ id: 'elm', kind: 'village', name: { zh: '榆树村' } },
			],
		},
		{
			id: 'south',
			kind: 'district',
			name: { zh: '南区', en: 'South' },
			children: [{ id: 'pine', kind: 'village', name: { zh: '松树村', en: 'Pine' } }],
		},
	]).areas;
const oakUnit: Unit = unitSchema.parse({
	id: 'oak-unit',
	name: { zh: '橡树供电所', en: 'Oak Supply Office' },
	phones: [{ number: '0839-5550141' }],
	address: { zh: '橡树路1号' },
	hours: { zh: '8:30–17:30' },
	areas: ['oak'],
});
const units = new Map([[oakUnit.id, oakUnit]]);
const NOW = new Date('2026-12-01T10:00:00+08:00');

/** A planned outage in Oak on Thursday 3 December 2026, 08:00–17:30, published 13 days ahead. */
const notice = (over: Partial<Notice> = {}): Notice =>
	validNotice({
		id: 'n1',
		areas: ['oak'],
		unit: { id: 'oak-unit', name: { zh: '橡树供电所', en: 'Oak Supply Office' }, phone: '0839-5550141' },
		...over,
	});

const model = (n: Notice, locale: Locale = 'zh-cn', over: Partial<NoticePageInput> = {}) =>
	noticePage(n, { site, areas: areaMap(), units, status: outageStatus(n, NOW), locale, ...over });

/** A notice cancelled on 1 December, 09:00. */
const cancelled = notice({
	lifecycle: 'cancelled',
	cancellation: { at: '2026-12-01T09:00:00+08:00', reason: { zh: '天气原因' } },
	revision: 2,
	updatedAt: '2026-12-01T09:00:00+08:00',
	history: [
		{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
		{ revision: 2, at: '2026-12-01T09:00:00+08:00', event: 'cancelled' },
	],
});

describe('title, description, window', () => {
	test.each([
		[
			'zh-cn',
			notice(),
			'12月3日橡树村停电',
			'橡树村：12月3日（周四）08:00 至 17:30，约 9.5 小时。原因：更换老旧电杆。',
		],
		// The reason has no English text: the English description carries the Chinese one.
		[
			'en',
			notice(),
			'Power cut in Oak, 3 December',
			'Oak: Thursday 3 December, 08:00 to 17:30 (about 9.5 hours). Reason: 更换老旧电杆 (in Chinese).',
		],
		// A cancelled notice's heading says so: a heading that reads "…停电" announces a power cut that is off.
		[
			'zh-cn',
			cancelled,
			'12月3日橡树村停电已取消',
			'已取消。橡树村：12月3日（周四）08:00 至 17:30，约 9.5 小时。原因：更换老旧电杆。',
		],
		[
			'en',
			cancelled,
			'Cancelled: power cut in Oak, 3 December',
			'Cancelled. Oak: Thursday 3 December, 08:00 to 17:30 (about 9.5 hours). Reason: 更换老旧电杆 (in Chinese).',
		],
		[
			'en',
			notice({ areas: ['oak', 'elm', 'pine', 'nowhere'] }),
			'Power cut in Oak, 榆树村, Pine and others, 3 December',
			'Oak, 榆树村, Pine and others: Thursday 3 December, 08:00 to 17:30 (about 9.5 hours). Reason: 更换老旧电杆 (in Chinese).',
		],
	] as const)('%s: %j', (locale, n, title, description) => {
		const m = model(n, locale);
		expect([m.title, m.description]).toEqual([title, description]);
		// The JSON-LD Event carries the same name and description.
		expect([m.jsonLd.name, m.jsonLd.description, m.jsonLd['@type']]).toEqual([title, description, 'Event']);
	});

	test('the description is cut at 300 characters', () => {
		expect(model(notice({ reason: { zh: '修'.repeat(400) } })).description).toHaveLength(300);
	});

	test.each([
		[
			'a day window',
			'2026-12-03T08:00:00+08:00',
			'2026-12-03T17:30:00+08:00',
			'zh-cn',
			false,
			'12月3日（周四）08:00 至 17:30，约 9.5 小时',
		],
		[
			'an overnight window',
			'2026-12-03T22:00:00+08:00',
			'2026-12-04T05:00:00+08:00',
			'zh-cn',
			true,
			'12月3日（周四）22:00 至 次日（12月4日）05:00，约 7 小时',
		],
		[
			'an overnight window in English',
			'2026-12-03T22:00:00+08:00',
			'2026-12-04T05:00:00+08:00',
			'en',
			true,
			'Thursday 3 December, 22:00 to 05:00 the next day, Friday 4 December (overnight, about 7 hours)',
		],
		// Midnight in the utility's zone, not in UTC: 23:00–07:00 UTC is 07:00–15:00 the same day in Shanghai.
		[
			'a window across midnight UTC only',
			'2026-12-02T23:00:00Z',
			'2026-12-03T07:00:00Z',
			'zh-cn',
			false,
			'12月3日（周四）07:00 至 15:00，约 8 小时',
		],
	] as const)('%s: overnight %s', (_, start, end, locale, overnight, window) => {
		const m = model(notice({ start, end }), locale);
		expect({ overnight: m.overnight, window: m.window, summary: m.search.summary }).toEqual({
			overnight,
			window,
			summary: window,
		});
	});
});

describe('kind, status and the live status script', () => {
	test.each([
		['planned', 'zh-cn', '计划检修'],
		['temporary', 'zh-cn', '临时检修'],
		['temporary', 'en', 'Short-notice maintenance'],
		['other', 'en', 'Other power cut'],
	] as const)('a %s notice in %s is labelled %s', (kind, locale, label) => {
		expect(model(notice({ kind }), locale).kind).toBe(label);
	});

	test.each<[OutageStatus, boolean]>([
		['upcoming', true],
		['soon', true],
		['in-progress', true],
		// Final: no later build changes it, so the page needs no script.
		['ended', false],
		['cancelled', false],
	])('status %s: live script %s', (status, live) => {
		const m = model(notice(), 'zh-cn', { status });
		expect([m.status, m.live]).toEqual([status, live]);
	});
});

describe('cancellation', () => {
	test.each([
		['zh-cn', { heading: '于 2026年12月1日（周二）09:00 取消', reason: { text: '天气原因' } }],
		// English page, Chinese-only reason: marked as Chinese for screen readers.
		['en', { heading: 'Cancelled on Tuesday 1 December 2026, 09:00', reason: { text: '天气原因', lang: 'zh-CN' } }],
	] as const)('%s', (locale, cancellation) => {
		const m = model(cancelled, locale);
		expect(m.cancellation).toEqual(cancellation);
		expect(m.status).toBe('cancelled');
		expect(m.live).toBe(false);
		expect(m.jsonLd.eventStatus).toBe('https://schema.org/EventCancelled');
	});

	test('a published notice has none', () => {
		expect(model(notice()).cancellation).toBeUndefined();
	});
});

describe('restoration', () => {
	test.each([
		['not reported', undefined, 'zh-cn', undefined],
		[
			'early',
			'2026-12-03T16:50:00+08:00',
			'zh-cn',
			{
				iso: '2026-12-03T16:50:00+08:00',
				text: '2026年12月3日（周四）16:50',
				timing: 'early',
				delta: '比计划提前 40 分钟恢复送电',
			},
		],
		[
			'late',
			'2026-12-03T18:35:00+08:00',
			'zh-cn',
			{
				iso: '2026-12-03T18:35:00+08:00',
				text: '2026年12月3日（周四）18:35',
				timing: 'late',
				delta: '比计划推迟 1 小时 5 分钟恢复送电',
			},
		],
		[
			'on time',
			'2026-12-03T17:30:00+08:00',
			'zh-cn',
			{
				iso: '2026-12-03T17:30:00+08:00',
				text: '2026年12月3日（周四）17:30',
				timing: 'on-time',
				delta: '按计划时间恢复送电',
			},
		],
		[
			'late, in English',
			'2026-12-03T18:35:00+08:00',
			'en',
			{
				iso: '2026-12-03T18:35:00+08:00',
				text: 'Thursday 3 December 2026, 18:35',
				timing: 'late',
				delta: 'Power came back 1 hour 5 minutes later than planned',
			},
		],
	] as const)('%s', (_, restoredAt, locale, restored) => {
		const n = notice(restoredAt ? { restoredAt } : {});
		const m = noticePage(n, {
			site,
			areas: areaMap(),
			units,
			status: outageStatus(n, new Date('2026-12-04T10:00:00+08:00')),
			locale,
		});
		expect(m.restored).toEqual(restored);
		// The Event ends when power actually came back.
		expect(m.jsonLd.endDate).toBe(restoredAt ?? n.end);
	});
});

describe('short notice', () => {
	// Planned outages need 168 hours' notice, temporary ones 24 (the site settings' defaults).
	test.each<[string, Notice, Locale, string | undefined]>([
		['planned, 13 days ahead', notice(), 'zh-cn', undefined],
		[
			'planned, 72 hours ahead',
			notice({
				publishedAt: '2026-11-30T08:00:00+08:00',
				updatedAt: '2026-11-30T08:00:00+08:00',
				history: [{ revision: 1, at: '2026-11-30T08:00:00+08:00', event: 'published' }],
			}),
			'zh-cn',
			'此通知发布较晚：仅提前约 72 小时发布，此类停电应提前 168 小时通知。',
		],
		[
			'temporary, 30 hours ahead',
			notice({
				kind: 'temporary',
				publishedAt: '2026-12-02T02:00:00+08:00',
				updatedAt: '2026-12-02T02:00:00+08:00',
				history: [{ revision: 1, at: '2026-12-02T02:00:00+08:00', event: 'published' }],
			}),
			'zh-cn',
			undefined,
		],
		[
			'temporary, 10 hours ahead',
			notice({
				kind: 'temporary',
				publishedAt: '2026-12-02T22:00:00+08:00',
				updatedAt: '2026-12-02T22:00:00+08:00',
				history: [{ revision: 1, at: '2026-12-02T22:00:00+08:00', event: 'published' }],
			}),
			'en',
			'Short notice: this was published only about 10 hours ahead; this kind of power cut should be announced 24 hours ahead.',
		],
		// The current window counts from when it was announced: moved two days before the new start.
		[
			'planned, published early but rescheduled 48 hours ahead',
			notice({
				revision: 2,
				updatedAt: '2026-12-01T08:00:00+08:00',
				history: [
					{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
					{
						revision: 2,
						at: '2026-12-01T08:00:00+08:00',
						event: 'rescheduled',
						from: { start: '2026-11-28T08:00:00+08:00', end: '2026-11-28T17:30:00+08:00' },
						to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
					},
				],
			}),
			'zh-cn',
			'此通知发布较晚：仅提前约 48 小时发布，此类停电应提前 168 小时通知。',
		],
		// A cancelled outage will not happen: no warning.
		[
			'cancelled, 72 hours ahead',
			{
				...cancelled,
				publishedAt: '2026-11-30T08:00:00+08:00',
				history: [{ revision: 1, at: '2026-11-30T08:00:00+08:00', event: 'published' }, cancelled.history[1]],
			},
			'zh-cn',
			undefined,
		],
	])('%s', (_, n, locale, shortNotice) => {
		expect(model(n, locale).shortNotice).toEqual(shortNotice);
	});
});

describe('facts in both languages', () => {
	const n = notice({
		areas: ['oak', 'elm', 'nowhere'],
		line: { zh: '10kV 橡树线' },
		scope: { zh: '橡树村1-5组', en: 'Oak groups 1 to 5' },
	});
	test.each([
		[
			'zh-cn',
			{
				areas: [
					{ href: '/areas/oak/', text: '橡树村' },
					{ href: '/areas/elm/', text: '榆树村' },
					{ href: '/areas/nowhere/', text: 'nowhere' },
				],
				scope: { text: '橡树村1-5组' },
				line: { text: '10kV 橡树线' },
				reason: { text: '更换老旧电杆' },
			},
		],
		[
			'en',
			{
				areas: [
					{ href: '/en/areas/oak/', text: 'Oak' },
					// No English name: the Chinese one, marked as Chinese.
					{ href: '/en/areas/elm/', text: '榆树村', lang: 'zh-CN' },
					// An id the tree does not know is shown as it is (content validation reports it).
					{ href: '/en/areas/nowhere/', text: 'nowhere' },
				],
				scope: { text: 'Oak groups 1 to 5' },
				// No English text: the Chinese one, marked as Chinese.
				line: { text: '10kV 橡树线', lang: 'zh-CN' },
				reason: { text: '更换老旧电杆', lang: 'zh-CN' },
			},
		],
	] as const)('%s', (locale, facts) => {
		const m = model(n, locale);
		expect({ areas: m.areas, scope: m.scope, line: m.line, reason: m.reason }).toEqual(facts);
	});

	test.each([
		['zh-cn', '测试供电局', '/outages/', '/guidance/outage-prepare/', '/outages/n1.ics'],
		['en', 'Test Power', '/en/outages/', '/en/guidance/outage-prepare/', '/en/outages/n1.ics'],
	] as const)('%s: utility, links, calendar', (locale, utility, outagesHref, prepareHref, ics) => {
		const m = model(notice(), locale);
		expect({
			utility: m.utility,
			hotline: m.hotline,
			outagesHref: m.outagesHref,
			prepareHref: m.prepareHref,
			calendar: m.calendar,
			feeds: m.feeds.map((f) => [f.href, f.type]),
		}).toEqual({
			utility,
			hotline: '0839-5550199',
			outagesHref,
			prepareHref,
			calendar: { href: ics, download: 'n1.ics' },
			feeds: [[ics, 'text/calendar']],
		});
	});

	test.each([
		[
			'zh-cn',
			{ published: { iso: '2026-11-20T09:00:00+08:00', text: '2026年11月20日（周五）09:00' }, updated: undefined },
			notice(),
		],
		[
			'zh-cn',
			{
				published: { iso: '2026-11-20T09:00:00+08:00', text: '2026年11月20日（周五）09:00' },
				updated: { iso: '2026-12-01T09:00:00+08:00', text: '2026年12月1日（周二）09:00', revision: '（第 2 版）' },
			},
			cancelled,
		],
		[
			'en',
			{
				published: { iso: '2026-11-20T09:00:00+08:00', text: 'Friday 20 November 2026, 09:00' },
				updated: { iso: '2026-12-01T09:00:00+08:00', text: 'Tuesday 1 December 2026, 09:00', revision: ' (version 2)' },
			},
			cancelled,
		],
	] as const)('%s: published and updated %#', (locale, expected, n) => {
		const m = model(n, locale);
		expect({ published: m.published, updated: m.updated }).toEqual(expected);
	});
});

describe('supply unit', () => {
	test.each([
		[
			'still in the directory',
			'oak-unit',
			'zh-cn',
			{
				id: 'oak-unit',
				name: { text: '橡树供电所' },
				href: '/units/oak-unit/',
				phone: '0839-5550141',
				tel: 'tel:08395550141',
			},
		],
		[
			'still in the directory, English',
			'oak-unit',
			'en',
			{
				id: 'oak-unit',
				name: { text: 'Oak Supply Office' },
				href: '/en/units/oak-unit/',
				phone: '0839-5550141',
				tel: 'tel:08395550141',
			},
		],
		// Closed since: the name and phone published with the notice stay, without a link to a page that is gone.
		[
			'no longer in the directory',
			'closed-unit',
			'en',
			{ id: 'closed-unit', name: { text: '旧供电所', lang: 'zh-CN' }, phone: '0839-5550100', tel: 'tel:08395550100' },
		],
	] as const)('%s (%s, %s)', (_, id, locale, unit) => {
		const names = { 'oak-unit': { zh: '橡树供电所', en: 'Oak Supply Office' }, 'closed-unit': { zh: '旧供电所' } };
		const phone = id === 'oak-unit' ? '0839-5550141' : '0839-5550100';
		expect(model(notice({ unit: { id, name: names[id], phone } }), locale).unit).toEqual(unit);
	});
});

describe('site search', () => {
	test.each([
		['zh-cn', notice(), { districts: ['北区'], keywords: ['橡树村', '橡树'] }],
		// Keywords are the Chinese names and aliases whatever the page's language (people type Chinese); districts
		// are in the page's language (they are the filter's labels).
		['en', notice(), { districts: ['North'], keywords: ['橡树村', '橡树'] }],
		// People read the 台区 off their meter box, and search by the substation too.
		[
			'zh-cn',
			notice({ transformerDistricts: ['橡树村3组台区', '橡树村4组台区'], substation: '35kV 橡树变电站' }),
			{ districts: ['北区'], keywords: ['橡树村', '橡树', '橡树村3组台区', '橡树村4组台区', '35kV 橡树变电站'] },
		],
		// Two villages of one district give the district once; an unknown id adds nothing.
		[
			'zh-cn',
			notice({ areas: ['oak', 'elm', 'pine', 'nowhere'] }),
			{ districts: ['北区', '南区'], keywords: ['橡树村', '橡树', '榆树村', '松树村'] },
		],
		// A notice for a whole district files under that district.
		['en', notice({ areas: ['south'] }), { districts: ['South'], keywords: ['南区'] }],
	] as const)('%s %#', (locale, n, expected) => {
		const { search } = model(n, locale);
		expect({ type: search.type, districts: search.districts, keywords: search.keywords }).toEqual({
			type: 'outage',
			...expected,
		});
	});

	test.each([
		[
			'with 台区 and substation',
			notice({ transformerDistricts: ['橡树村3组台区'], substation: '35kV 橡树变电站' }),
			{ substation: '35kV 橡树变电站', transformerDistricts: ['橡树村3组台区'] },
		],
		['without', notice(), { substation: undefined, transformerDistricts: undefined }],
	] as const)('the page lists them: %s', (_, n, expected) => {
		const m = model(n, 'en');
		expect({ substation: m.substation, transformerDistricts: m.transformerDistricts }).toEqual(expected);
	});
});

describe('history and copy text', () => {
	const moved = notice({
		revision: 3,
		updatedAt: '2026-11-25T09:00:00+08:00',
		history: [
			{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
			{
				revision: 2,
				at: '2026-11-22T09:00:00+08:00',
				event: 'rescheduled',
				from: { start: '2026-12-02T08:00:00+08:00', end: '2026-12-02T17:30:00+08:00' },
				to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
				note: { zh: '配合道路施工' },
			},
			{ revision: 3, at: '2026-11-25T09:00:00+08:00', event: 'amended', note: { zh: '增加5组', en: 'Group 5 added' } },
		],
	});
	test.each([
		[
			'zh-cn',
			[
				{
					event: 'published',
					at: { iso: '2026-11-20T09:00:00+08:00', text: '2026年11月20日（周五）09:00' },
					text: '发布',
				},
				{
					event: 'rescheduled',
					at: { iso: '2026-11-22T09:00:00+08:00', text: '2026年11月22日（周日）09:00' },
					text: '改期：由 12月2日（周三）08:00 至 17:30，约 9.5 小时 改为 12月3日（周四）08:00 至 17:30，约 9.5 小时',
					note: { label: '原因', text: '配合道路施工' },
				},
				{
					event: 'amended',
					at: { iso: '2026-11-25T09:00:00+08:00', text: '2026年11月25日（周三）09:00' },
					text: '内容更新',
					note: { label: '更新内容', text: '增加5组' },
				},
			],
		],
		[
			'en',
			[
				{
					event: 'published',
					at: { iso: '2026-11-20T09:00:00+08:00', text: 'Friday 20 November 2026, 09:00' },
					text: 'Published',
				},
				{
					event: 'rescheduled',
					at: { iso: '2026-11-22T09:00:00+08:00', text: 'Sunday 22 November 2026, 09:00' },
					text: 'Rescheduled from Wednesday 2 December, 08:00 to 17:30 (about 9.5 hours) to Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)',
					note: { label: 'Reason', text: '配合道路施工', lang: 'zh-CN' },
				},
				{
					event: 'amended',
					at: { iso: '2026-11-25T09:00:00+08:00', text: 'Wednesday 25 November 2026, 09:00' },
					text: 'Details changed',
					note: { label: 'What changed', text: 'Group 5 added' },
				},
			],
		],
	] as const)('%s: every change, oldest first, in words', (locale, history) => {
		expect(model(moved, locale).history).toEqual(history);
	});

	// The line shows the change's time first: the words do not repeat it, and the note says what it is.
	test.each([
		['zh-cn', { event: 'cancelled', text: '取消', note: { label: '原因', text: '天气原因' } }],
		['en', { event: 'cancelled', text: 'Cancelled', note: { label: 'Reason', text: 'Storm warning' } }],
	] as const)('%s: a cancellation in the list of changes', (locale, line) => {
		const n = notice({
			...cancelled,
			history: [cancelled.history[0], { ...cancelled.history[1], note: { zh: '天气原因', en: 'Storm warning' } }],
		});
		const { at: _, ...last } = model(n, locale).history[1];
		expect(last).toEqual(line);
	});

	test.each([
		['zh-cn', notice(), '橡树村'],
		['en', notice(), 'Oak'],
		['zh-cn', cancelled, '取消'],
	] as const)('%s: the copy text is the notification text %#', (locale, n, word) => {
		const { copyText } = model(n, locale);
		expect(copyText).toContain(word);
		expect(copyText).toContain('0839-5550141');
	});
});

describe('QR code target', () => {
	test.each([
		['zh-cn', 'https://power.test.example/outages/n1/', '扫码查看最新情况：https://power.test.example/outages/n1/'],
		[
			'en',
			'https://power.test.example/en/outages/n1/',
			'Scan for the latest news: https://power.test.example/en/outages/n1/',
		],
	] as const)('%s: the page’s own address', (locale, url, label) => {
		const m = model(notice(), locale);
		expect(m.qr).toEqual({ url, label });
		expect(m.jsonLd.url).toBe(url);
		expect(m.path).toBe('/outages/n1/');
	});
});

test('the model is plain data: it survives JSON unchanged', () => {
	const m = model(
		notice({
			restoredAt: '2026-12-03T16:50:00+08:00',
			transformerDistricts: ['橡树村3组台区'],
			substation: '35kV 橡树变电站',
		}),
		'en',
	);
	expect(JSON.parse(JSON.stringify(m))).toEqual(m);
});

describe('the page key holds what the model is made of', () => {
	const coming = notice({ start: '2026-12-05T08:00:00+08:00', end: '2026-12-05T17:00:00+08:00' });
	const build = (n: Notice, now: Date, opts: { locale?: Locale; unitList?: Unit[]; hotline?: string } = {}) => {
		const { locale = 'zh-cn', unitList = [oakUnit], hotline = site.hotline } = opts;
		const s = { ...site, hotline };
		const keys = pageKeys(s, areaMap(), now, undefined, unitList);
		const m = noticePage(n, {
			site: s,
			areas: areaMap(),
			units: new Map(unitList.map((u) => [u.id, u])),
			status: keys.status(n),
			locale,
		});
		return { model: JSON.stringify(m), key: noticePageKey(n, locale, keys) };
	};
	// Built in each test, not when the file loads: a mutation run then knows which tests reach which code.
	const base = () => build(coming, NOW);
	test.each([
		['an hour passes, still upcoming', () => build(coming, new Date('2026-12-01T11:00:00+08:00'))],
		['it comes within 24 hours (starting soon)', () => build(coming, new Date('2026-12-04T09:00:00+08:00'))],
		['it starts', () => build(coming, new Date('2026-12-05T08:00:00+08:00'))],
		['its reason changes', () => build({ ...coming, reason: { zh: '改' } }, NOW)],
		['the page is in English', () => build(coming, NOW, { locale: 'en' })],
		['its unit leaves the directory', () => build(coming, NOW, { unitList: [] })],
		['the hotline changes', () => build(coming, NOW, { hotline: '95598-1' })],
	])('when %s, the key changes exactly when the model does', (_, other) => {
		const [a, b] = [other(), base()];
		expect(a.key === b.key).toBe(a.model === b.model);
	});

	// The key the notice page had before the model: the same parts give the same key, so moving it here changed
	// no page's key (a warm build after the change reuses every notice page).
	test.each(['zh-cn', 'en'] as const)('%s: the key is the one the page always had', (locale) => {
		const keys = pageKeys(site, areaMap(), NOW, () => 'digest', [oakUnit]);
		expect(noticePageKey(coming, locale, keys)).toBe(
			cacheKey(keys.base, locale, keys.notice(coming), keys.status(coming)),
		);
	});
});
