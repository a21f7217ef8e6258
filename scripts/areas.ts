/**
 * `npm run areas -- <county name or 6-digit code> [--out <file>] [--data <dir>] [--content <dir>]`
 *
 * Builds a real county's area tree (county ▸ towns/streets ▸ villages/communities) from the official statistical
 * division codes (国家统计局 统计用区划代码, 2023), installed on demand from npm, and merges it into
 * content/areas.json, or writes it alone to --out. See docs/areas.md.
 * Exit code 0: done; 1: refused, nothing written; 2: the command itself was wrong. The command itself is
 * src/lib/areas/areas-command.ts.
 * 用统计用区划代码生成一个县的区域表，并合并进 content/areas.json（或用 --out 单独写入文件）。
 */
import { areasCommand } from '../src/lib/areas/areas-command.ts';

process.exitCode = areasCommand(process.argv.slice(2), process.env, {
	log: (l) => console.log(l),
	error: (l) => console.error(l),
});
