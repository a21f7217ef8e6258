import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { resolveUnit, UnitDirectory, unitNameKey, unitsServing } from '../../../src/lib/units/directory.ts';
import type { Unit } from '../../../src/schemas/unit.ts';

// The supply-unit directory as the importer uses it: finding a row's unit by any of its names, the closest names
// for one it does not know, and which phone the notice gives.

const unit = (id: string, zh: string, otherNames: string[], phones: string[], areas: string[] = ['guanmou']): Unit => ({
	id,
	name: { zh, en: `${id[0].toUpperCase()}${id.slice(1)} Supply Office` },
	otherNames,
	phones: phones.map((number) => ({ number })),
	address: { zh: '地址' },
	hours: { zh: '周一至周五' },
	areas,
	services: [],
});
const units = [
	unit('guanmou', '关牟供电所', ['青山县供电局关牟供电所', '关牟所'], ['0839-5550141', '0839-5550149']),
	unit('chengguan', '城关供电所', ['青山县供电局城关供电所'], ['0839-5550131'], ['chengguan']),
	unit('shiqiao', '石桥供电所', [], ['0839-5550142'], ['shiqiao']),
	unit('xinjian', '新建供电所', [], []),
];
// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
const directory = () => new UnitDirectory(units);

describe('finding a unit by what the export calls it', () => {
	test.each([
		['its name', '关牟供电所', 'guanmou'],
		['an other name (the full bureau name)', '青山县供电局城关供电所', 'chengguan'],
		['a short other name', '关牟所', 'guanmou'],
		['its English name, any case', 'SHIQIAO supply office', 'shiqiao'],
		['its id', 'chengguan', 'chengguan'],
		['with spaces and full-width letters', ' 关牟 供电所 ', 'guanmou'],
		['a name it does not have', '关牟镇供电所', undefined],
		['part of a name', '关牟', undefined],
	])('%s: "%s"', (_how, name, id) => {
		expect(directory().find(name)?.id).toBe(id);
	});

	test.each([
		['a longer name containing a known one comes first', '青山县关牟供电所', '关牟供电所'],
		['a near miss by one character', '城关供电站', '城关供电所'],
		['a typo in the full name', '青山县供电局石乔供电所', '青山县供电局关牟供电所'],
	])('closest: %s ("%s" → %s)', (_how, name, first) => {
		const closest = directory().closest(name);
		expect(closest).toHaveLength(3);
		expect(closest[0]).toBe(first);
	});

	test('names compare without spaces, in half-width, lower case', () => {
		expect(unitNameKey('  Ｃｈｅｎｇ Guan  ')).toBe('chengguan');
	});
});

describe('the unit and phone a row gets', () => {
	test.each([
		[
			'no phone in the export: the unit’s main phone',
			'关牟供电所',
			'',
			{ ok: true, id: 'guanmou', phone: '0839-5550141', phoneDiffers: false },
		],
		[
			'the export’s phone, the same as the directory’s',
			'关牟所',
			'0839-5550141',
			{ ok: true, id: 'guanmou', phone: '0839-5550141', phoneDiffers: false },
		],
		[
			'the export’s phone, another of the unit’s numbers, written otherwise',
			'关牟供电所',
			'0839 5550149',
			{ ok: true, id: 'guanmou', phone: '0839 5550149', phoneDiffers: false },
		],
		[
			'the export’s phone, not in the directory: kept, and it differs',
			'城关供电所',
			'0839-5550999',
			{ ok: true, id: 'chengguan', phone: '0839-5550999', phoneDiffers: true },
		],
		[
			'a unit with no phone, and an export phone: the export’s',
			'新建供电所',
			'0839-5550160',
			{ ok: true, id: 'xinjian', phone: '0839-5550160', phoneDiffers: true },
		],
		['a unit with no phone, and none in the export: no phone', '新建供电所', '', { ok: false, reason: 'no-phone' }],
		[
			'an unknown unit: the closest named',
			'青山县石桥供电所',
			'',
			{ ok: false, reason: 'unknown-unit', suggestions: ['石桥供电所', expect.any(String), expect.any(String)] },
		],
		['no unit name at all', '', '0839-5550141', { ok: false, reason: 'unknown-unit' }],
	])('%s', (_how, name, phone, expected) => {
		const r = resolveUnit(directory(), name, phone);
		const { unit: u, ...rest } = r as { unit?: Unit };
		expect({ ...rest, ...(u && r.ok ? { id: u.id } : {}) }).toMatchObject(expected);
	});
});

describe('the units serving an area', () => {
	const areas = () =>
		flattenAreaTree([
			{
				id: 'beishan',
				kind: 'district',
				name: { zh: '北山片区' },
				children: [
					{
						id: 'guanmou',
						kind: 'town',
						name: { zh: '关牟镇' },
						children: [
							{ id: 'guanmou-cun', kind: 'village', name: { zh: '关牟村' } },
							{ id: 'shangguan', kind: 'village', name: { zh: '上关村' } },
						],
					},
				],
			},
			{
				id: 'chengqu',
				kind: 'district',
				name: { zh: '城区片区' },
				children: [{ id: 'chengguan', kind: 'street', name: { zh: '城关街道' } }],
			},
		] as never).areas;
	const served = [
		unit('guanmou', '关牟供电所', [], ['1'], ['guanmou']),
		unit('shangguan-yyt', '上关营业厅', [], ['2'], ['shangguan']),
		unit('beishan-all', '北山供电所', [], ['3'], ['beishan']),
	];
	test.each([
		['a village of the town: the town’s unit, then the district’s', 'guanmou-cun', ['guanmou', 'beishan-all']],
		['a village with a unit of its own: that one first', 'shangguan', ['shangguan-yyt', 'guanmou', 'beishan-all']],
		['the district itself', 'beishan', ['beishan-all']],
		['an area no unit serves', 'chengguan', []],
		['an unknown area', 'nowhere', []],
	])('%s', (_how, areaId, ids) => {
		expect(unitsServing(served, areas(), areaId).map((u) => u.id)).toEqual(ids);
	});
});
