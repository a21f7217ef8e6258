/**
 * Running a build step by step with each step measured (wall, CPU, peak memory), its output in a log file, for the
 * benchmarks that build several sites in one run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Step } from '../../lib/run-steps.ts';
import { runMeasured, type Measured } from './measure.ts';

/** One measured step. */
export type MeasuredStep = Measured & { title: string; log: string };

/** A measured build: its steps and their totals. */
export interface MeasuredBuild {
	steps: MeasuredStep[];
	/** Wall time of all steps. */
	ms: number;
	/** CPU time of all steps (user + sys), where GNU time is installed. */
	cpuMs?: number;
	/** The highest peak of any step. */
	peakRss: number;
}

/**
 * Waits while another `astro build` in this working tree holds its build lock (src/integrations/build-lock.ts:
 * builds in one folder take turns), so the measured time is this build's, not a colleague's.
 */
export async function waitForBuildLock(root: string): Promise<void> {
	const lock = path.join(root, '.astro/build.lock');
	let told = false;
	for (;;) {
		let owner: number;
		try {
			owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
			process.kill(owner, 0);
		} catch {
			return;
		}
		if (!told) console.log(`  (waiting for another build in this folder to finish, pid ${owner})`);
		told = true;
		await new Promise((r) => setTimeout(r, 1000));
	}
}

/** The totals of some measured steps. */
export function totals(steps: MeasuredStep[]): MeasuredBuild {
	return {
		steps,
		ms: steps.reduce((s, m) => s + m.ms, 0),
		cpuMs: steps.every((m) => m.cpuMs !== undefined) ? steps.reduce((s, m) => s + (m.cpuMs ?? 0), 0) : undefined,
		peakRss: Math.max(0, ...steps.map((m) => m.peakRss)),
	};
}

/**
 * Runs one step measured, its output in `<logs>/<label>-<n>.log` (`n` counts from 1). Throws with the end of its
 * log when it fails.
 */
export async function measuredStep(label: string, n: number, step: Step, logs: string): Promise<MeasuredStep> {
	const log = path.join(logs, `${label}-${n}.log`);
	const m = await runMeasured(step.command, step.args, (step.env ?? process.env) as NodeJS.ProcessEnv, log);
	if (readFileSync(log, 'utf8').includes('waiting for another build')) {
		console.log(
			`  (${step.title}: waited for another build's lock meanwhile; its wall time includes the wait, its CPU time does not)`,
		);
	}
	if (m.code !== 0) {
		const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
		throw new Error(
			`${label}: ${step.title} failed (exit ${m.code}); the end of ${path.relative(process.cwd(), log)}:\n${tail}`,
		);
	}
	return { ...m, title: step.title, log };
}

/**
 * Runs `steps` in order, each measured, its output in `<logs>/<label>-<n>.log`. Stops at the first failing step
 * and throws with the end of its log.
 */
export async function measuredBuild(
	label: string,
	steps: readonly Step[],
	logs: string,
	root = process.cwd(),
): Promise<MeasuredBuild> {
	const measured: MeasuredStep[] = [];
	for (const [i, step] of steps.entries()) {
		if (step.args.some((a) => /astro$/.test(a))) await waitForBuildLock(root);
		measured.push(await measuredStep(label, i + 1, step, logs));
	}
	return totals(measured);
}

/**
 * Pages the search step indexed afresh, from its log: scripts/index-search.ts prints one line per bundle, e.g.
 * "  live bundle: 4406 pages reused from the cache (0.1 s)", "  open 2026-12: 3080 pages indexed (9.2 s)".
 * Undefined when the log has no such line.
 */
export function reindexedPages(log: string): number | undefined {
	const lines = [...log.matchAll(/^\s+[^:\n]+: ([\d,]+) pages (indexed|reused from the cache) \(/gm)];
	if (lines.length === 0) return undefined;
	return lines.filter((m) => m[2] === 'indexed').reduce((n, m) => n + Number(m[1].replace(/,/g, '')), 0);
}
