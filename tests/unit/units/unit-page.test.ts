/**
 * A unit's page model and key; the directory's lookups at their edges (a name shared by two units, the order of
 * the closest names, the suggestions for a row without a unit). Inputs built here.
 */
import { describe, expect, it } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { pageKeys } from '../../../src/lib/build/page-keys.ts';
import { buildAreaNoticeIndex } from '../../../src/lib/outages/area-index.ts';
import { resolveUnit, UnitDirectory, unitNameKey } from '../../../src/lib/units/directory.ts';
import { unitPageKey, unitPageModel } from '../../../src/lib/units/unit-page.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { validNotice } from '../helpers.ts';

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
					],
				},
			],
		},
		{ id: 'south', kind: 'district', name: { zh: '南区' } },
	]).areas;
const unit = (id: string, zh: string, served: string[] = [], more: Partial<Unit> = {}): Unit => ({
	id,
	name: { zh },
	otherNames: [],
	phones: [{ number: '0839-5550131' }],
	address: { zh: '地址' },
	hours: { zh: '8:30–17:30' },
	areas: served,
	services: [],
	...more,
});
const NOW = new Date('2026-12-01T10:00:00+08:00');
const on = (id: string, where: string, start: string, end: string): Notice =>
	validNotice({ id, areas: [where], start: `${start}+08:00`, end: `${end}+08:00` });

describe('unitPageModel', () => {
	const data = (notices: Notice[], now = NOW) => {
		const map = areas();
		return { areas: map, areaIndex: buildAreaNoticeIndex(map, notices), now };
	};
	const notices = () => [
		on('oak-now', 'oak', '2026-12-01T08:00:00', '2026-12-01T12:00:00'),
		on('town-later', 'lin', '2026-12-03T08:00:00', '2026-12-03T12:00:00'),
		on('elm-soon', 'elm', '2026-12-02T08:00:00', '2026-12-02T12:00:00'),
		on('ended', 'oak', '2026-11-30T08:00:00', '2026-11-30T12:00:00'),
		on('south', 'south', '2026-12-02T08:00:00', '2026-12-02T12:00:00'),
	];

	it('the areas it serves as listed (unknown ids left out), and what is on or coming there, each once, in list order', () => {
		const m = unitPageModel(unit('u', '林镇供电所', ['lin', 'oak', 'gone']), data(notices()));
		expect(m.served.map((a) => a.id)).toEqual(['lin', 'oak']);
		expect(m.current.map((i) => [i.notice.id, i.status])).toEqual([
			['oak-now', 'in-progress'],
			['elm-soon', 'soon'],
			['town-later', 'upcoming'],
		]);
		expect(m.live).toBe(true);
	});

	it('nothing on or coming: an empty list, not live', () => {
		const m = unitPageModel(unit('u', '南区供电所', ['south']), data(notices(), new Date('2026-12-05T10:00:00+08:00')));
		expect([m.current, m.live]).toEqual([[], false]);
	});

	it('its key holds the build time only while a status on it can change', () => {
		const site = siteSchema.parse({ name: { zh: '供电局' }, hotline: '95598', baseUrl: 'https://power.example.org' });
		const key = (notices: Notice[], now: Date, locale: 'zh-cn' | 'en' = 'zh-cn') => {
			const d = data(notices, now);
			const m = unitPageModel(unit('u', '林镇供电所', ['lin']), d);
			return unitPageKey(m, locale, { keys: pageKeys(site, d.areas, now), now });
		};
		const later = new Date('2026-12-01T11:00:00+08:00');
		expect(key(notices(), later)).not.toBe(key(notices(), NOW));
		expect(key([], later)).toBe(key([], NOW));
		expect(key([], NOW, 'en')).not.toBe(key([], NOW));
	});
});

describe('the directory at its edges', () => {
	it('a name two units share belongs to the first; a unit’s id is found but never suggested', () => {
		const d = new UnitDirectory([
			unit('a', '城关供电所', [], { otherNames: ['城关所'] }),
			unit('b', '城关所', [], { name: { zh: '城关所', en: 'Chengguan Office' } }),
		]);
		expect(d.find('城关所')?.id).toBe('a');
		expect(d.find('Chengguan Office')?.id).toBe('b');
		expect(d.find('b')?.id).toBe('b');
		// No English name is no name: nothing is found by an empty one.
		expect(d.find('')).toBeUndefined();
		// Every name once (the shared one under its first unit), ids not at all; equally far: by name.
		expect(d.closest('x', 10)).toEqual(['Chengguan Office', '城关供电所', '城关所']);
	});

	it('names compare without any space, in half-width and lower case', () => {
		expect(unitNameKey(' 城 关\t供电所\n')).toBe('城关供电所');
		expect(unitNameKey('Ｃｈｅｎｇｇｕａｎ')).toBe('chengguan');
	});

	it('the closest names: containing ones first, then by relative distance, then by name; as many as asked', () => {
		const d = new UnitDirectory([
			unit('a', '石桥供电所'),
			unit('b', '关牟供电所'),
			unit('c', '新建供电所'),
			unit('d', '石桥镇供电所'),
		]);
		expect(d.closest('石桥')).toEqual(['石桥供电所', '石桥镇供电所', '关牟供电所']);
		expect(d.closest('石桥', 1)).toEqual(['石桥供电所']);
		// Equal distances: by name (code unit order).
		expect(d.closest('乙乙乙乙乙', 2)).toEqual(['关牟供电所', '新建供电所']);
	});

	it('a row without a unit name: the first three units as suggestions', () => {
		const d = new UnitDirectory([unit('a', '甲所'), unit('b', '乙所'), unit('c', '丙所'), unit('d', '丁所')]);
		expect(resolveUnit(d, '', '')).toEqual({
			ok: false,
			reason: 'unknown-unit',
			suggestions: ['甲所', '乙所', '丙所'],
		});
	});

	it('an export phone written with other separators is the directory’s', () => {
		const d = new UnitDirectory([
			unit('a', '甲所', [], { phones: [{ number: '0839-5550131' }, { number: '+86 839 5550132' }] }),
		]);
		expect(resolveUnit(d, '甲所', '0839 5550131')).toMatchObject({
			ok: true,
			phone: '0839 5550131',
			phoneDiffers: false,
		});
		expect(resolveUnit(d, '甲所', '+868395550132')).toMatchObject({ ok: true, phoneDiffers: false });
		expect(resolveUnit(d, '甲所', '08395550133')).toMatchObject({ ok: true, phoneDiffers: true });
	});
});
