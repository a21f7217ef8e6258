import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureBuildEnv, prepareFixtureContent } from '../fixture-site.ts';
import { astroBuild, fullBuild, treeHashes } from './build-helpers.ts';

/**
 * Whole builds of the sample site. Slow (each is a full Astro build), so kept to what only a build can show:
 * the output does not depend on the host's time zone, and bad content stops the build even where Astro's own
 * loaders would fall back on their cache.
 */
describe('building the site', () => {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-build-'));
	const contentDir = path.join(work, 'content');
	const env = (name: string, tz: string) =>
		fixtureBuildEnv({ contentDir, outDir: path.join(work, `dist-${name}`), cacheDir: path.join(work, 'cache'), tz });

	beforeAll(() => {
		prepareFixtureContent(contentDir);
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	test('gives the same bytes under TZ=UTC and TZ=America/New_York', { timeout: 600_000 }, () => {
		const utc = fullBuild(env('utc', 'UTC'));
		expect(utc.status, utc.output).toBe(0);
		const ny = fullBuild(env('ny', 'America/New_York'));
		expect(ny.status, ny.output).toBe(0);
		const a = treeHashes(path.join(work, 'dist-utc'));
		const b = treeHashes(path.join(work, 'dist-ny'));
		expect(a.size).toBeGreaterThan(2);
		const differing = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
		expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
		expect(differing).toEqual([]);
	});

	test('fails on malformed JSON even with a warm content cache (Astro’s file() loader would not)', { timeout: 300_000 }, () => {
		// The previous test left a populated data store in the shared cache folder.
		writeFileSync(path.join(contentDir, 'outages/notices.json'), '[{"id": "qs-1",,]');
		const r = astroBuild(env('broken', 'UTC'));
		expect(r.status).not.toBe(0);
		expect(r.output).toMatch(/outages\/notices\.json: is not valid JSON at line 1, column \d+/);
		expect(r.output).toMatch(/不是有效的 JSON/);
	});

	test('fails on a missing content file', { timeout: 300_000 }, () => {
		rmSync(path.join(contentDir, 'outages/notices.json'));
		const r = astroBuild(env('missing', 'UTC'));
		expect(r.status).not.toBe(0);
		expect(r.output).toMatch(/outages\/notices\.json: file is missing/);
	});
});
