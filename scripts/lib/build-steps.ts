import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGroups, type Step, type StepGroup } from './run-steps.ts';
import { buildCacheDir, prepareSegments, type PreparedSegments } from './segments.ts';
import { closedFolder, liveFolder } from '../../src/lib/build/segments/layout.ts';
import { liveSegment } from '../../src/lib/build/segments/plan.ts';

export { buildCacheDir };

/** A package's command-line script, to run with this same Node (never the system's, which may be too old). */
export const bin = (name: string) => path.resolve('node_modules/.bin', name);

/**
 * A step of a segmented build, with the segment it belongs to (the benchmark groups steps by it): a closed segment's
 * name, `live`, `merge`, or `summaries` for a step that summarises several closed segments.
 */
export type SegmentStep = Step & { segment: string };

/** What `npm run build` builds (scripts/build.ts). */
export interface BuildOptions {
	/** Every closed segment again, and the live one from an empty cache. */
	cold?: boolean;
	/** One segment only, not merged: a closed segment's name or `live` (a CI job of the deploy workflow). */
	segment?: string;
	/** Only the merge of segments already built (the deploy workflow's last job). */
	mergeOnly?: boolean;
	/** Steps that may run at once (buildJobs); the closed segments' summaries are shared out among as many processes. */
	jobs?: number;
}

/** The `segment` of the steps that summarise closed segments (several segments each). */
export const summariesStep = 'summaries';

/**
 * The steps of one segment's build, in its folder: `astro build` of its pages, then in one process its search
 * bundles, the check of its links (those into other segments are left to the merge) and last the mark that it is
 * complete. `OUT_DIR`, `CONTENT_DIR`, `ASTRO_CACHE_DIR` and `SITE_NOW` come from the plan (scripts/lib/segments.ts).
 */
function segmentSteps(prepared: PreparedSegments, name: string): SegmentStep[] {
	const live = name === liveSegment;
	const folder = live ? liveFolder(prepared.root) : closedFolder(prepared.root, name, true);
	const env = {
		...prepared.env,
		BUILD_SEGMENT: name,
		OUT_DIR: folder.out,
		ASTRO_CACHE_DIR: folder.cache,
		// Without its entries (notices.json unreadable), the live build reads the file itself and reports it.
		BUILD_SEGMENT_NOTICES: existsSync(folder.notices) ? folder.notices : undefined,
	};
	// The steps after Astro take the list of dist/'s files from the build instead of walking it again (dist-files.ts).
	const after = { ...env, DIST_FILES_FROM_BUILD: '1' };
	const which = live ? 'live segment' : `closed segment ${name}`;
	const node = (title: string, args: string[], e = env): SegmentStep => ({
		title,
		command: process.execPath,
		args,
		env: e,
		segment: name,
	});
	return [
		// The content is validated by the content collections' loaders (src/content.config.ts), this segment's notices
		// only: they throw with every problem listed (file > entry > field, in English and Chinese).
		node(`Build pages / 生成页面 (astro build, ${which})`, [bin('astro'), 'build']),
		// One process for the three steps after Astro: each of its own cost a Node start-up and module loading.
		node(
			`Index for search, check links, mark complete / 建立搜索索引、检查站内链接、标记完成 (pagefind, ${which})`,
			['scripts/segment.ts', 'finish'],
			after,
		),
	];
}

/** The merge of every segment into OUT_DIR, with the checks across segments (scripts/merge-segments.ts). */
function mergeStep(prepared: PreparedSegments, outDir: string): SegmentStep {
	return {
		title: 'Merge segments / 合并分段 (links, sitemap, search manifest, links across segments, search check)',
		command: process.execPath,
		args: ['scripts/merge-segments.ts', outDir],
		env: prepared.env,
		segment: 'merge',
	};
}

/**
 * The steps of `npm run build`, planned now (the plan, each segment's entries and the removal of the live segment's
 * completion mark are written by this call): each closed segment that is missing or stale, the live segment (warm),
 * then the merge into OUT_DIR (default dist/). `OUT_DIR`, `CONTENT_DIR` and `ASTRO_CACHE_DIR` in `env` point the
 * build elsewhere (tests and the benchmark build other content without touching dist/).
 */
export function buildSteps(env: Record<string, string | undefined>, opts: BuildOptions = {}): SegmentStep[] {
	const outDir = path.resolve(env.OUT_DIR ?? 'dist');
	if (opts.mergeOnly) {
		const prepared = prepareSegments(env, { only: [] });
		return [mergeStep(prepared, outDir)];
	}
	const only = opts.segment ? [opts.segment] : undefined;
	const prepared = prepareSegments(env, { cold: opts.cold, only });
	if (opts.segment && opts.segment !== liveSegment && !prepared.plan.closed.some((s) => s.name === opts.segment))
		throw new Error(
			`no segment ${opts.segment}: the plan has ${[liveSegment, ...prepared.plan.closed.map((s) => s.name)].join(', ')} / 没有分段 ${opts.segment}`,
		);
	// First the summaries of the closed segments to build, which the live build reads: in `jobs` processes at most,
	// each summarising its share (a process of its own for each would pay Node's start-up each time).
	const shares = Math.min(opts.jobs ?? 1, prepared.stale.length);
	const steps: SegmentStep[] = Array.from({ length: shares }, (_, i) => {
		const names = prepared.stale.filter((_, j) => j % shares === i);
		return {
			title: `Summarise for the live build / 生成摘要 (closed segment${names.length > 1 ? 's' : ''} ${names.join(', ')})`,
			command: process.execPath,
			args: ['scripts/segment.ts', 'summary', ...names],
			env: prepared.env,
			segment: summariesStep,
		};
	});
	// The largest first: side by side, a large segment left for last would run alone at the end.
	const count = (name: string) => prepared.plan.closed.find((s) => s.name === name)?.count ?? 0;
	const largestFirst = [...prepared.stale].sort((a, b) => count(b) - count(a));
	steps.push(...largestFirst.flatMap((name) => segmentSteps(prepared, name)));
	if (!opts.segment || opts.segment === liveSegment) steps.push(...segmentSteps(prepared, liveSegment));
	if (!opts.segment) steps.push(mergeStep(prepared, outDir));
	return steps;
}

