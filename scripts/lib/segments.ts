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
	closingInstants,
	defaultPeriod,
	planSegments,
	segmentPeriods,
	type SegmentPeriod,
	type SegmentPlan,
} from '../../src/lib/build/segments/plan.ts';
import { storedPlanFormat, type StoredPlan } from '../../src/lib/build/segments/stored-plan.ts';
import { utcOffsetLabel } from '../../src/lib/time.ts';

/** Bump when what a segment's build produces changes for the same inputs in a way the code hash cannot see. */
const keyFormat = 2;

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

/** The content folder as a whole, for the live segment's key; `known`: digests of files already read. */
function contentHash(contentDir: string, known: ReadonlyMap<string, string>): string {
	const h = createHash('sha256');
	for (const rel of filesUnder(contentDir, '.'))
		h.update(rel)
			.update('\0')
			.update(known.get(rel) ?? readFileSync(path.join(contentDir, rel)));
	return h.digest('hex');
}

/**
 * What the planner keeps between builds (`<segments>/planned.json`): the plan of the last notices.json it read, and
 * each closed segment's entries digested. The plan depends only on the file's bytes, the zone, the period and the
 * two instants the closing rule compares with (the last month that may close, the day outages must have ended by),
 * so while none of them changes (a build with nothing published, an alert alone) notices.json is hashed, not parsed
 * nor serialised again: 0.8 s of every build at 50,000 notices.
 */
interface PlanMemo {
	format: 1;
	/** The digest of what the plan depends on. */
	input: string;
	plan: Omit<SegmentPlan, 'now'>;
	/** Each closed segment's entries, digested as its key takes them. */
	entries: Record<string, string>;
}

const planMemoFile = (root: string) => path.join(root, 'planned.json');

function readMemo(file: string): PlanMemo | undefined {
	try {
		const memo = JSON.parse(readFileSync(file, 'utf8')) as PlanMemo;
		return memo.format === 1 ? memo : undefined;
	} catch {
		return undefined;
	}
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
	/** The plan is the last build's (same notices.json, zone, period and closing instants: PlanMemo). */
	remembered: boolean;
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
	const noticesRel = 'outages/notices.json';
	let bytes: Buffer | undefined;
	try {
		bytes = readFileSync(path.join(contentDir, noticesRel));
	} catch {
		bytes = undefined;
	}
	let parsed: unknown[] | undefined | null = null;
	/** The entries, parsed on first use (not at all when the memo holds the plan and nothing is written). */
	const entries = (): unknown[] | undefined => {
		if (parsed !== null) return parsed;
		try {
			const list: unknown = bytes ? JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) : undefined;
			parsed = Array.isArray(list) ? list : undefined;
		} catch {
			parsed = undefined;
		}
		return parsed;
	};
	const noticesHash = bytes ? createHash('sha256').update(bytes).digest('hex') : undefined;
	const input = digest(noticesHash, timeZone, period, closingInstants(now, timeZone));
	const memo = readMemo(planMemoFile(root));
	const remembered = noticesHash && memo?.input === input ? memo : undefined;
	let plan: SegmentPlan;
	let entryDigests: Record<string, string>;
	if (remembered) {
		plan = { ...remembered.plan, now: now.toISOString() };
		entryDigests = remembered.entries;
	} else {
		const raw = entries();
		plan = raw
			? planSegments(raw, now, timeZone, period)
			: { now: now.toISOString(), timeZone, period, closableThrough: '', closed: [], live: [] };
		entryDigests = Object.fromEntries(plan.closed.map((s) => [s.name, digest(s.entries.map((i) => raw?.[i]))]));
	}

	const code = codeHash();
	const shared = sharedContentHash(contentDir);
	const offset = utcOffsetLabel(now, timeZone);
	const entriesOf = (indexes: readonly number[]) => ({
		entries: indexes.map((i) => (entries() as unknown[])[i]),
		numbers: [...indexes],
	});
	const closed = plan.closed.map((s) => {
		// What a closed segment's pages show: its notices, the shared content and, in the footer, the zone's offset.
		const key = digest(keyFormat, code, shared, offset, period, s.name, s.months, entryDigests[s.name]);
		return { name: s.name, months: s.months, count: s.entries.length, key, indexes: s.entries };
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
				contentHash(contentDir, new Map(noticesHash ? [[noticesRel, noticesHash]] : [])),
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
	if (opts.dryRun) return { root, plan: stored, stale, env: env2, remembered: !!remembered };

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
		writeFileSync(next.notices, JSON.stringify(entriesOf(s.indexes)));
	}
	if (wanted('live')) {
		const live = liveFolder(root);
		rmSync(live.done, { force: true });
		// The live entries are those of the memo's plan whenever it is kept: both are written here, the memo last.
		const unchanged = remembered && existsSync(live.notices);
		if (!unchanged && entries()) {
			writeAtomic(live.notices, JSON.stringify(entriesOf(plan.live)));
			const { now: _, ...kept } = plan;
			const memo: PlanMemo = { format: 1, input, plan: kept, entries: entryDigests };
			writeAtomic(planMemoFile(root), JSON.stringify(memo));
		} else if (!unchanged) rmSync(live.notices, { force: true });
	}
	return { root, plan: stored, stale, env: env2, remembered: !!remembered };
}
