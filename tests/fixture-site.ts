import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The tests' own content folder (tests/fixtures/site, see its README): a frozen fictional county whose notices and
 * alerts lie around a fixed anchor. Every unit, build and browser test reads this, never the utility's `content/`,
 * so the tests pass whatever content a utility puts there.
 */
export const fixtureContent = fileURLToPath(new URL('fixtures/site', import.meta.url));

/**
 * What CONTENT_DIR is while the tests run (vitest.config.ts, playwright.config.ts): a folder that does not exist.
 * Every test names the content folder it uses; code reached without one fails here instead of reading content/.
 */
export const noContentDir = fileURLToPath(new URL('../.cache/no-content-folder-in-tests', import.meta.url));

/**
 * The site the browser tests run against: the fixture content built with a fixed clock. Tests therefore know
 * exactly which outages are past, in progress and upcoming, whatever today's date is.
 */
export const fixture = {
	/** The anchor date the fixture's notices and alerts were generated around. */
	anchor: '2026-12-01',
	/** The build's "now": 10:00 on the anchor date, in the utility's time zone. */
	now: '2026-12-01T10:00:00+08:00',
	timeZone: 'Asia/Shanghai',
	port: Number(process.env.E2E_PORT ?? 4399),
	/** Where the fixture content and build go; E2E_ROOT lets parallel runs keep apart. */
	root: path.resolve(process.env.E2E_ROOT ?? '.cache/e2e'),
	get contentDir() {
		return path.join(this.root, 'content');
	},
	get outDir() {
		return path.join(this.root, 'dist');
	},
	get cacheDir() {
		return path.join(this.root, 'astro-cache');
	},
	get baseURL() {
		return `http://127.0.0.1:${this.port}`;
	},
};

/** Copies the fixture content to `targetDir` (replacing what is there), for a test to build or change. Returns it. */
export function prepareFixtureContent(targetDir: string): string {
	rmSync(targetDir, { recursive: true, force: true });
	mkdirSync(path.dirname(targetDir), { recursive: true });
	cpSync(fixtureContent, targetDir, { recursive: true });
	return targetDir;
}

/** The environment for building the fixture site into `outDir` from `contentDir`. */
export function fixtureBuildEnv(opts: {
	contentDir: string;
	outDir: string;
	cacheDir: string;
	now?: string;
	tz?: string;
}): NodeJS.ProcessEnv {
	return {
		...process.env,
		CONTENT_DIR: opts.contentDir,
		OUT_DIR: opts.outDir,
		ASTRO_CACHE_DIR: opts.cacheDir,
		SITE_NOW: opts.now ?? fixture.now,
		TZ: opts.tz ?? process.env.TZ,
		ASTRO_TELEMETRY_DISABLED: '1',
	};
}
