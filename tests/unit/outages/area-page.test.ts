/**
 * What an area page shows, part by part: where the area is, what is inside it, who serves it, which alerts, the
 * list (on now, coming, ended in the last days), the record of whole days up to today, the earlier outages of the
 * year and the chart; and the page key, which moves exactly when what the page shows does. Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { pageKeys } from '../../../src/lib/build/page-keys.ts';
import { alertsToRender } from '../../../src/lib/outages/alerts.ts';
import { buildAreaNoticeIndex } from '../../../src/lib/outages/area-index.ts';
import { areaPageKey, areaPageModel, EARLIER_SHOWN } from '../../../src/lib/outages/area-page.ts';
import type { Alert } from '../../../src/schemas/alert.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { validNotice } from '../helpers.ts';

const site = siteSchema.parse({
	name: { zh: '测试供电局', en: 'Test Power' },
	hotline: '0839-5550199',
	timeZone: 'Asia/Shanghai',
	baseUrl: 'https://power.test.example',
});
/** north ▸ lin (town) ▸ oak, elm, ash (villages; in pinyin order ash 白蜡 bai, oak 橡 xiang, elm 榆 yu); south. */
const areas = () =>
	flattenAreaTree([
		{
			id: 'north',
			kind: 'district',
			name: { zh: '北区' },
			children: [
				{
					id: 'lin',
					kind: 'town',
					name: { zh: '林镇' },
					children: [
						{ id: 'oak', kind: 'village', name: { zh: '橡树村' } },
						{ id: 'elm', kind: 'village', name: { zh: '榆树村' } },
						{ id: 'ash', kind: 'village', name: { zh: '白蜡村' } },
					],
				},
			],
		},
		{ id: 'south', kind: 'district', name: { zh: '南区' } },
	]).areas;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const on = (id: string, start: string, end: string, where = ['oak'], more: Partial<Notice> = {}): Notice =>
	validNotice({ id, areas: where, start: `${start}+08:00`, end: `${end}+08:00`, ...more });
const unit = (id: string, served: string[]): Unit => ({
	id,
	name: { zh: id },
	otherNames: [],
	phones: [{ number: '0839-5550131' }],
	address: { zh: '地址' },
	hours: { zh: '8:30–17:30' },
	areas: served,
	services: [],
});
const alert = (id: string, where: string[], more: Partial<Alert> = {}): Alert => ({
	id,
	title: { zh: id },
	text: { zh: id },
	areas: where,
	severity: 'warning',
	start: '2026-12-01T08:00:00+08:00',
	expiry: '2026-12-02T08:00:00+08:00',
	...more,
});

function data(notices: Notice[], now = NOW, alerts: Alert[] = [], units: Unit[] = []) {
	const map = areas();
	return {
		site,
		areas: map,
		areaIndex: buildAreaNoticeIndex(map, notices),
		alerts: alertsToRender(alerts, now),
		now,
		units: new Map(units.map((u) => [u.id, u])),
		keys: pageKeys(site, map, now),
	};
}
const model = (id: string, d: ReturnType<typeof data>) => areaPageModel(d.areas.get(id)!, d);
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

describe('where the area is and what is inside it', () => {
	it.each([
		['oak', ['north', 'lin'], 'north', []],
		['lin', ['north'], 'north', ['ash', 'oak', 'elm']],
		['north', [], 'north', ['lin']],
		['south', [], 'south', []],
	])('%s: ancestors %j, district %s, children in pinyin order %j', (id, ancestors, district, children) => {
		const m = model(id, data([]));
		expect([ids(m.ancestors), m.district.id, ids(m.children), m.area.id]).toEqual([ancestors, district, children, id]);
	});

	it('the units serving it, nearest first; none without a directory', () => {
		const units = [unit('district-unit', ['north']), unit('town-unit', ['lin']), unit('elsewhere', ['south'])];
		expect(ids(model('oak', data([], NOW, [], units)).units)).toEqual(['town-unit', 'district-unit']);
		const d = data([]);
		expect(areaPageModel(d.areas.get('oak')!, { ...d, units: undefined }).units).toEqual([]);
	});

	it('the alerts naming it, an area around it or one inside it, not the whole service area’s', () => {
		const alerts = [
			alert('town', ['lin']),
			alert('village', ['elm']),
			alert('all', []),
			alert('south', ['south']),
			alert('oak', ['oak']),
		];
		expect(ids(model('oak', data([], NOW, alerts)).alerts)).toEqual(['oak', 'town']);
		expect(ids(model('lin', data([], NOW, alerts)).alerts)).toEqual(['oak', 'town', 'village']);
	});
});

