import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { createFeedSet } from '../../../src/lib/feeds/feed-set.ts';
import { calendarText, eventBlock, eventData, eventSequence, eventUid } from '../../../src/lib/feeds/ics.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { byId, feedFixture, trickyNotice } from './feed-fixtures.ts';

const { ctx, notices } = feedFixture();
const feeds = createFeedSet(notices, ctx);

/** The VEVENTs of an iCalendar text, parsed by ical.js. */
function parseEvents(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	return cal.getAllSubcomponents('vevent').map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
}

/** The physical lines of an iCalendar text (CRLF-separated), without the final empty one. */
function physicalLines(text: string): string[] {
	expect(text.endsWith('\r\n')).toBe(true);
	return text.slice(0, -2).split('\r\n');
}

describe('UID and SEQUENCE', () => {
	test.each([
		['qs-20261201-guanmou-cun', 'https://power.qingshan.example', 'qs-20261201-guanmou-cun@power.qingshan.example'],
		['x-1', 'https://example.org:8443', 'x-1@example.org:8443'],
	])('eventUid(%s, %s) = %s', (id, base, uid) => {
		expect(eventUid(id, base)).toBe(uid);
	});

	test.each([
		[1, 0],
		[2, 1],
		[7, 6],
	])('revision %i gives SEQUENCE %i', (revision, sequence) => {
		expect(eventSequence({ revision })).toBe(sequence);
	});
});

describe('one notice as a calendar event, parsed back with ical.js', () => {
	test.each([
		// id, status, sequence, summary starts with (zh)
		['qs-20261201-guanmou-cun', 'CONFIRMED', 0, '停电（计划检修）：'],
		['qs-20261205-lianhua', 'CANCELLED', 1, '【已取消】停电（'],
		['qs-20261210-zhongba', 'CONFIRMED', 1, '【已改期】停电（'],
		['qs-20261204-xinhua', 'CONFIRMED', 0, '停电（'],
	])('%s: STATUS %s, SEQUENCE %i', (id, status, sequence, summaryStart) => {
		const notice = byId(notices, id);
		const [{ vevent, event }, ...rest] = parseEvents(feeds.noticeIcs(id, 'zh-cn'));
		expect(rest).toEqual([]);
		expect(event.uid).toBe(`${id}@power.qingshan.example`);
		expect(event.sequence).toBe(sequence);
		expect(vevent.getFirstPropertyValue('status')).toBe(status);
		expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(notice.start));
		expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(notice.end));
		expect(event.startDate.isDate).toBe(false);
		expect(event.startDate.zone.tzid).toBe('UTC');
		// DTSTAMP is when the notice last changed, never the build time.
		expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(
			Date.parse(notice.updatedAt),
		);
		expect(event.summary.startsWith(summaryStart)).toBe(true);
		expect(vevent.getFirstPropertyValue('url')).toBe(`https://power.qingshan.example/outages/${id}/`);
	});

	test("a one-event file adds the event to the reader's calendar; a subscription names itself and its refresh", () => {
		const single = feeds.noticeIcs('qs-20261201-guanmou-cun', 'zh-cn');
		expect(single).toMatch(
			/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Qingshan County Power Supply Bureau\/\/Outage notices\/\/ZH\r\nBEGIN:VEVENT\r\n/,
		);
		expect(single).not.toMatch(/X-WR-CALNAME|REFRESH-INTERVAL/);
		const subscription = feeds.areaIcs('guanmou', 'zh-cn').replace(/\r\n /g, '');
		expect(subscription).toContain('X-WR-CALNAME:青山县供电局停电通知：关牟镇\r\n');
		expect(subscription).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT3H\r\n');
		expect(subscription).toContain('SOURCE;VALUE=URI:https://power.qingshan.example/areas/guanmou.ics\r\n');
	});

	test('a rescheduled notice carries its new window and says where it moved from', () => {
		const notice = byId(notices, 'qs-20261210-zhongba');
		const { event } = parseEvents(feeds.noticeIcs(notice.id, 'en'))[0];
		expect(event.startDate.toJSDate().toISOString()).toBe(new Date(notice.start).toISOString());
		expect(event.description).toMatch(/Change of time: Moved from Monday 7 December/);
	});

	test('the overnight window ends the next morning', () => {
		const { event } = parseEvents(feeds.noticeIcs('qs-20261204-xinhua', 'zh-cn'))[0];
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-04T14:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-04T21:00:00.000Z');
	});

	test.each(['zh-cn', 'en'] as const)('English falls back to Chinese; texts in %s', (locale) => {
		const notice = { ...byId(notices, 'qs-20261201-guanmou-cun'), reason: { zh: '只有中文的原因' } };
		const text = calendarText(
			[eventBlock(eventData(notice, ctx, locale))],
			{ name: 'n', pagePath: '/', selfPath: '/x.ics' },
			ctx,
			locale,
		);
		expect(parseEvents(text)[0].event.description).toContain('只有中文的原因');
	});
});