/** Memory a segment's build may take at its peak (the largest measured: 1.43 GB, the live one at 50,000 notices). */
const memoryPerJob = 2 * 1024 ** 3;

/**
 * How many segments one machine builds at a time: BUILD_JOBS, else one per core as far as the memory allows
 * each 2 GB. A segment's `astro build` renders on one core, so on a machine of two cores two segments take about the
 * time of one.
 */
export function buildJobs(
	env: Record<string, string | undefined>,
	machine = { cores: os.availableParallelism(), memory: os.totalmem() },
): number {
	const given = env.BUILD_JOBS;
	if (given !== undefined && given !== '') {
		const n = Number(given);
		if (!Number.isInteger(n) || n < 1)
			throw new Error(`BUILD_JOBS=${given}: a whole number from 1 / BUILD_JOBS 应为不小于 1 的整数`);
		return n;
	}
	return Math.max(1, Math.min(machine.cores, Math.floor(machine.memory / memoryPerJob)));
}

/** The order a segmented build's steps run in (buildStages). */
export interface BuildStages {
	/** The closed segments' summaries, what the live build needs: each step its own group. */
	summaries: StepGroup[];
	/**
	 * Then every segment's pages and the rest of its build, side by side, each segment a group: the live segment
	 * first (it reads only the summaries, and is the longest), then the closed ones in the order of the steps.
	 */
	segments: StepGroup[];
	/** Last, the merge. */
	merge: SegmentStep[];
}

export function buildStages(steps: readonly SegmentStep[]): BuildStages {
	const summaries: SegmentStep[] = [];
	const segments = new Map<string, SegmentStep[]>();
	const merge: SegmentStep[] = [];
	for (const step of steps) {
		if (step.segment === 'merge') merge.push(step);
		else if (step.segment === summariesStep) summaries.push(step);
		else segments.set(step.segment, [...(segments.get(step.segment) ?? []), step]);
	}
	const groups = [...segments].map(([name, group]) => ({ name, steps: group }));
	const ordered = groups.sort((a, b) => Number(b.name === liveSegment) - Number(a.name === liveSegment));
	return {
		summaries: summaries.map((step, i) => ({ name: `${summariesStep} ${i + 1}`, steps: [step] })),
		segments: ordered,
		merge,
	};
}

/** Runs a segmented build's steps, `jobs` at a time where they can; resolves with 0 or the failing step's code. */
export async function runBuild(steps: readonly SegmentStep[], jobs: number): Promise<number> {
	const { summaries, segments, merge } = buildStages(steps);
	if (segments.length > 1 && jobs > 1)
		console.log(`\nBuilding ${segments.length} segments, ${jobs} at a time / 同时构建 ${jobs} 个分段`);
	for (const [groups, n] of [
		[summaries, jobs],
		[segments, jobs],
		[[{ name: 'merge', steps: merge }], 1],
	] as const) {
		const code = await runGroups(groups, n);
		if (code !== 0) return code;
	}
	return 0;
}

/**
 * The steps of a build of the whole site in one `astro build`, every notice in it, no segments: what the segments'
 * live pages must equal byte for byte (tests/build/build.test.ts), and the build before segments.
 */
export function wholeSiteSteps(env: Record<string, string | undefined>): Step[] {
	const outDir = path.resolve(env.OUT_DIR ?? 'dist');
	const clean = { ...env, BUILD_SEGMENT: undefined, BUILD_SEGMENTS_DIR: undefined, BUILD_SEGMENT_NOTICES: undefined };
	const after = { ...clean, DIST_FILES_FROM_BUILD: '1' };
	return [
		{
			title: 'Build pages / 生成页面 (astro build)',
			command: process.execPath,
			args: [bin('astro'), 'build'],
			env: clean,
		},
		{
			title: 'Index for search / 建立搜索索引 (pagefind)',
			command: process.execPath,
			args: ['scripts/index-search.ts', outDir],
			env: after,
		},
		{
			title: 'Check the search index / 检查搜索索引',
			command: process.execPath,
			args: ['scripts/check-search-index.ts', outDir],
			env: clean,
		},
		{
			title: 'Check links / 检查站内链接',
			command: process.execPath,
			args: ['scripts/check-links.ts', outDir],
			env: after,
		},
	];
}
