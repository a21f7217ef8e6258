/**
 * `npm run inbox [-- --now <ISO date-time>] [--message <file>] [--content <dir>]`
 *
 * Imports every scheduling export in content/imports/inbox/, in name order, with the importer's rules
 * (`npm run import`): each one imported is moved to content/imports/done/<yyyy-mm-dd>-<name>; the first one refused
 * stays in the inbox with its problem report (<name>.problems.csv) beside it, nothing else changes, and the exit
 * code is 1. `--message` writes a commit message (what was imported and the importer's summary) for the deploy
 * workflow. The clock: --now, else IMPORT_NOW, else the real time.
 * 导入收件箱中的调度导出：成功的移到 done/，失败的留在原处并在旁边写出问题清单。
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths.ts';
import { commitMessage, runInbox } from '../src/lib/import/inbox.ts';
import { importClock } from '../src/lib/import/run.ts';

let args;
try {
	args = parseArgs({ options: { now: { type: 'string' }, message: { type: 'string' }, content: { type: 'string' } } });
} catch (e) {
	console.error(`${(e as Error).message}\n用法 Usage: npm run inbox [-- --now <date-time>] [--message <file>] [--content <dir>]`);
	process.exit(2);
}
let now: Date;
try {
	now = importClock(args.values.now, process.env);
} catch (e) {
	console.error((e as Error).message);
	process.exit(2);
}
const { exitCode, results } = await runInbox({
	contentDir: args.values.content ? contentDir({ CONTENT_DIR: args.values.content }) : contentDir(),
	now,
	print: (line) => console.log(line),
});
if (args.values.message && results.length > 0) writeFileSync(args.values.message, commitMessage(results));
process.exitCode = exitCode;