describe('the outages', () => {
	const notices = () => [
		on('now', '2026-12-01T08:00:00', '2026-12-01T12:00:00'),
		on('coming', '2026-12-05T08:00:00', '2026-12-05T12:00:00'),
		// Named for the town: on the town's page, and in the village's chart, not in the village's list.
		on('town-wide', '2026-11-20T08:00:00', '2026-11-20T10:00:00', ['lin']),
		on('yesterday', '2026-11-30T08:00:00', '2026-11-30T12:00:00'),
		// Ended 7 days before today began: still listed; a minute earlier: earlier outages.
		on('week', '2026-11-24T00:00:00', '2026-11-24T00:01:00'),
		on('week-minus', '2026-11-23T22:00:00', '2026-11-23T23:59:00'),
		on('spring', '2026-03-01T08:00:00', '2026-03-01T10:00:00'),
		on('last-year', '2025-11-30T08:00:00', '2025-11-30T10:00:00'),
		on('elsewhere', '2026-11-30T08:00:00', '2026-11-30T12:00:00', ['south']),
	];

	it('lists what is on now and coming, and what ended since seven days before today began', () => {
		const m = model('oak', data(notices()));
		expect(m.list.current.map((i) => [i.notice.id, i.status])).toEqual([
			['now', 'in-progress'],
			['coming', 'upcoming'],
		]);
		expect(ids(m.list.recent.map((i) => i.notice))).toEqual(['yesterday', 'week']);
		expect(m.live).toBe(true);
	});

	it('earlier: ended, within the record’s year, not in the list, newest first', () => {
		expect(ids(model('oak', data(notices())).earlier)).toEqual(['week-minus', 'spring']);
	});

	it('earlier: an outage ending exactly where the record’s year begins is not in it', () => {
		// The record runs from 1 December 2025 00:00 (whole days up to today).
		const edge = [
			on('at-edge', '2025-11-30T22:00:00', '2025-12-01T00:00:00'),
			on('just-in', '2025-11-30T22:00:00', '2025-12-01T00:01:00'),
		];
		expect(ids(model('oak', data(edge)).earlier)).toEqual(['just-in']);
	});

	it(`earlier: the latest ${EARLIER_SHOWN} only`, () => {
		const many = Array.from({ length: 25 }, (_, i) => {
			const day = String(i + 1).padStart(2, '0');
			return on(`m${day}`, `2026-10-${day}T08:00:00`, `2026-10-${day}T09:00:00`);
		});
		const earlier = model('oak', data(many)).earlier;
		expect(earlier).toHaveLength(20);
		expect([earlier[0].id, earlier.at(-1)?.id]).toEqual(['m25', 'm06']);
	});

	it('not live when every status shown is final', () => {
		const m = model('oak', data([on('yesterday', '2026-11-30T08:00:00', '2026-11-30T12:00:00')]));
		expect(m.live).toBe(false);
		const ending = model(
			'oak',
			data([on('now', '2026-12-01T08:00:00', '2026-12-01T12:00:00')], new Date('2026-12-01T13:00:00+08:00')),
		);
		expect(ending.list.recent.map((i) => i.status)).toEqual(['ended']);
		expect(ending.live).toBe(false);
	});

	it('the record covers whole days up to today: an outage on now counts from tomorrow', () => {
		const m = model('oak', data(notices()));
		expect(m.record.to).toBe('2026-11-30T16:00:00.000Z');
		expect(m.record.from).toBe('2025-11-30T16:00:00.000Z');
		// yesterday 4 h, week 1 min, week-minus 1 h 59 min, spring 2 h; last-year ended before the period.
		expect([m.record.count, m.record.hours]).toEqual([4, 8]);
	});

	it('the chart counts the twelve months’ outages affecting the area, those named for the town included', () => {
		const m = model('oak', data(notices()));
		expect(m.chart).toHaveLength(13);
		expect(m.chart.filter((c) => c.outages > 0).map((c) => [c.month, c.outages])).toEqual([
			['2026-03', 1],
			['2026-11', 4],
			['2026-12', 1],
		]);
	});
});

describe('the page key', () => {
	const key = (id: string, notices: Notice[], now = NOW, alerts: Alert[] = [], locale: 'zh-cn' | 'en' = 'zh-cn') => {
		const d = data(notices, now, alerts);
		return areaPageKey(model(id, d), locale, d);
	};
	const ended = () => on('ended', '2026-11-30T08:00:00', '2026-11-30T12:00:00');
	const coming = () => on('coming', '2026-12-05T08:00:00', '2026-12-05T12:00:00');

	it.each([
		[
			'an hour later, the same statuses',
			() => key('oak', [ended(), coming()], new Date('2026-12-01T11:00:00+08:00')),
			true,
		],
		['the other language', () => key('oak', [ended(), coming()], NOW, [], 'en'), false],
		['another area', () => key('elm', [ended(), coming()]), false],
		[
			'a status changes (within 24 hours: soon)',
			() => key('oak', [ended(), coming()], new Date('2026-12-04T09:00:00+08:00')),
			false,
		],
		['a notice changes', () => key('oak', [ended(), { ...coming(), reason: { zh: '改' } }]), false],
		['an alert for the area is published', () => key('oak', [ended(), coming()], NOW, [alert('a', ['oak'])]), false],
		[
			'the date changes (the record covers one more day)',
			() => key('oak', [ended(), coming()], new Date('2026-12-02T00:30:00+08:00')),
			false,
		],
		[
			'an earlier outage is added',
			() => key('oak', [ended(), coming(), on('spring', '2026-03-01T08:00:00', '2026-03-01T10:00:00')]),
			false,
		],
	])('%s: the same key %s', (_what, other, same) => {
		expect(other() === key('oak', [ended(), coming()])).toBe(same);
	});

	it('an alert that starts showing changes the key', () => {
		const later = alert('later', ['oak'], { start: '2026-12-01T10:30:00+08:00' });
		expect(key('oak', [], NOW, [later])).not.toBe(key('oak', [], new Date('2026-12-01T10:45:00+08:00'), [later]));
	});
});
