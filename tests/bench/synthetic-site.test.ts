import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../src/lib/areas/tree.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { outageStatus } from '../../src/lib/outages/status.ts';
import type { AreaNodeInput } from '../../src/schemas/area.ts';
import type { Notice } from '../../src/schemas/notice.ts';
import { createRng } from '../../scripts/bench/lib/prng.ts';
import { syntheticAreaTree, treeShape } from '../../scripts/bench/lib/synthetic-areas.ts';
import { BENCH_NOW, prepareSyntheticContent, syntheticContentFiles } from '../../scripts/bench/lib/synthetic-site.ts';

const site = { timeZone: 'Asia/Shanghai', leadTimeHours: { planned: 168, temporary: 24, other: 24 } };
const count = (tree: AreaNodeInput[]): number => tree.reduce((n, a) => n + 1 + count(a.children ?? []), 0);

describe('createRng', () => {
	test('the same seed gives the same sequence, another seed another', () => {
		const a = createRng(7);
		const b = createRng(7);
		const c = createRng(8);
		const seqA = Array.from({ length: 20 }, () => a.next());
		expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
		expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
	});

	test.each([
		[0, 0],
		[1, 6],
		[-3, 3],
	])('int(%i, %i) stays within its bounds and reaches both', (min, max) => {
		const rng = createRng(1);
		const seen = new Set(Array.from({ length: 2000 }, () => rng.int(min, max)));
		expect(Math.min(...seen)).toBe(min);
		expect(Math.max(...seen)).toBe(max);
		expect(seen.size).toBe(max - min + 1);
	});

	test('weighted picks in proportion to the weights', () => {
		const rng = createRng(3);
		const n = { a: 0, b: 0 };
		for (let i = 0; i < 10_000; i++) n[rng.weighted({ a: 9, b: 1 })]++;
		expect(n.a / 10_000).toBeGreaterThan(0.87);
		expect(n.a / 10_000).toBeLessThan(0.93);
	});
});

describe('syntheticAreaTree', () => {
	test.each([3, 50, 300, 2000])('%i nodes: exactly that many, three valid levels, unique ids', (total) => {
		const tree = syntheticAreaTree(createRng(1), total);
		expect(count(tree)).toBe(total);
		const { areas, problems } = flattenAreaTree(tree);
		expect(problems).toEqual([]);
		expect(areas.size).toBe(total);
		expect([...areas.values()].filter((a) => a.depth === 0).length).toBe(treeShape(total).districts);
	});

	test.each([0, 2, 10.5])('refuses %s nodes', (total) => {
		expect(() => syntheticAreaTree(createRng(1), total)).toThrow(RangeError);
	});
});

describe('syntheticContentFiles', () => {
	test('is deterministic: same seed, same bytes; another seed, other content', () => {
		const a = syntheticContentFiles({ notices: 300, areas: 120 }, site, 42);
		const b = syntheticContentFiles({ notices: 300, areas: 120 }, site, 42);
		const c = syntheticContentFiles({ notices: 300, areas: 120 }, site, 43);
		expect(b).toEqual(a);
		expect(c.noticesJson).not.toEqual(a.noticesJson);
	});

	test("at the benchmark's size, beside the committed areas, no id, name or alias is taken twice", () => {
		const committed = JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8'));
		const files = syntheticContentFiles({ notices: 10, areas: 5000 }, { ...site, areas: committed });
		expect(flattenAreaTree(JSON.parse(files.areasJson)).problems).toEqual([]);
	});

	test('refuses fewer areas than the committed tree needs', () => {
		const existing = syntheticAreaTree(createRng(9), 40);
		expect(() => syntheticContentFiles({ notices: 10, areas: 42 }, { ...site, areas: existing })).toThrow(
			/at least 43/,
		);
	});
});

describe('prepareSyntheticContent (a whole content folder)', () => {
	let dir: string;
	let notices: Notice[];
	beforeAll(() => {
		dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'qs-bench-')), 'content');
		prepareSyntheticContent(path.resolve('tests/fixtures/site'), dir, { notices: 1500, areas: 400 });
		notices = JSON.parse(readFileSync(path.join(dir, 'outages/notices.json'), 'utf8'));
	});
	afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

	test('passes the content check with no errors and no warnings', () => {
		const set = validateContent(dir);
		expect(set.problems).toEqual([]);
		expect(set.notices).toHaveLength(1500);
		expect(set.areas.size).toBe(400);
	});

	test('keeps the committed areas, so other content naming them stays valid', () => {
		const committed = flattenAreaTree(JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8'))).areas;
		const generated = flattenAreaTree(JSON.parse(readFileSync(path.join(dir, 'areas.json'), 'utf8'))).areas;
		for (const id of committed.keys()) expect(generated.has(id), id).toBe(true);
	});

	test('spreads notices like a real archive around the fixed now', () => {
		const now = Date.parse(BENCH_NOW);
		const status = (n: Notice) => outageStatus(n, now);
		const share = (pred: (n: Notice) => boolean) => notices.filter(pred).length / notices.length;
		expect(share((n) => Date.parse(n.end) <= now)).toBeGreaterThan(0.75);
		expect(notices.some((n) => status(n) === 'in-progress')).toBe(true);
		expect(share((n) => Date.parse(n.start) > now)).toBeGreaterThan(0.05);
		expect(share((n) => n.lifecycle === 'cancelled')).toBeGreaterThan(0.02);
		expect(share((n) => n.history.some((h) => h.event === 'rescheduled'))).toBeGreaterThan(0.03);
		expect(share((n) => n.areas.length > 1)).toBeGreaterThan(0.3);
		expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(['planned', 'temporary', 'other']));
		expect(share((n) => n.scope.en === undefined)).toBeGreaterThan(0.05);
	});

	test('publishes nothing after now', () => {
		const now = Date.parse(BENCH_NOW);
		for (const n of notices) {
			expect(Date.parse(n.publishedAt), n.id).toBeLessThanOrEqual(now);
			for (const h of n.history) expect(Date.parse(h.at), n.id).toBeLessThanOrEqual(now);
		}
	});
});
