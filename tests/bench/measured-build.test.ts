import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reindexedPages, totals } from '../../scripts/bench/lib/measured-build.ts';
import { layoutMerged } from '../../scripts/bench/lib/merged-search.ts';

describe('reindexedPages', () => {
	test.each([
		[
			'nothing re-indexed',
			'  live bundle: 4406 pages reused from the cache (0.1 s)\n  archive 2025: 4378 pages reused from the cache (0.0 s)\nsearch: …',
			0,
		],
		[
			'an open month and the live bundle',
			'  live bundle: 4,408 pages indexed (12.0 s)\n  open 2026-11: 2786 pages reused from the cache (0.0 s)\n  open 2026-12: 3080 pages indexed (9.2 s)\n',
			7488,
		],
		['a cold build', '  live bundle: 10 pages indexed (1.0 s)\n  archive 2025: 5 pages indexed (0.5 s)\n', 15],
		['no bundle lines', 'search: something else\n', undefined],
	])('%s', (_name, log, expected) => {
		expect(reindexedPages(log)).toBe(expected);
	});
});

describe('totals', () => {
	const step = (ms: number, peakRss: number, cpuMs?: number) => ({ code: 0, ms, peakRss, cpuMs, title: 't', log: 'l' });
	test.each([
		['CPU known for every step', [step(1000, 10, 500), step(2000, 30, 700)], { ms: 3000, cpuMs: 1200, peakRss: 30 }],
		['CPU missing for one step', [step(1000, 10, 500), step(2000, 5)], { ms: 3000, cpuMs: undefined, peakRss: 10 }],
	])('%s', (_name, steps, expected) => {
		const t = totals(steps);
		expect({ ms: t.ms, cpuMs: t.cpuMs, peakRss: t.peakRss }).toEqual(expected);
	});
});

describe('layoutMerged', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'merged-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('serves each dist under its prefix, the given files replacing a partition’s own', () => {
		for (const p of ['a', 'b']) {
			mkdirSync(path.join(dir, `dist-${p}/outages/x`), { recursive: true });
			writeFileSync(path.join(dir, `dist-${p}/outages/x/index.html`), `page ${p}`);
			writeFileSync(path.join(dir, `dist-${p}/sitemap-0.xml`), `own ${p}`);
		}
		const merged = path.join(dir, 'merged');
		layoutMerged(
			merged,
			[
				{ prefix: '/a/', dist: path.join(dir, 'dist-a') },
				{ prefix: '/b/', dist: path.join(dir, 'dist-b') },
			],
			{ 'a/sitemap-0.xml': 'rewritten a', 'sitemap-index.xml': 'index' },
		);
		expect(readFileSync(path.join(merged, 'a/outages/x/index.html'), 'utf8')).toBe('page a');
		expect(readFileSync(path.join(merged, 'b/outages/x/index.html'), 'utf8')).toBe('page b');
		expect(readFileSync(path.join(merged, 'a/sitemap-0.xml'), 'utf8')).toBe('rewritten a');
		expect(readFileSync(path.join(merged, 'b/sitemap-0.xml'), 'utf8')).toBe('own b');
		expect(readFileSync(path.join(merged, 'sitemap-index.xml'), 'utf8')).toBe('index');
		// The partition's own file is left as it was.
		expect(readFileSync(path.join(dir, 'dist-a/sitemap-0.xml'), 'utf8')).toBe('own a');
	});
});
