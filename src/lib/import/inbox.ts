/**
 * The export inbox: staff upload the scheduling export from the content editor (or by a commit) into
 * content/imports/inbox/; `npm run inbox` (and the deploy workflow) imports each file with the importer's own
 * rules (runImport) and files it away, or leaves it with a problem report beside it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { siteSchema } from '../../schemas/site.ts';
import { renderReport } from './problems.ts';
import { runImport, type ImportOutcome } from './run.ts';
import { ZonedClock } from './zoned.ts';
import { byCodeUnit } from '../order.ts';

/** Where, under the content folder, uploads arrive and imported exports are kept. */
export const INBOX_DIR = 'imports/inbox';
export const DONE_DIR = 'imports/done';

/** The problem report of a refused export sits next to it, named after it: `plan.xlsx` → `plan.problems.csv`. */
export const REPORT_SUFFIX = '.problems.csv';

/** The report file name for an export. */
export function reportName(exportName: string): string {
	return `${exportName.replace(/\.[^.]*$/, '')}${REPORT_SUFFIX}`;
}

/**
 * The files of the inbox to import, in name order (code-point order: the same on every machine and locale).
 * Hidden files (.gitkeep) and the problem reports written by an earlier run are not exports and are skipped;
 * anything else is tried, so a file that is not an export is refused with a report rather than ignored.
 */
export function inboxQueue(names: readonly string[]): string[] {
	return names.filter((n) => !n.startsWith('.') && !n.endsWith(REPORT_SUFFIX)).sort(byCodeUnit);
}

/**
 * Where an imported export is kept: `<yyyy-mm-dd>-<name>`, the date of the import's clock in the utility's time zone
 * (not the machine's), with `-2`, `-3` … before the extension when that name is taken.
 */
export function doneName(
	name: string,
	now: Date,
	timeZone: string,
	taken: (candidate: string) => boolean = () => false,
): string {
	const d = new ZonedClock(timeZone).dateOf(now);
	const date = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
	const ext = /\.[^.]*$/.exec(name)?.[0] ?? '';
	const stem = name.slice(0, name.length - ext.length);
	for (let n = 1; ; n++) {
		const candidate = `${date}-${stem}${n === 1 ? '' : `-${n}`}${ext}`;
		if (!taken(candidate)) return candidate;
	}
}

/** One file's result. */
export interface InboxResult {
	name: string;
	/** `imported`: moved to done/ as `movedTo`; `refused`: left in the inbox with `report` beside it. */
	status: 'imported' | 'refused';
	movedTo?: string;
	report?: string;
	outcome: ImportOutcome;
	/** The importer's summary line (汇总 Summary …), for the commit message. */
	summary?: string;
}

export interface InboxOptions {
	/** The content folder (its imports/inbox, imports/done and outages/notices.json). */
	contentDir: string;
	/** The import's clock: notices' publishedAt and the date in the done/ names. */
	now: Date;
	print: (line: string) => void;
}

/**
 * Imports every export in the inbox, in name order. Each one that imports cleanly is moved to done/ (and a report
 * left from an earlier failed try is removed). The first one refused stays where it is with its problem report
 * beside it and the run stops there: later exports may build on it, so they wait for the next run. Returns the
 * results so far; exit code 1 when one was refused.
 */
export async function runInbox(o: InboxOptions): Promise<{ exitCode: 0 | 1; results: InboxResult[] }> {
	// Paths in messages (and the file given to the importer, which reads it) are relative to the current directory.
	const root = process.cwd();
	const inbox = path.join(o.contentDir, INBOX_DIR);
	const done = path.join(o.contentDir, DONE_DIR);
	const shown = (p: string) => path.relative(root, p).split(path.sep).join('/');
	const queue = existsSync(inbox)
		? inboxQueue(
				readdirSync(inbox, { withFileTypes: true })
					.filter((e) => e.isFile())
					.map((e) => e.name),
			)
		: [];
	if (queue.length === 0) {
		o.print(`收件箱为空 The inbox ${shown(inbox)}/ is empty: nothing to import.`);
		return { exitCode: 0, results: [] };
	}
	const results: InboxResult[] = [];
	for (const name of queue) {
		const file = path.join(inbox, name);
		const lines: string[] = [];
		o.print(`== ${shown(file)}`);
		const outcome = await runImport({
			file: shown(file),
			contentDir: o.contentDir,
			now: o.now,
			print: (line) => {
				lines.push(line);
				o.print(line);
			},
		});
		const report = path.join(inbox, reportName(name));
		if (outcome.exitCode !== 0) {
			writeFileAtomic.sync(report, renderReport(outcome.problems, true));
			o.print(
				`导入被拒绝：${name} 留在收件箱，问题清单见 ${shown(report)}。Refused: ${name} stays in the inbox; its problems are in ${shown(report)}.`,
			);
			const later = queue.slice(queue.indexOf(name) + 1);
			if (later.length) o.print(`其后的文件留待下次导入 Not tried (after the refused one): ${later.join(', ')}`);
			results.push({ name, status: 'refused', report: shown(report), outcome });
			return { exitCode: 1, results };
		}
		mkdirSync(done, { recursive: true });
		const target = path.join(
			done,
			doneName(name, o.now, timeZoneOf(o.contentDir), (c) => existsSync(path.join(done, c))),
		);
		renameSync(file, target);
		rmSync(report, { force: true });
		o.print(`已归档 Moved to ${shown(target)}`);
		results.push({
			name,
			status: 'imported',
			movedTo: shown(target),
			outcome,
			summary: lines.find((l) => l.startsWith('汇总 Summary')),
		});
	}
	return { exitCode: 0, results };
}

/** The utility's time zone from site.json (runImport has just validated it). */
function timeZoneOf(contentDir: string): string {
	return siteSchema.shape.timeZone.parse(JSON.parse(readFileSync(path.join(contentDir, 'site.json'), 'utf8')).timeZone);
}

/**
 * The commit message for what a run did, for the deploy workflow: one line per file and the importer's summary.
 */
export function commitMessage(results: readonly InboxResult[]): string {
	const imported = results.filter((r) => r.status === 'imported');
	const refused = results.filter((r) => r.status === 'refused');
	const head = refused.length
		? `Inbox: ${refused[0].name} refused, see ${refused[0].report} / 导入被拒绝，见问题清单`
		: `Inbox: imported ${imported.map((r) => r.name).join(', ')} / 导入调度导出`;
	const body = results.map((r) =>
		r.status === 'imported'
			? `- ${r.name} → ${r.movedTo}\n  ${r.summary ?? ''}`
			: `- ${r.name}: refused, ${r.outcome.problems.filter((p) => p.severity === 'error').length} error(s) → ${r.report}`,
	);
	return `${head}\n\n${body.join('\n')}\n`;
}
