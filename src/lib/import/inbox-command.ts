/**
 * The `npm run inbox` command line: parses the arguments, reads the clock, imports the inbox and answers with the exit
 * code (0 all imported or nothing to do; 1 an export was refused; 2 the command itself was wrong). scripts/inbox.ts
 * runs it for the workflow and staff; the tests run it in-process, which spares a Node start per case (the exit
 * codes are also checked through the real script).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CommandOutput } from '../command-line.ts';
import { contentDir } from '../content/paths.ts';
import { commitMessage, runInbox } from './inbox.ts';
import { importClock } from './run.ts';

/**
 * Runs the inbox command with `argv` (the arguments after the script's name) in the environment `env` (CONTENT_DIR,
 * IMPORT_NOW), printing to `out`; resolves with the exit code.
 */
export async function inboxCommand(
	argv: string[],
	env: Record<string, string | undefined>,
	out: CommandOutput,
): Promise<number> {
	let args;
	try {
		args = parseArgs({
			args: argv,
			options: { now: { type: 'string' }, message: { type: 'string' }, content: { type: 'string' } },
		});
	} catch (e) {
		out.error(
			`${(e as Error).message}\n用法 Usage: npm run inbox [-- --now <date-time>] [--message <file>] [--content <dir>]`,
		);
		return 2;
	}
	let now: Date;
	try {
		now = importClock(args.values.now, env);
	} catch (e) {
		out.error((e as Error).message);
		return 2;
	}
	const { exitCode, results } = await runInbox({
		contentDir: args.values.content ? contentDir({ CONTENT_DIR: args.values.content }) : contentDir(env),
		now,
		print: (line) => out.log(line),
	});
	if (args.values.message && results.length > 0) writeFileSync(args.values.message, commitMessage(results));
	return exitCode;
}
