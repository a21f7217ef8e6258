/**
 * iCalendar, module by module: the event of one notice property by property (read back by ical.js), the VEVENT
 * block, and the calendar around the blocks (a subscription names itself and says how often to refresh; a
 * one-event file does not). Inputs are built in each test (small-site.ts).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
	calendarText,
	eventBlock,
	eventData,
	eventSequence,
	eventUid,
	ICS_REFRESH_SECONDS,
} from '../../../src/lib/feeds/ics.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { BASE, feedNotice, smallCtx } from './small-site.ts';

/** The calendar's own properties and its events' properties, as ical.js reads them. */
function read(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	const props = (c: ICAL.Component) =>
		Object.fromEntries(c.getAllProperties().map((p) => [p.name, String(p.getFirstValue())]));
	return { calendar: props(cal), events: cal.getAllSubcomponents('vevent').map(props) };
}
const block = (n: Notice = feedNotice(), locale: 'zh-cn' | 'en' = 'zh-cn') =>
	eventBlock(eventData(n, smallCtx(), locale));
const subscription = { name: '青山供电停电通知', pagePath: '/outages/', selfPath: '/outages.ics' };

describe('eventUid and eventSequence', () => {
	it.each([
		['n1', 'https://power.example.org', 'n1@power.example.org'],
		['n1', 'https://power.example.org/site/', 'n1@power.example.org'],
		['qs-2026-01', 'http://localhost:4321', 'qs-2026-01@localhost:4321'],
	])('%s at %s: %s', (id, base, uid) => {
		expect(eventUid(id, base)).toBe(uid);
	});

	it.each([
		[1, 0],
		[2, 1],
		[7, 6],
	])('revision %i is SEQUENCE %i', (revision, sequence) => {
		expect(eventSequence({ revision })).toBe(sequence);
	});
});

describe('one notice’s event', () => {
	it('carries the notice: times in UTC, its words, its page, stamped with its own last change', () => {
		const { events } = read(calendarText([block()], subscription, smallCtx(), 'zh-cn'));
		expect(events).toEqual([
			{
				uid: 'n1@power.example.org',
				sequence: '0',
				dtstamp: '2026-11-20T01:00:00Z',
				dtstart: '2026-12-03T00:00:00Z',
				dtend: '2026-12-03T09:30:00Z',
				summary: '停电（计划检修）：橡树村',
				transp: 'TRANSPARENT',
				location: '橡树村',
				description: [
					'停电时间：12月3日（周四）08:00 至 17:30，约 9.5 小时',
					'停电区域：橡树村',
					'停电范围：橡树村1-5组',
					'线路/设备：10kV 林线',
					'停电原因：更换电杆',
					'供电所：林镇供电所 0839-5550141',
					`详情：${BASE}/outages/n1/`,
				].join('\n'),
				url: `${BASE}/outages/n1/`,
				status: 'CONFIRMED',
				created: '2026-11-20T01:00:00Z',
				'last-modified': '2026-11-20T01:00:00Z',
			},
		]);
	});

	it('changed: a higher SEQUENCE, stamped and modified at the change, created at the publication', () => {
		const n = feedNotice({}, [{ at: '2026-11-25T10:30:00+08:00', event: 'amended' }]);
		const [event] = read(calendarText([block(n)], subscription, smallCtx(), 'zh-cn')).events;
		expect([event.sequence, event.dtstamp, event['last-modified'], event.created]).toEqual([
			'1',
			'2026-11-25T02:30:00Z',
			'2026-11-25T02:30:00Z',
			'2026-11-20T01:00:00Z',
		]);
	});

	it('cancelled: STATUS:CANCELLED', () => {
		const n = feedNotice(
			{ lifecycle: 'cancelled', cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气原因' } } },
			[{ at: '2026-11-30T09:00:00+08:00', event: 'cancelled' }],
		);
		const [event] = read(calendarText([block(n)], subscription, smallCtx(), 'zh-cn')).events;
		expect([event.status, event.summary]).toEqual(['CANCELLED', '【已取消】停电（计划检修）：橡树村']);
	});

	it('power back: the event ends when it came back', () => {
		const n = feedNotice({ restoredAt: '2026-12-03T16:00:00+08:00' }, [
			{ at: '2026-12-03T16:10:00+08:00', event: 'restored', restoredAt: '2026-12-03T16:00:00+08:00' },
		]);
		expect(read(calendarText([block(n)], subscription, smallCtx(), 'zh-cn')).events[0].dtend).toBe(
			'2026-12-03T08:00:00Z',
		);
	});

	it('in English: English words and the English page', () => {
		const [event] = read(calendarText([block(feedNotice(), 'en')], subscription, smallCtx(), 'en')).events;
		expect([event.summary, event.location, event.url]).toEqual([
			'Power cut (planned maintenance): Oak Village',
			'Oak Village',
			`${BASE}/en/outages/n1/`,
		]);
	});
});

describe('eventBlock', () => {
	it('is the VEVENT alone, CRLF line ends, folded at 75 octets', () => {
		const b = block();
		expect(b.startsWith('BEGIN:VEVENT\r\nUID:n1@power.example.org\r\n')).toBe(true);
		expect(b.endsWith('\r\nEND:VEVENT\r\n')).toBe(true);
		expect(
			b
				.split('\r\n')
				.slice(0, -1)
				.every((line) => Buffer.byteLength(line) <= 75),
		).toBe(true);
		expect(b).not.toContain('VCALENDAR');
	});
});

describe('calendarText', () => {
	it('a subscription: names itself, describes itself, says where it lives and how often to refresh', () => {
		const text = calendarText([block(), block(feedNotice({ id: 'n2' }))], subscription, smallCtx(), 'zh-cn');
		const { calendar, events } = read(text);
		expect(calendar).toEqual({
			version: '2.0',
			prodid: '-//Qingshan Power//Outage notices//ZH',
			url: `${BASE}/outages/`,
			source: `${BASE}/outages.ics`,
			name: '青山供电停电通知',
			'x-wr-calname': '青山供电停电通知',
			'x-wr-caldesc': '供电企业发布的计划停电及临时停电通知。时间以日历所在时区显示。',
			'refresh-interval': 'PT3H',
			'x-published-ttl': 'PT3H',
		});
		expect(ICS_REFRESH_SECONDS).toBe(3 * 3600);
		expect(events.map((e) => e.uid)).toEqual(['n1@power.example.org', 'n2@power.example.org']);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
	});

	it('in English: the English product id and description', () => {
		const { calendar } = read(calendarText([], { ...subscription, name: 'Power cuts' }, smallCtx(), 'en'));
		expect([calendar.prodid, calendar.name, calendar['x-wr-caldesc']]).toEqual([
			'-//Qingshan Power//Outage notices//EN',
			'Power cuts',
			'Planned and short-notice power cuts announced by the utility. Times show in your calendar’s time zone.',
		]);
	});

	it('one event to add: no name, no refresh, nothing that would make an app create a calendar', () => {
		const text = calendarText([block()], { ...subscription, single: true }, smallCtx(), 'zh-cn');
		expect(read(text).calendar).toEqual({ version: '2.0', prodid: '-//Qingshan Power//Outage notices//ZH' });
		expect(read(text).events).toHaveLength(1);
		expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
	});

	it('an empty calendar is still a calendar', () => {
		const text = calendarText([], subscription, smallCtx(), 'zh-cn');
		expect(read(text).events).toEqual([]);
		expect(text.endsWith('PT3H\r\nEND:VCALENDAR\r\n')).toBe(true);
	});
});
