import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One command of a multi-step script. */
export interface Step {
	/** What the step does, printed before it runs. */
	title: string;
	command: string;
	args: string[];
	env?: Record<string, string | undefined>;
}

/** Runs a command with inherited output; resolves with its exit code. */
export function run(
	command: string,
	args: string[],
	env: Record<string, string | undefined> = process.env,
): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit', env });
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

/**
 * Runs a command with each line of its output (stdout and stderr) written to `write` after `prefix`, so that the
 * output of commands running side by side can be told apart; resolves with its exit code.
 */
export function runPrefixed(
	command: string,
	args: string[],
	env: Record<string, string | undefined>,
	prefix: string,
	write: (line: string) => void,
): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
		let open = 2;
		let code: number | undefined;
		// Resolved once the process has exited and both streams are read to the end: no line is lost.
		const settle = () => {
			if (open === 0 && code !== undefined) resolve(code);
		};
		for (const stream of [child.stdout, child.stderr]) {
			const lines = createInterface({ input: stream, crlfDelay: Infinity });
			lines.on('line', (line) => write(`${prefix}${line}`));
			lines.on('close', () => {
				open--;
				settle();
			});
		}
		child.on('error', reject);
		child.on('exit', (c, signal) => {
			code = c ?? (signal ? 1 : 0);
			settle();
		});
	});
}

/**
 * Runs `task` for each item, at most `jobs` at a time, starting them in order. Once a task resolves false, no
 * further task starts (those running finish); resolves with whether every task that ran resolved true.
 */
export async function inPool<T>(
	items: readonly T[],
	jobs: number,
	task: (item: T) => Promise<boolean>,
): Promise<boolean> {
	let next = 0;
	let ok = true;
	const worker = async () => {
		while (ok && next < items.length) {
			const item = items[next++];
			if (!(await task(item))) ok = false;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
	return ok;
}

/** Steps that run in order, under a name that tells their output apart from other groups'. */
export interface StepGroup {
	name: string;
	steps: Step[];
}

/** Where runGroups writes: its own lines and its steps' output, and what failed. */
export interface GroupOutput {
	line(text: string): void;
	error(text: string): void;
}

const consoleOutput: GroupOutput = { line: (t) => console.log(t), error: (t) => console.error(t) };

/**
 * Runs groups of steps side by side, at most `jobs` groups at a time, each group's steps in order. With one job (or
 * one group) each step's output is inherited; otherwise each line is prefixed with `[name]`. After a failing step no
 * further step starts; resolves with 0, or the exit code of the first step that failed.
 */
export async function runGroups(
	groups: readonly StepGroup[],
	jobs: number,
	out: GroupOutput = consoleOutput,
): Promise<number> {
	let failed = 0;
	const side = jobs > 1 && groups.length > 1;
	await inPool(groups, jobs, async (group) => {
		const prefix = side ? `[${group.name}] ` : '';
		for (const step of group.steps) {
			if (failed) return false;
			out.line(side ? `${prefix}▶ ${step.title}` : `\n▶ ${step.title}`);
			const env = step.env ?? process.env;
			const code = side
				? await runPrefixed(step.command, step.args, env, prefix, out.line)
				: await run(step.command, step.args, env);
			if (code !== 0) {
				out.error(`\n✖ ${prefix}${step.title} failed (exit ${code}) / 失败`);
				failed ||= code;
				return false;
			}
		}
		return true;
	});
	return failed;
}

/** Runs steps in order and exits with the first failing step's code. */
export async function runSteps(steps: Step[]): Promise<void> {
	const code = await runGroups([{ name: '', steps }], 1);
	if (code !== 0) process.exit(code);
}
