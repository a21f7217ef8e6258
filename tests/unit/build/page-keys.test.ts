import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { pageKeys } from '../../../src/lib/build/page-keys.ts';
import { alertsToRender } from '../../../src/lib/outages/alerts.ts';
import { buildAreaNoticeIndex } from '../../../src/lib/outages/area-index.ts';
import { areaPageKey, areaPageModel } from '../../../src/lib/outages/area-page.ts';
import { recordLastDay } from '../../../src/lib/outages/record.ts';
import type { Alert } from '../../../src/schemas/alert.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { validNotice } from '../helpers.ts';

/**
 * Incremental-build keys decide whether a page is rendered again: a key that misses something the page shows
 * leaves a stale page (warm ≠ cold); a key that holds something it does not show rebuilds pages for nothing.
 */
const site = siteSchema.parse({
	name: { zh: '测试供电局', en: 'Test Power' },
	hotline: '0839-5550199',
	timeZone: 'Asia/Shanghai',
	baseUrl: 'https://power.test.example',
});
const tree: AreaNodeInput[] = [
	{
		id: 'north',
		kind: 'district',
		name: { zh: '北区', en: 'North' },
		children: [
			{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak' } },
			{ id: 'elm', kind: 'village', name: { zh: '榆树村', en: 'Elm' } },
		],
	},
];
const { areas } = flattenAreaTree(tree);
const NOW = new Date('2026-12-01T10:00:00+08:00');
const HOUR_LATER = new Date('2026-12-01T11:00:00+08:00');
const ended = validNotice({
	id: 'ended',
	areas: ['oak'],
	start: '2026-11-03T08:00:00+08:00',
	end: '2026-11-03T17:00:00+08:00',
});
const coming = validNotice({
	id: 'coming',
	areas: ['oak'],
	start: '2026-12-05T08:00:00+08:00',
	end: '2026-12-05T17:00:00+08:00',
});
const elsewhere = validNotice({
	id: 'elsewhere',
	areas: ['elm'],
	start: '2026-11-10T08:00:00+08:00',
	end: '2026-11-10T17:00:00+08:00',
});
const storm: Alert = {
	id: 'storm',
	title: { zh: '大风' },
	text: { zh: '大风' },
	areas: ['oak'],
	severity: 'warning',
	start: '2026-12-01T09:00:00+08:00',
	expiry: '2026-12-02T09:00:00+08:00',
};

function key(areaId: string, notices: Notice[], now: Date, alerts: Alert[] = [], locale: 'zh-cn' | 'en' = 'zh-cn') {
	const data = {
		site,
		areas,
		areaIndex: buildAreaNoticeIndex(areas, notices),
		alerts: alertsToRender(alerts, now),
		now,
		keys: pageKeys(site, areas, now),
	};
	return areaPageKey(areaPageModel(areas.get(areaId)!, data), locale, data);
}

describe('area page keys', () => {
	const base = key('oak', [ended, elsewhere], NOW);
	test.each([
		['the clock moves on and every status shown is final', key('oak', [ended, elsewhere], HOUR_LATER), true],
		['a notice of another village changes', key('oak', [ended, { ...elsewhere, reason: { zh: '改' } }], NOW), true],
		['a notice of the village changes', key('oak', [{ ...ended, reason: { zh: '改' } }, elsewhere], NOW), false],
		['a notice is added to the village', key('oak', [ended, elsewhere, coming], NOW), false],
		['an alert for the village is published', key('oak', [ended, elsewhere], NOW, [storm]), false],
		['the page is the other language', key('oak', [ended, elsewhere], NOW, [], 'en'), false],
		['the page is another village', key('elm', [ended, elsewhere], NOW), false],
	])('when %s, the key stays: %s', (_, other, same) => {
		expect(other === base).toBe(same);
	});

	test.each([
		// No "as of" time on the page: an hour later with the same statuses is the same page.
		['an hour passes, the outage still upcoming', '2026-12-01T11:00:00+08:00', true],
		// 24 hours before its start it becomes "starting soon": the page shows another status.
		['the outage comes within 24 hours', '2026-12-04T09:00:00+08:00', false],
		['the outage starts', '2026-12-05T08:00:00+08:00', false],
	])('a page with a status that can still change: when %s, the key stays: %s', (_, later, same) => {
		expect(key('oak', [coming], new Date(later)) === key('oak', [coming], NOW)).toBe(same);
	});

	// The record and the "ended in the last 7 days" list move at midnight, not with each hourly build: before, an
	// outage in progress changed the record's hours of its areas (and of the areas around and inside them) every hour.
	const today = validNotice({
		id: 'today',
		areas: ['oak'],
		start: '2026-12-01T08:00:00+08:00',
		end: '2026-12-01T17:00:00+08:00',
	});
	const weekAgo = validNotice({
		id: 'week-ago',
		areas: ['oak'],
		start: '2026-11-24T08:00:00+08:00',
		end: '2026-11-24T10:30:00+08:00',
	});
	test.each([
		['an outage in progress goes on an hour', true, [today], '2026-12-01T11:00:00+08:00'],
		['an outage ended 7 days ago passes the hour it ended', true, [weekAgo], '2026-12-01T11:00:00+08:00'],
		['the date changes (the record covers one more day)', false, [weekAgo], '2026-12-02T00:30:00+08:00'],
		['the outage in progress ends', false, [today], '2026-12-01T17:00:00+08:00'],
	])('when %s, the key stays: %s', (_, same, notices, later) => {
		expect(key('oak', notices, new Date(later)) === key('oak', notices, NOW)).toBe(same);
	});

	test('the record counts whole days up to today: an outage in progress counts from the next day, the period names its last day', () => {
		const data = (now: Date) => ({
			site,
			areas,
			areaIndex: buildAreaNoticeIndex(areas, [today, weekAgo]),
			alerts: [],
			now,
			keys: pageKeys(site, areas, now),
		});
		const model = areaPageModel(areas.get('oak')!, data(NOW));
		expect([model.record.count, model.record.hours, model.record.to]).toEqual([1, 2.5, '2026-11-30T16:00:00.000Z']);
		expect(recordLastDay(model.record).toISOString()).toBe('2026-11-30T15:59:59.999Z');
		expect(model.list.recent.map((i) => i.notice.id)).toEqual(['week-ago']);
		const tomorrow = areaPageModel(areas.get('oak')!, data(new Date('2026-12-02T09:00:00+08:00')));
		expect([tomorrow.record.count, tomorrow.record.hours]).toEqual([2, 11.5]);
		// 2026-11-24 is more than 7 days before the start of 2 December: it has moved to the earlier outages.
		expect(tomorrow.list.recent.map((i) => i.notice.id)).toEqual(['today']);
		expect(tomorrow.earlier.map((n) => n.id)).toEqual(['week-ago']);
	});

	test('the district page rolls up its villages: a village notice changes it', () => {
		expect(key('north', [ended, { ...elsewhere, reason: { zh: '改' } }], NOW)).not.toBe(
			key('north', [ended, elsewhere], NOW),
		);
	});
});

describe('notice keys', () => {
	test.each([
		['ended', ended, NOW, HOUR_LATER, true],
		['cancelled', { ...coming, lifecycle: 'cancelled' as const }, NOW, HOUR_LATER, true],
		['upcoming (shows "as of")', coming, NOW, HOUR_LATER, false],
	])('a %s notice keeps its live key as the clock moves on: %s', (_, n, a, b, same) => {
		expect(pageKeys(site, areas, a).live(n) === pageKeys(site, areas, b).live(n)).toBe(same);
	});

	test.each([
		['an hour later, still upcoming', coming, '2026-12-01T11:00:00+08:00', 'upcoming'],
		['24 hours before the start', coming, '2026-12-04T08:00:00+08:00', 'soon'],
		['at the start', coming, '2026-12-05T08:00:00+08:00', 'in-progress'],
		['ended', ended, '2026-12-01T11:00:00+08:00', 'ended'],
	])('a notice page keys on its status alone: %s → %s', (_, n, at, status) => {
		expect(pageKeys(site, areas, new Date(at)).status(n)).toBe(status);
	});

	test('the content layer’s digest is used where there is one', () => {
		expect(pageKeys(site, areas, NOW, () => 'astro-digest').notice(ended)).toBe('astro-digest');
		expect(pageKeys(site, areas, NOW).notice(ended)).not.toBe(pageKeys(site, areas, NOW).notice(coming));
	});

	test('a change to the site settings or the area tree changes every page’s base', () => {
		const keys = pageKeys(site, areas, NOW);
		expect(pageKeys({ ...site, hotline: '95598-1' }, areas, NOW).base).not.toBe(keys.base);
		expect(pageKeys(site, flattenAreaTree([{ ...tree[0], name: { zh: '北区2' } }]).areas, NOW).base).not.toBe(
			keys.base,
		);
		expect(pageKeys(site, areas, HOUR_LATER).base).toBe(keys.base);
		// Area and notice pages name and link the supply units: a changed unit changes every page's base.
		const unit = {
			id: 'u',
			name: { zh: '城关供电所' },
			otherNames: [],
			phones: [{ number: '0839-5550131' }],
			address: { zh: '府前路18号' },
			hours: { zh: '8:30–17:30' },
			areas: ['x'],
			services: [],
		};
		const withUnit = pageKeys(site, areas, NOW, undefined, [unit]).base;
		expect(withUnit).not.toBe(keys.base);
		expect(pageKeys(site, areas, NOW, undefined, [{ ...unit, hours: { zh: '9:00–17:00' } }]).base).not.toBe(withUnit);
	});
});
