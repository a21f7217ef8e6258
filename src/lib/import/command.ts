/**
 * The `npm run import` command line: parses the arguments, reads the clock, runs the import and answers with the
 * exit code (0 imported, or a dry run without errors; 1 the export has errors and nothing was written; 2 the command
 * itself was wrong). scripts/import.ts runs it for staff; the tests run it in-process, which spares a Node start
 * per case (a few cases still start the real script, for its exit codes and output).
 */
import path from 'node:path';
import { parseOneArgument, type CommandOutput } from '../command-line.ts';
import { contentDir } from '../content/paths.ts';
import { importClock, runImport } from './run.ts';

export const USAGE = `用法 Usage: npm run import -- <导出文件 export.csv|.xlsx> [options]
  --dry-run            只显示将发生的变更，不写入 / show what would change, write nothing
  --cancel-missing     取消导出日期范围内、导出中已没有的公告 / cancel notices missing from the export within its dates
  --mapping <file>     表头映射文件 (JSON) / header mapping file
  --sheet <name>       .xlsx 工作表名（默认第一个）/ sheet to read (default: the first)
  --encoding <name>    强制 CSV 编码，如 gb18030、utf8 / force the CSV encoding
  --report <file>      将问题写入文件（.csv 可用 Excel/WPS 打开）/ write the problems to a file
  --content <dir>      内容目录（默认 content/ 或 CONTENT_DIR）/ content folder
  --now <date-time>    导入时间（默认 IMPORT_NOW 或当前时间）/ the import's clock, ISO 8601 with offset`;

/**
 * Runs the import command with `argv` (the arguments after the script's name) in the environment `env`
 * (CONTENT_DIR, IMPORT_NOW, INIT_CWD), printing to `out`; resolves with the exit code.
 */
export async function importCommand(
	argv: string[],
	env: Record<string, string | undefined>,
	out: CommandOutput,
): Promise<number> {
	const args = parseOneArgument(
		argv,
		{
			'dry-run': { type: 'boolean' },
			'cancel-missing': { type: 'boolean' },
			mapping: { type: 'string' },
			sheet: { type: 'string' },
			encoding: { type: 'string' },
			report: { type: 'string' },
			content: { type: 'string' },
			now: { type: 'string' },
		},
		USAGE,
		{ none: '请给出导出文件 / give the export file', many: '只能导入一个文件 / one export file at a time' },
		out,
	);
	if (typeof args === 'number') return args;

	let now: Date;
	try {
		now = importClock(args.values.now, env);
	} catch (e) {
		out.error((e as Error).message);
		return 2;
	}

	// npm runs scripts from the project folder; paths typed by staff are relative to where they typed them (INIT_CWD).
	const typedIn = env.INIT_CWD ?? process.cwd();
	const fromTyped = (p: string | undefined) =>
		p === undefined || path.resolve(typedIn) === process.cwd() ? p : path.resolve(typedIn, p);

	const outcome = await runImport({
		file: fromTyped(args.argument) as string,
		contentDir: args.values.content ? contentDir({ CONTENT_DIR: fromTyped(args.values.content) }) : contentDir(env),
		dryRun: args.values['dry-run'],
		cancelMissing: args.values['cancel-missing'],
		mappingFile: fromTyped(args.values.mapping),
		sheet: args.values.sheet,
		encoding: args.values.encoding,
		reportFile: fromTyped(args.values.report),
		now,
		print: (line) => out.log(line),
	});
	return outcome.exitCode;
}
