import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { AreaNodeInput } from '../../src/schemas/area.ts';
import {
	districtOf,
	readSplittable,
	splitContent,
	splitDistricts,
	writePartition,
} from '../../scripts/bench/lib/partition.ts';
import { prepareSyntheticContent } from '../../scripts/bench/lib/synthetic-site.ts';

describe('splitDistricts', () => {
	test.each([
		[
			'equal weights, two parts',
			['a', 'b', 'c', 'd'],
			[1, 1, 1, 1],
			2,
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
		['one heavy district first', ['a', 'b', 'c', 'd'], [6, 1, 1, 1], 2, [['a'], ['b', 'c', 'd']]],
		['heavy district last', ['a', 'b', 'c', 'd'], [1, 1, 1, 6], 2, [['a', 'b', 'c'], ['d']]],
		['cut nearest the half', ['a', 'b', 'c'], [4, 3, 3], 2, [['a'], ['b', 'c']]],
		['all weight in one: later groups still get one each', ['a', 'b', 'c'], [9, 0, 0], 3, [['a'], ['b'], ['c']]],
		['no weight at all: still contiguous, none empty', ['a', 'b', 'c'], [0, 0, 0], 2, [['a', 'b'], ['c']]],
		[
			'three parts',
			['a', 'b', 'c', 'd', 'e', 'f'],
			[1, 1, 1, 1, 1, 1],
			3,
			[
				['a', 'b'],
				['c', 'd'],
				['e', 'f'],
			],
		],
		['one part', ['a', 'b'], [1, 2], 1, [['a', 'b']]],
	])('%s', (_name, districts, weights, parts, expected) => {
		const w = new Map(districts.map((d, i) => [d, weights[i]]));
		const groups = splitDistricts(districts, (d) => w.get(d) ?? 0, parts);
		expect(groups).toEqual(expected);
		expect(groups.flat()).toEqual(districts);
	});

	test.each([
		[['a'], 2],
		[['a', 'b'], 0],
	])('refuses %j into %i parts', (districts, parts) => {
		expect(() => splitDistricts(districts, () => 1, parts)).toThrow(RangeError);
	});
});

const tree: AreaNodeInput[] = [
	{
		id: 'east',
		kind: 'district',
		name: { zh: '东区' },
		children: [
			{
				id: 'e-town',
				kind: 'town',
				name: { zh: '东镇' },
				children: [
					{ id: 'e-v1', kind: 'village', name: { zh: '东一村' } },
					{ id: 'e-v2', kind: 'village', name: { zh: '东二村' } },
				],
			},
		],
	},
	{
		id: 'west',
		kind: 'district',
		name: { zh: '西区' },
		children: [
			{
				id: 'w-town',
				kind: 'town',
				name: { zh: '西镇' },
				children: [{ id: 'w-v1', kind: 'village', name: { zh: '西一村' } }],
			},
		],
	},
];
const unit = (id: string) => ({ id, name: { zh: id }, phone: '0839-5550000' });
const notice = (id: string, areas: string[], unitId: string) => ({ id, areas, unit: unit(unitId) });

describe('splitContent', () => {
	const content = {
		areas: tree,
		units: [
			{ id: 'e-office', areas: ['e-town'] },
			{ id: 'w-office', areas: ['w-town'] },
			{ id: 'both-office', areas: ['e-v1', 'w-v1'] },
		],
		notices: [
			notice('n-east', ['e-v1', 'e-v2'], 'e-office'),
			notice('n-west', ['w-v1'], 'w-office'),
			notice('n-both', ['e-v2', 'w-v1'], 'e-office'),
		],
		alerts: { all: { areas: [] }, east: { areas: ['e-town'] }, both: { areas: ['e-v1', 'w-town'] } },
		channels: [
			{ id: 'c-west', areas: ['w-v1'] },
			{ id: 'c-all', areas: [] },
		],
	};
	const [east, west] = splitContent(content, [['east'], ['west']]);

	test('each partition gets its districts’ subtrees', () => {
		expect(east.areas.map((a) => a.id)).toEqual(['east']);
		expect(west.areas.map((a) => a.id)).toEqual(['west']);
		expect(east.districts).toEqual(['east']);
	});

	test.each([
		[
			'east',
			() => east,
			[
				['n-east', ['e-v1', 'e-v2']],
				['n-both', ['e-v2']],
			],
		],
		[
			'west',
			() => west,
			[
				['n-west', ['w-v1']],
				['n-both', ['w-v1']],
			],
		],
	])('%s: its notices, a straddling one with its own areas only', (_n, part, expected) => {
		expect(part().notices.map((n) => [n.id, n.areas])).toEqual(expected);
		expect(part().straddling).toEqual(['n-both']);
	});

	test('a straddling notice keeps everything else, and the original is not changed', () => {
		const copy = west.notices.find((n) => n.id === 'n-both');
		expect(copy?.unit).toEqual(unit('e-office'));
		expect(content.notices[2].areas).toEqual(['e-v2', 'w-v1']);
	});

	test('units: where they serve, cut to the partition; carried along where only a notice names them', () => {
		expect(east.units).toEqual([
			{ id: 'e-office', areas: ['e-town'] },
			{ id: 'both-office', areas: ['e-v1'] },
		]);
		// e-office serves nothing in the west, but the west's copy of n-both names it.
		expect(west.units).toEqual([
			{ id: 'e-office', areas: ['w-v1'] },
			{ id: 'w-office', areas: ['w-town'] },
			{ id: 'both-office', areas: ['w-v1'] },
		]);
	});

	test('alerts and channels: the whole service area goes everywhere, the rest where their areas are', () => {
		expect(east.alerts).toEqual({ all: { areas: [] }, east: { areas: ['e-town'] }, both: { areas: ['e-v1'] } });
		expect(west.alerts).toEqual({ all: { areas: [] }, both: { areas: ['w-town'] } });
		expect(east.channels).toEqual([{ id: 'c-all', areas: [] }]);
		expect(west.channels).toEqual([
			{ id: 'c-west', areas: ['w-v1'] },
			{ id: 'c-all', areas: [] },
		]);
	});

	test.each([
		['a district in no partition', [['east']], /"west" is in no partition/],
		['a district in two', [['east', 'west'], ['west']], /"west" is in two partitions/],
		['not a top-level area', [['east'], ['west', 'w-town']], /"w-town" is not a top-level area/],
	])('refuses %s', (_n, groups, message) => {
		expect(() => splitContent(content, groups)).toThrow(message);
	});

	test('an unknown area id is refused, not silently dropped', () => {
		expect(() =>
			splitContent({ ...content, notices: [notice('n-x', ['nowhere'], 'e-office')] }, [['east'], ['west']]),
		).toThrow(/unknown area id "nowhere"/);
	});

	test('districtOf maps every node to its top-level area', () => {
		expect(Object.fromEntries(districtOf(tree))).toEqual({
			east: 'east',
			'e-town': 'east',
			'e-v1': 'east',
			'e-v2': 'east',
			west: 'west',
			'w-town': 'west',
			'w-v1': 'west',
		});
	});
});

describe('writePartition on a synthetic site', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'partition-'));
		prepareSyntheticContent(path.resolve('tests/fixtures/site'), path.join(dir, 'whole'), { notices: 400, areas: 300 });
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('every partition passes the content check, and together they hold every notice once', () => {
		const whole = readSplittable(path.join(dir, 'whole'));
		const groups = splitDistricts(
			whole.areas.map((a) => a.id),
			() => 1,
			2,
		);
		const parts = splitContent(whole, groups);
		const ids: string[] = [];
		parts.forEach((part, i) => {
			const target = path.join(dir, `part-${i}`);
			writePartition(path.join(dir, 'whole'), target, part, whole.notify);
			const set = validateContent(target);
			expect(set.problems.filter((p) => p.severity === 'error')).toEqual([]);
			expect(set.notices.length).toBe(part.notices.length);
			expect(part.notices.length).toBeGreaterThan(0);
			ids.push(...set.notices.map((n) => n.id));
			// Shared files are copied as they are.
			expect(readFileSync(path.join(target, 'site.json'), 'utf8')).toBe(
				readFileSync(path.join(dir, 'whole/site.json'), 'utf8'),
			);
		});
		expect(ids.sort()).toEqual(whole.notices.map((n) => n.id).sort());
		expect(parts.flatMap((p) => p.straddling)).toEqual([]);
	});
});
