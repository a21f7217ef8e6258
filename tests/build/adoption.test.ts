import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureBuildEnv, fixtureContent } from '../fixture-site.ts';
import { fullBuild } from './build-helpers.ts';

/**
 * README "Using this for your utility", walked step by step from a clone's sample content (here the fixture site, a
 * frozen copy of it): a new site for 剑阁县 (its area tree from the official codes — here the small code-list
 * fixture, no network), one supply unit, its own tariff version, the sample's guidance kept as a start, a first
 * import of a 95598-shaped GB18030 export without a phone column, then the check and a whole build. The county's
 * files are examples/adoption/, the same ones CI puts in content/'s place to run the tests on another county
 * (.ci/test-another-county). If a step of the guide stops working, this fails at that step.
 */
describe('README: from nothing to your own site', () => {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-adopt-'));
	const content = path.join(work, 'content');
	const example = (name: string) => path.resolve('examples/adoption', name);
	const now = '2026-12-01T10:00:00+08:00';
	afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

	/** Runs one of the project's scripts as `npm run <name>` would, on the new content folder. */
	const run = (script: string, args: string[]) => {
		const r = spawnSync(process.execPath, [script, ...args], {
			env: { ...process.env, CONTENT_DIR: content },
			encoding: 'utf8',
		});
		return { status: r.status, output: `${r.stdout}${r.stderr}` };
	};

	test('every step of the guide works and the result builds', { timeout: 900_000 }, () => {
		// Step 1: a clone, with the sample's content.
		cpSync(fixtureContent, content, { recursive: true });

		// Step 2: the sample's content emptied, its tariffs and guidance kept as a start, no notices.
		for (const rel of ['outages', 'alerts', 'areas.json', 'units.json', 'notify.json']) {
			rmSync(path.join(content, rel), { recursive: true, force: true });
		}
		mkdirSync(path.join(content, 'outages'));
		mkdirSync(path.join(content, 'alerts'));
		writeFileSync(path.join(content, 'outages/notices.json'), '[]\n');

		// Step 3: site.json — who you are.
		cpSync(example('site.json'), path.join(content, 'site.json'));

		// Step 4: the area tree from the official division codes.
		const areas = run('scripts/areas.ts', ['剑阁县', '--data', 'tests/fixtures/area-codes']);
		expect(areas.status, areas.output).toBe(0);
		const tree = readFileSync(path.join(content, 'areas.json'), 'utf8');
		for (const id of ['jiange', 'puan', 'gulou', 'shuangjian']) expect(tree).toContain(`"id": "${id}"`);

		// Step 5: the supply units, with the names the exports use for them.
		cpSync(example('units.json'), path.join(content, 'units.json'));

		// Step 6: the county's prices in place of the sample's (the explainers kept: they fit any version).
		rmSync(path.join(content, 'tariffs/versions'), { recursive: true });
		mkdirSync(path.join(content, 'tariffs/versions'));
		cpSync(example('jg-2026-07.json'), path.join(content, 'tariffs/versions/jg-2026-07.json'));

		// Step 7: the check passes on the new content.
		const check = run('scripts/check.ts', []);
		expect(check.status, check.output).toBe(0);

		// Step 8: the first import — a 95598-shaped export in GB18030 (not UTF-8), without a phone column.
		const exportFile = example('outage-plan.csv');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(exportFile))).toThrow();
		const imported = run('scripts/import.ts', [exportFile, '--now', now]);
		expect(imported.status, imported.output).toBe(0);
		// 普安砖厂 is no known area: imported as written, reported as a warning.
		expect(imported.output).toContain('普安砖厂');
		const notices = JSON.parse(readFileSync(path.join(content, 'outages/notices.json'), 'utf8')) as Array<{
			unit: { id: string; phone: string };
			transformerDistricts?: string[];
		}>;
		expect(notices).toHaveLength(2);
		for (const n of notices) expect(n.unit).toMatchObject({ id: 'puan', phone: '0839-6601001' });

		// Step 9: build the site.
		const outDir = path.join(work, 'dist');
		const built = fullBuild(fixtureBuildEnv({ contentDir: content, outDir, cacheDir: path.join(work, 'cache'), now }));
		expect(built.status, built.output).toBe(0);
		for (const page of [
			'index.html',
			'areas/gulou/index.html',
			'units/puan/index.html',
			'en/units/puan/index.html',
			'reliability/index.html',
		]) {
			expect(existsSync(path.join(outDir, page)), page).toBe(true);
		}
		expect(readFileSync(path.join(outDir, 'areas/gulou/index.html'), 'utf8')).toContain('普安供电所');
		// The county's own prices, not the sample's, and its area tree alone.
		expect(readFileSync(path.join(outDir, 'tariffs/index.html'), 'utf8')).toContain('0.5224');
		expect(readdirSync(path.join(outDir, 'areas'))).not.toContain('guanmou-cun');
	});
});