describe('escaping and line folding', () => {
	const tricky = trickyNotice(byId(notices, 'qs-20261201-guanmou-cun'));
	const text = calendarText(
		[eventBlock(eventData(tricky, ctx, 'zh-cn'))],
		{ name: '青山县供电局停电通知', pagePath: '/outages/', selfPath: '/outages.ics' },
		ctx,
		'zh-cn',
	);
	const lines = physicalLines(text);

	test('no line is longer than 75 octets, and no line splits a UTF-8 character', () => {
		for (const line of lines) {
			const bytes = Buffer.from(line, 'utf8');
			expect(bytes.length).toBeLessThanOrEqual(75);
			// Each physical line decodes on its own: a split multi-byte character would not round-trip.
			expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
		}
		expect(lines.some((l) => l.startsWith(' '))).toBe(true);
	});

	test('unfolding and unescaping give back the exact Chinese text, commas, semicolons, backslashes and newlines', () => {
		const { event } = parseEvents(text)[0];
		expect(event.description).toContain(`停电范围：${tricky.scope.zh}`);
		expect(event.description).toContain(`停电原因：${tricky.reason.zh}`);
	});

	test('TEXT values are escaped on the wire', () => {
		const unfolded = text.replace(/\r\n /g, '');
		expect(unfolded).toContain('；A区\\,B区\\\\C区\\n第二行');
		expect(unfolded).not.toMatch(/[^\r]\n/);
	});

	test.each([
		['a plain ASCII line', 'x'.repeat(200)],
		['CJK', '停'.repeat(100)],
		['mixed', `a${'电'.repeat(30)}b${'😀'.repeat(20)}`],
	])('long %s folds and unfolds exactly', (_name, value) => {
		const n = { ...tricky, scope: { zh: value } };
		const out = calendarText(
			[eventBlock(eventData(n, ctx, 'zh-cn'))],
			{ name: 'n', pagePath: '/', selfPath: '/x.ics' },
			ctx,
			'zh-cn',
		);
		for (const line of physicalLines(out)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(parseEvents(out)[0].event.description).toContain(`停电范围：${value}`);
	});
});

describe('calendars of many notices', () => {
	test('an area calendar includes the notices of the areas inside it', () => {
		const town = parseEvents(feeds.areaIcs('guanmou', 'zh-cn')).map((e) => e.event.uid);
		const village = parseEvents(feeds.areaIcs('guanmou-cun', 'zh-cn')).map((e) => e.event.uid);
		expect(village.length).toBeGreaterThan(0);
		for (const uid of village) expect(town).toContain(uid);
		expect(town.length).toBeGreaterThan(village.length);
	});

	test('the full calendar has one event per notice, same UIDs in both languages, in time order', () => {
		const zh = parseEvents(feeds.allIcs('zh-cn')).map((e) => e.event);
		const en = parseEvents(feeds.allIcs('en')).map((e) => e.event);
		expect(zh.map((e) => e.uid).sort()).toEqual(notices.map((n) => `${n.id}@power.qingshan.example`).sort());
		expect(en.map((e) => e.uid)).toEqual(zh.map((e) => e.uid));
		const starts = zh.map((e) => e.startDate.toJSDate().getTime());
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	test('the calendar is the same bytes whatever the host time zone', () => {
		const before = process.env.TZ;
		try {
			const outputs = ['UTC', 'America/New_York', 'Asia/Kolkata'].map((tz) => {
				process.env.TZ = tz;
				return createFeedSet(notices, ctx).allIcs('en');
			});
			expect(outputs[1]).toBe(outputs[0]);
			expect(outputs[2]).toBe(outputs[0]);
		} finally {
			if (before === undefined) delete process.env.TZ;
			else process.env.TZ = before;
		}
	});
});

describe('a utility in a zone with daylight saving time', () => {
	const { ctx: nyCtx } = feedFixture('America/New_York');
	const base = byId(notices, 'qs-20261201-guanmou-cun');
	// 01:30 EST to 03:30 EDT on the day the clocks go forward: one hour without power.
	const notice: Notice = { ...base, start: '2026-03-08T01:30:00-05:00', end: '2026-03-08T03:30:00-04:00' };

	test('times are the exact instants, in UTC', () => {
		const text = calendarText(
			[eventBlock(eventData(notice, nyCtx, 'en'))],
			{ name: 'n', pagePath: '/', selfPath: '/x.ics' },
			nyCtx,
			'en',
		);
		expect(text).toContain('DTSTART:20260308T063000Z\r\n');
		expect(text).toContain('DTEND:20260308T073000Z\r\n');
		const { event } = parseEvents(text)[0];
		expect(event.duration.toSeconds()).toBe(3600);
	});
});
