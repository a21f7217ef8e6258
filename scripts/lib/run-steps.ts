import { spawn } from 'node:child_process';

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

/** Runs steps in order and exits with the first failing step's code. */
export async function runSteps(steps: Step[]): Promise<void> {
	for (const step of steps) {
		console.log(`\n▶ ${step.title}`);
		const code = await run(step.command, step.args, step.env ?? process.env);
		if (code !== 0) {
			console.error(`\n✖ ${step.title} failed (exit ${code}) / 失败`);
			process.exit(code);
		}
	}
}
