/**
 * What the staff commands (`npm run import`, `areas`) share: where their lines go, and the reading of a command line
 * that takes options and exactly one argument, answering a wrong one with exit code 2 and the usage.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Where a command's lines go: `log` for the report, `error` for a wrong command line. */
export interface CommandOutput {
	log(line: string): void;
	error(line: string): void;
}

/** What to say when the one argument is missing, or when there are several. */
export interface OneArgument {
	none: string;
	many: string;
}

/**
 * Parses `argv` with `options` (plus `--help`/`-h`) and one positional argument. Returns the options and the
 * argument, or the exit code when the command line was answered here: 0 after printing `usage` for --help, 2 after
 * printing what is wrong and `usage` to `out.error`.
 */
export function parseOneArgument<O extends ParseArgsOptionsConfig>(
	argv: string[],
	options: O,
	usage: string,
	say: OneArgument,
	out: CommandOutput,
): { values: ReturnType<typeof parseArgs<{ options: O }>>['values']; argument: string } | number {
	let args;
	try {
		args = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { ...options, help: { type: 'boolean', short: 'h' } },
		});
	} catch (e) {
		out.error(`${(e as Error).message}\n\n${usage}`);
		return 2;
	}
	if ((args.values as { help?: boolean }).help) {
		out.log(usage);
		return 0;
	}
	if (args.positionals.length !== 1) {
		out.error(`${args.positionals.length === 0 ? say.none : say.many}\n\n${usage}`);
		return 2;
	}
	return {
		values: args.values as ReturnType<typeof parseArgs<{ options: O }>>['values'],
		argument: args.positionals[0],
	};
}
