import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findKeptSite, siteAt, siteNotices, writeSiteNote } from '../../scripts/bench/lib/kept-site.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'qs-kept-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder laid out as the scale benchmark keeps a site: content, merged output, the segments' plan. */
function keep(dir: string, opts: { notices?: number; planned?: boolean } = {}): void {
	const site = siteAt(path.join(tmp, dir));
	mkdirSync(path.join(site.content, 'outages'), { recursive: true });
	writeFileSync(
		path.join(site.content, 'outages/notices.json'),
		JSON.stringify(Array.from({ length: opts.notices ?? 3 }, (_, i) => ({ id: `n${i}` }))),
	);
	mkdirSync(site.out, { recursive: true });
	if (opts.planned !== false) {
		mkdirSync(path.join(site.cache, 'segments'), { recursive: true });
		writeFileSync(
			path.join(site.cache, 'segments/plan.json'),
			JSON.stringify({ now: '2026-12-01T10:00:00+08:00', closed: [{ name: '2025' }] }),
		);
	}
}

beforeAll(() => {
	keep('both/.bench/rate');
	keep('both/.bench/density');
	keep('density-only/.bench/density');
	keep('elsewhere/my-site', { notices: 5 });
	// A site of the layout before segments: content and output at the root, no plan.
	keep('unsegmented/.bench', { planned: false });
	keep('unsegmented/.bench/rate');
	keep('none/.bench/rate', { planned: false });
});

describe('findKeptSite', () => {
	test.each<{ what: string; cwd: string; choice?: string; env?: Record<string, string>; found: string }>([
		{ what: 'no choice: rate first', cwd: 'both', found: 'both/.bench/rate' },
		{ what: 'no choice: density when rate is not kept', cwd: 'density-only', found: 'density-only/.bench/density' },
		{ what: '--site density', cwd: 'both', choice: 'density', found: 'both/.bench/density' },
		{ what: 'BENCH_SITE=density', cwd: 'both', env: { BENCH_SITE: 'density' }, found: 'both/.bench/density' },
		{
			what: 'the flag wins over BENCH_SITE',
			cwd: 'both',
			choice: 'rate',
			env: { BENCH_SITE: 'density' },
			found: 'both/.bench/rate',
		},
		{
			what: 'BENCH_ROOT naming one site',
			cwd: 'both',
			env: { BENCH_ROOT: '.bench/density' },
			found: 'both/.bench/density',
		},
		{
			what: 'BENCH_ROOT as npm run bench uses it',
			cwd: '.',
			env: { BENCH_ROOT: 'both/.bench' },
			found: 'both/.bench/rate',
		},
		{ what: 'a folder', cwd: 'both', choice: '../elsewhere/my-site', found: 'elsewhere/my-site' },
		{ what: 'a folder without segments is passed over', cwd: 'unsegmented', found: 'unsegmented/.bench/rate' },
	])('$what', ({ cwd, choice, env, found }) => {
		const kept = findKeptSite(choice, env ?? {}, path.join(tmp, cwd));
		expect(kept.site.root).toBe(path.join(tmp, found));
		expect(kept.name).toBe(path.basename(found));
		expect(kept.plan.now).toBe('2026-12-01T10:00:00+08:00');
	});

	test.each<{ what: string; cwd: string; choice?: string; where: string }>([
		{ what: 'nothing kept', cwd: 'none', where: '.bench, .bench/rate, .bench/density' },
		{ what: 'the chosen site not kept', cwd: 'density-only', choice: 'rate', where: '.bench/rate' },
		{ what: 'a folder that is no site', cwd: 'both', choice: 'nowhere', where: 'nowhere' },
	])('refuses, saying where it looked: $what', ({ cwd, choice, where }) => {
		expect(() => findKeptSite(choice, {}, path.join(tmp, cwd))).toThrow(
			`no site kept by the scale benchmark in ${where}: run \`npm run bench -- --keep\` first`,
		);
	});
});

describe('siteNotices', () => {
	test('the size the site was generated with, from its note', () => {
		const kept = findKeptSite('rate', {}, path.join(tmp, 'both'));
		writeSiteNote(kept.site, {
			kind: 'rate',
			notices: 600,
			areas: 200,
			perYear: 3300,
			now: '2026-12-01T10:00:00+08:00',
		});
		expect(siteNotices(findKeptSite('rate', {}, path.join(tmp, 'both')))).toBe(600);
	});

	test('without a note, the notices it holds', () => {
		expect(siteNotices(findKeptSite('../elsewhere/my-site', {}, path.join(tmp, 'both')))).toBe(5);
	});
});
