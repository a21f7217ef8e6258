/**
 * The planning step of a segmented build (docs/publishing.md): reads notices.json as written, splits it into the
 * live segment and closed segments (src/lib/build/segments/plan.ts), works out each closed segment's key (code,
 * shared content, its notices), writes the plan and each segment's entries for the builds about to run, and says
 * which closed segments are missing or stale. Reads no npm package, so CI can plan before installing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNow } from '../../src/lib/clock.ts';
import { contentDir as contentDirOf } from '../../src/lib/content/paths.ts';
import { builtKey, closedFolder, liveFolder, planFile, segmentsRoot } from '../../src/lib/build/segments/layout.ts';
import {
	defaultPeriod,
	planSegments,
	segmentPeriods,
	type SegmentPeriod,
	type SegmentPlan,
} from '../../src/lib/build/segments/plan.ts';
import { storedPlanFormat, type StoredPlan } from '../../src/lib/build/segments/stored-plan.ts';
import { utcOffsetLabel } from '../../src/lib/time.ts';

/** Bump when what a segment's build produces changes for the same inputs in a way the code hash cannot see. */
const keyFormat = 1;

type Env = Record<string, string | undefined>;

/** The build cache (Astro's content store and page cache, the search and link-check caches): ASTRO_CACHE_DIR. */
export function buildCacheDir(env: Env): string {
	return path.resolve(env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}

/** The period closed segments are grouped by: BUILD_SEGMENT_PERIOD (for measuring), else the default. */
export function segmentPeriod(env: Env): SegmentPeriod {
	const p = env.BUILD_SEGMENT_PERIOD;
	if (p === undefined || p === '') return defaultPeriod;
	if ((segmentPeriods as readonly string[]).includes(p)) return p as SegmentPeriod;
	throw new Error(`BUILD_SEGMENT_PERIOD=${p}: use ${segmentPeriods.join(', ')}`);
}

/** Files whose content decides what a build renders, besides the content folder: the code, config and lockfile. */
const codeRoots = ['src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Under scripts/, what no build runs. */
const notCode = (rel: string) => rel.startsWith('scripts/bench/');

/** Every file under `rel` (a file or folder of `root`), relative, sorted. */
function filesUnder(root: string, rel: string): string[] {
	const abs = path.join(root, rel);
	if (!existsSync(abs)) return [];
	if (!statSync(abs).isDirectory()) return [rel];
	return readdirSync(abs)
		.sort()
		.flatMap((name) => filesUnder(root, `${rel}/${name}`));
}

/** A hash of the code a build runs (src/, public/, the build scripts, config, lockfile): CI's cache keys hash the same. */
export function codeHash(root = process.cwd()): string {
	const h = createHash('sha256');
	for (const rel of codeRoots.flatMap((r) => filesUnder(root, r)).filter((r) => !notCode(r)))
		h.update(rel)
			.update('\0')
			.update(readFileSync(path.join(root, rel)))
			.update('\0');
	return h.digest('hex');
}

/** The shared content every page shows around a notice: site settings, area tree, supply units (as written). */
function sharedContentHash(contentDir: string): string {
	const h = createHash('sha256');
	for (const rel of ['site.json', 'areas.json', 'units.json']) {
		const file = path.join(contentDir, rel);
		h.update(rel)
			.update('\0')
			.update(existsSync(file) ? readFileSync(file) : 'missing')
			.update('\0');
	}
	return h.digest('hex');
}

/** The content folder as a whole, for the live segment's key. */
function contentHash(contentDir: string): string {
	const h = createHash('sha256');
	for (const rel of filesUnder(contentDir, '.'))
		h.update(rel)
			.update('\0')
			.update(readFileSync(path.join(contentDir, rel)));
	return h.digest('hex');
}

const digest = (...parts: unknown[]) => {
	const h = createHash('sha256');
	for (const p of parts) h.update(JSON.stringify(p)).update('\0');
	return h.digest('hex').slice(0, 32);
};

/** Writes a file whole or not at all. */
export function writeAtomic(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, file);
}

export interface PreparedSegments {
	/** The segments' folder. */
	root: string;
	plan: StoredPlan;
	/** Closed segments to build: missing, stale, or all of them on `cold`. */
	stale: string[];
	/** The environment every segment's build starts from: the content, the build's clock, its segments' folder. */
	env: Env;
}

export interface PrepareOptions {
	/** Build every closed segment again, whatever it was built for. */
	cold?: boolean;
	/** Write only what these segments' builds need (`--segment`); default: every segment. */
	only?: readonly string[];
	/** Work the plan out and say what is stale, writing nothing (`--plan`). */
	dryRun?: boolean;
}

/**
 * Plans the build: writes `<segments>/plan.json`, the live segment's entries of notices.json and those of each
 * closed segment to build (in its fresh `<name>.next/` folder), removes the live segment's completion mark (a live
 * build about to run is merged only once it finishes) and the folders of segments the plan no longer has.
 */
export function prepareSegments(env: Env, opts: PrepareOptions = {}): PreparedSegments {
	const root = segmentsRoot(buildCacheDir(env));
	const contentDir = contentDirOf(env);
	const now = buildNow(env);
	const period = segmentPeriod(env);
	let timeZone = 'Asia/Shanghai';
	try {
		timeZone =
			(JSON.parse(readFileSync(path.join(contentDir, 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
			timeZone;
	} catch {
		// The live build reports a missing or broken site.json.
	}
	// notices.json as written; when it cannot be read or is not a list, every notice stays live and the live build's
	// validation says what is wrong with the file.
	let raw: unknown[] | undefined;
	try {
		const parsed = JSON.parse(
			readFileSync(path.join(contentDir, 'outages/notices.json'), 'utf8').replace(/^\uFEFF/, ''),
		);
		if (Array.isArray(parsed)) raw = parsed;
	} catch {
		raw = undefined;
	}
	const plan: SegmentPlan = raw
		? planSegments(raw, now, timeZone, period)
		: { now: now.toISOString(), timeZone, period, closableThrough: '', closed: [], live: [] };

	const code = codeHash();
	const shared = sharedContentHash(contentDir);
	const offset = utcOffsetLabel(now, timeZone);
	const entriesOf = (indexes: readonly number[]) => ({
		entries: indexes.map((i) => (raw as unknown[])[i]),
		numbers: [...indexes],
	});
	const liveEntries = raw ? entriesOf(plan.live) : undefined;
	const closed = plan.closed.map((s) => {
		const subset = entriesOf(s.entries);
		// What a closed segment's pages show: its notices, the shared content and, in the footer, the zone's offset.
		const key = digest(keyFormat, code, shared, offset, period, s.name, s.months, subset.entries);
		return { name: s.name, months: s.months, count: s.entries.length, key, subset };
	});
	const stored: StoredPlan = {
		format: storedPlanFormat,
		now: plan.now,
		timeZone,
		period,
		closableThrough: plan.closableThrough,
		closed: closed.map(({ name, months, count, key }) => ({ name, months, count, key })),
		live: {
			count: plan.live.length,
			key: digest(
				keyFormat,
				code,
				contentHash(contentDir),
				plan.now,
				period,
				closed.map((s) => s.key),
			),
		},
	};
	const wanted = (name: string) => !opts.only || opts.only.includes(name);
	const stale = closed
		.filter((s) => wanted(s.name) && (opts.cold || builtKey(closedFolder(root, s.name)) !== s.key))
		.map((s) => s.name);
	const env2 = {
		...env,
		CONTENT_DIR: contentDir,
		SITE_NOW: plan.now,
		BUILD_SEGMENTS_DIR: root,
		// Node's on-disk compile cache for every step (a build runs a dozen Node processes, Astro's the largest): a module
		// compiled once is not compiled again by the next step or build. It changes no output; a caller's own is kept.
		NODE_COMPILE_CACHE: env.NODE_COMPILE_CACHE ?? path.join(buildCacheDir(env), 'node-compile-cache'),
	};
	if (opts.dryRun) return { root, plan: stored, stale, env: env2 };

	mkdirSync(root, { recursive: true });
	writeAtomic(planFile(root), `${JSON.stringify(stored, null, '\t')}\n`);
	// Segments the plan no longer has (a month reopened by a correction, another period): gone. Their files leave the
	// merged site with the next merge, which remembers what it took from each.
	const names = new Set(closed.map((s) => s.name));
	for (const dir of [path.join(root, 'closed'), path.join(root, 'summaries')])
		if (existsSync(dir))
			// Also what a killed build left: a `<name>.next/` it was building (built again whole below if still wanted).
			for (const name of readdirSync(dir))
				if (!names.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
	for (const s of closed.filter((c) => stale.includes(c.name))) {
		const next = closedFolder(root, s.name, true);
		rmSync(next.root, { recursive: true, force: true });
		mkdirSync(next.root, { recursive: true });
		writeFileSync(next.notices, JSON.stringify(s.subset));
	}
	if (wanted('live')) {
		const live = liveFolder(root);
		rmSync(live.done, { force: true });
		if (liveEntries) writeAtomic(live.notices, JSON.stringify(liveEntries));
		else rmSync(live.notices, { force: true });
	}
	return { root, plan: stored, stale, env: env2 };
}
