/**
 * `npm run import -- <export-file> [--dry-run] [--cancel-missing] [--mapping <file>] [--sheet <name>]
 *  [--encoding <name>] [--report <file>] [--content <dir>] [--now <ISO date-time>]`
 *
 * Regenerates content/outages/notices.json from the scheduling system's export (CSV or .xlsx). See docs/importer.md.
 * Exit code 0: imported (or a dry run without errors); 1: the export has errors and nothing was written; 2: the
 * command itself was wrong. The command itself is src/lib/import/command.ts.
 */
import { importCommand } from '../src/lib/import/command.ts';

process.exitCode = await importCommand(process.argv.slice(2), process.env, {
	log: (l) => console.log(l),
	error: (l) => console.error(l),
});
