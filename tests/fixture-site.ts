import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeNotices } from '../src/lib/notices-file.ts';
import { sampleNotices } from '../src/lib/sample/sample-notices.ts';
import { writeSampleAlerts } from '../src/lib/sample/sample-alerts.ts';

/**
 * The site the browser tests run against: the committed content with the sample notices regenerated around a
 * fixed anchor, built with a fixed clock. Tests therefore know exactly which outages are past, in progress and
 * upcoming, whatever today's date is.
 */
export const fixture = {
	/** The sample's anchor date. */
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

/**
 * Copies `content/` to `targetDir` and regenerates the sample notices and alerts there around `anchor`.
 * Returns the content folder.
 */
export function prepareFixtureContent(
	targetDir: string,
	anchor: string = fixture.anchor,
	timeZone: string = fixture.timeZone,
): string {
	rmSync(targetDir, { recursive: true, force: true });
	mkdirSync(path.dirname(targetDir), { recursive: true });
	cpSync(path.resolve('content'), targetDir, { recursive: true });
	writeFileSync(path.join(targetDir, 'outages/notices.json'), serializeNotices(sampleNotices(anchor, timeZone)));
	writeSampleAlerts(path.join(targetDir, 'alerts'), anchor, timeZone);
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
