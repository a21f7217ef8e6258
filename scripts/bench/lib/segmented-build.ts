/**
 * A segmented build (`npm run build`'s steps, scripts/lib/build-steps.ts) run step by step, each measured, with
 * what the benchmark reports of it: one machine's totals, each segment's own (the slowest is the wall time of the
 * parallel build the deploy workflow runs), the planning itself, files rendered and pages re-indexed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildStages, buildSteps, summariesStep, type BuildOptions, type SegmentStep } from '../../lib/build-steps.ts';
import { liveSegment } from '../../../src/lib/build/segments/plan.ts';
import { inPool, type Step } from '../../lib/run-steps.ts';
import { renderedPages } from './astro-log.ts';
import {
	measuredBuild,
	measuredStep,
	reindexedPages,
	totals,
	waitForBuildLock,
	type MeasuredBuild,
	type MeasuredStep,
} from './measured-build.ts';

/** One segment's steps together. */
export interface SegmentTotals {
	segment: string;
	ms: number;
	cpuMs?: number;
	peakRss: number;
}

export interface SegmentedRun {
	/** The planning (reading notices.json, the keys, the segments' entries), in this process. */
	plan: { ms: number; cpuMs: number };
	steps: Array<MeasuredStep & { segment: string }>;
	segments: SegmentTotals[];
	/** Segments built at a time (`npm run build`'s BUILD_JOBS); with more than one, segments' times overlap. */
	jobs: number;
	/** Everything on one machine, planning included: its wall time, `jobs` segments at a time. */
	ms: number;
	cpuMs?: number;
	peakRss: number;
	/**
	 * The slowest closed segment, and the build's wall time with every closed segment on a machine of its own (then
	 * live, merge): from segments built one at a time (with `jobs` above one, each segment shared the machine).
	 */
	slowestClosed?: SegmentTotals;
	parallelMs: number;
	/** Files Astro rendered, and reused, over every segment's build. */
	rendered: number;
	reused: number;
	/** Pages the search steps indexed afresh. */
	reindexed: number;
	/**
	 * The phases of each segment's `astro build` (Astro's own timer, `ASTRO_TIMER_PATH`), milliseconds by phase name:
	 * what in Astro sets a build's floor.
	 */
	astroPhases: Record<string, Record<string, number>>;
}

/** The totals of a run's steps by segment, in the order the steps ran. */
export function bySegment(steps: ReadonlyArray<MeasuredStep & { segment: string }>): SegmentTotals[] {
	const out = new Map<string, SegmentTotals>();
	for (const s of steps) {
		const t = out.get(s.segment) ?? { segment: s.segment, ms: 0, cpuMs: 0, peakRss: 0 };
		t.ms += s.ms;
		t.cpuMs = t.cpuMs === undefined || s.cpuMs === undefined ? undefined : t.cpuMs + s.cpuMs;
		t.peakRss = Math.max(t.peakRss, s.peakRss);
		out.set(s.segment, t);
	}
	return [...out.values()];
}

/** Whether these totals are a closed segment's (not the live segment's, the merge's or the summaries'). */
export const isClosed = (s: { segment: string }) => ![liveSegment, 'merge', summariesStep].includes(s.segment);

/**
 * The wall time with the closed segments built in parallel (one machine each, as the workflow's matrix): the
 * planning, the summaries, the slowest closed segment, then the live segment and the merge after it.
 */
export function parallelWall(planMs: number, segments: readonly SegmentTotals[]): number {
	const closed = segments.filter(isClosed);
	const rest = segments.filter((s) => !isClosed(s));
	return planMs + Math.max(0, ...closed.map((s) => s.ms)) + rest.reduce((n, s) => n + s.ms, 0);
}

/** Plans and runs a segmented build of `env` (its OUT_DIR, CONTENT_DIR, ASTRO_CACHE_DIR, SITE_NOW), measured. */
export async function measureSegmentedBuild(
	label: string,
	env: NodeJS.ProcessEnv,
	logs: string,
	opts: BuildOptions & { mapStep?: (s: SegmentStep) => SegmentStep; jobs?: number } = {},
): Promise<SegmentedRun> {
	const jobs = opts.jobs ?? 1;
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	// Astro writes the time of its build phases where ASTRO_TIMER_PATH says: one file per segment's astro build.
	const timers = new Map<number, string>();
	const planned = buildSteps(env, { ...opts, jobs })
		.map(opts.mapStep ?? ((s) => s))
		.map((s, i) => {
			if (!s.args.some((a) => /astro$/.test(a))) return s;
			const file = path.join(logs, `${label}-${i + 1}.astro-timer.json`);
			timers.set(i, file);
			return { ...s, env: { ...s.env, ASTRO_TIMER_PATH: file } };
		});
	const plan = { ms: performance.now() - t0, cpuMs: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpu0)) };
	const measured = jobs > 1 ? await sideBySide(label, planned, logs, jobs) : await measuredBuild(label, planned, logs);
	const steps = measured.steps.map((m, i) => ({ ...m, segment: planned[i].segment }));
	const segments = bySegment(steps);
	let rendered = 0;
	let reused = 0;
	let reindexed = 0;
	for (const s of steps) {
		const log = readFileSync(s.log, 'utf8');
		if (/astro build/.test(s.title)) {
			const pages = renderedPages(log);
			rendered += pages.rendered.size;
			reused += pages.reused;
		}
		if (/pagefind/.test(s.title)) reindexed += reindexedPages(log) ?? 0;
	}
	const astroPhases: SegmentedRun['astroPhases'] = {};
	for (const [i, file] of timers) {
		if (!existsSync(file)) continue;
		const stats = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { elapsedTime: number }>;
		astroPhases[planned[i].segment] = Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.elapsedTime]));
	}
	const closed = segments.filter(isClosed);
	return {
		astroPhases,
		jobs,
		plan,
		steps,
		segments,
		ms: plan.ms + measured.ms,
		cpuMs: measured.cpuMs === undefined ? undefined : plan.cpuMs + measured.cpuMs,
		peakRss: measured.peakRss,
		slowestClosed: closed.length ? closed.reduce((a, b) => (b.ms > a.ms ? b : a)) : undefined,
		parallelMs: parallelWall(plan.ms, segments),
		rendered,
		reused,
		reindexed,
	};
}

/** Runs a segmented build's steps as `npm run build` does, `jobs` at a time where they can, each step measured. */
async function sideBySide(label: string, planned: SegmentStep[], logs: string, jobs: number): Promise<MeasuredBuild> {
	await waitForBuildLock(process.cwd());
	const t0 = performance.now();
	const measured: MeasuredStep[] = [];
	const measure = async (step: Step) => {
		const i = planned.indexOf(step as SegmentStep);
		measured[i] = await measuredStep(label, i + 1, step, logs);
	};
	const { summaries, segments, merge } = buildStages(planned);
	for (const groups of [summaries, segments])
		await inPool(groups, jobs, async (group) => {
			for (const step of group.steps) await measure(step);
			return true;
		});
	for (const step of merge) await measure(step);
	return { ...totals(measured), ms: performance.now() - t0 };
}
