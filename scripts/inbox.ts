/**
 * `npm run inbox [-- --now <ISO date-time>] [--message <file>] [--content <dir>]`
 *
 * Imports every scheduling export in content/imports/inbox/, in name order, with the importer's rules
 * (`npm run import`): each one imported is moved to content/imports/done/<yyyy-mm-dd>-<name>; the first one refused
 * stays in the inbox with its problem report (<name>.problems.csv) beside it, nothing else changes, and the exit
 * code is 1. `--message` writes a commit message (what was imported and the importer's summary) for the deploy
 * workflow. The clock: --now, else IMPORT_NOW, else the real time. The command itself is
 * src/lib/import/inbox-command.ts.
 * 导入收件箱中的调度导出：成功的移到 done/，失败的留在原处并在旁边写出问题清单。
 */
import { inboxCommand } from '../src/lib/import/inbox-command.ts';

process.exitCode = await inboxCommand(process.argv.slice(2), process.env, {
	log: (l) => console.log(l),
	error: (l) => console.error(l),
});
