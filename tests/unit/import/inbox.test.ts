import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inboxCommand } from '../../../src/lib/import/inbox-command.ts';
import { commitMessage, doneName, inboxQueue, reportName } from '../../../src/lib/import/inbox.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { csv, HEADER, noticeBytes, noticesIn, NOW, row, tempContent } from './import-helpers.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

/** Runs `npm run inbox` as the workflow does (the project's Node), on a content folder of its own. */
function runInbox(contentDir: string, extra: string[] = [], env: Record<string, string> = {}) {
	const node = existsSync(path.resolve('node_modules/.bin/node'))
		? path.resolve('node_modules/.bin/node')
		: process.execPath;
	const r = spawnSync(node, [path.resolve('scripts/inbox.ts'), '--content', contentDir, ...extra], {
		encoding: 'utf8',
		env: { ...process.env, IMPORT_NOW: NOW, ...env },
	});
	return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
/**
 * The same command's code (src/lib/import/inbox-command.ts, which scripts/inbox.ts runs) in-process, with the same
 * arguments and environment: for the cases about what is imported, filed and reported; the real process (runInbox)
 * for the exit codes of an import and a refusal.
 */
async function inboxHere(contentDir: string, extra: string[] = []) {
	const lines: string[] = [];
	const code = await inboxCommand(
		['--content', contentDir, ...extra],
		{ ...process.env, IMPORT_NOW: NOW },
		{ log: (l) => lines.push(l), error: (l) => lines.push(l) },
	);
	return { code, out: lines.join('\n') };
}
const inboxOf = (dir: string) => path.join(dir, 'imports/inbox');
const doneOf = (dir: string) => path.join(dir, 'imports/done');
// What staff see in the folder (the committed .gitkeep aside).
const list = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => !f.startsWith('.'))
				.sort()
		: [];
function drop(dir: string, name: string, from: string) {
	mkdirSync(inboxOf(dir), { recursive: true });
	copyFileSync(from, path.join(inboxOf(dir), name));
}
function dropText(c: ReturnType<typeof site>, name: string, text: string) {
	c.write(`imports/inbox/${name}`, text);
}

describe('inboxQueue: what is imported, in which order', () => {
	test.each([
		[
			['b.xlsx', 'a.csv', '.gitkeep', 'a.problems.csv'],
			['a.csv', 'b.xlsx'],
		],
		// Code-point order, whatever the machine's locale: digits, then upper case, then lower case, then Chinese.
		[
			['计划.csv', 'plan-10.csv', 'plan-02.csv', 'Plan.csv'],
			['Plan.csv', 'plan-02.csv', 'plan-10.csv', '计划.csv'],
		],
		[
			['notes.txt', 'photo.png'],
			['notes.txt', 'photo.png'],
		],
	])('%j → %j', (names, expected) => {
		expect(inboxQueue(names)).toEqual(expected);
	});
});

describe('doneName: the date of the import in the utility’s zone', () => {
	test.each([
		// 23:30 UTC on 30 Nov is already 1 Dec in Shanghai.
		['2026-11-30T23:30:00Z', 'Asia/Shanghai', 'plan.xlsx', [], '2026-12-01-plan.xlsx'],
		['2026-11-30T23:30:00Z', 'America/New_York', 'plan.xlsx', [], '2026-11-30-plan.xlsx'],
		['2026-12-01T09:00:00+08:00', 'Asia/Shanghai', 'plan.csv', ['2026-12-01-plan.csv'], '2026-12-01-plan-2.csv'],
	])('%s in %s: %s → %s', (now, zone, name, taken, expected) => {
		expect(doneName(name, new Date(now), zone, (c) => (taken as string[]).includes(c))).toBe(expected);
	});

	test.each([
		['plan.xlsx', 'plan.problems.csv'],
		['计划 12月.csv', '计划 12月.problems.csv'],
	])('the report of %s is %s', (name, report) => {
		expect(reportName(name)).toBe(report);
	});
});

describe('npm run inbox', () => {
	test('a good export is imported and filed under done/ with the date of the import clock', () => {
		const c = site();
		drop(c.dir, 'outage-plan-2026-12.xlsx', 'examples/outage-plan-2026-12.xlsx');
		const r = runInbox(c.dir);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/新增 added 9 · 变更 changed 0/);
		expect(list(inboxOf(c.dir))).toEqual([]);
		expect(list(doneOf(c.dir))).toEqual(['2026-11-27-outage-plan-2026-12.xlsx']);
		expect(noticesIn(c.dir).filter((n) => n.id.startsWith('qs-2026-12-'))).toHaveLength(8);
		expect(validateContent(c.dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	test('a bad export stays in the inbox with its report beside it, nothing else changes, exit 1', () => {
		const c = site();
		const before = noticeBytes(c.dir);
		dropText(c, 'plan.csv', csv(HEADER, [row({ 停电结束时间: '2026-12-08 07:00' })]));
		const r = runInbox(c.dir);
		expect(r.code).toBe(1);
		expect(list(inboxOf(c.dir))).toEqual(['plan.csv', 'plan.problems.csv']);
		expect(list(doneOf(c.dir))).toEqual([]);
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
		const report = readFileSync(path.join(inboxOf(c.dir), 'plan.problems.csv'), 'utf8');
		expect(report).toContain('错误 error');
		expect(report).toContain('imports/inbox/plan.csv');
		expect(report.split('\n')[1]).toMatch(/,2,/); // the row of the problem
	});

	test('two exports are imported in name order: the later one reschedules what the earlier one added', async () => {
		const c = site();
		dropText(c, '2026-12-a.csv', csv(HEADER, [row()]));
		dropText(
			c,
			'2026-12-b.csv',
			csv(HEADER, [row({ 停电开始时间: '2026-12-09 08:00', 停电结束时间: '2026-12-09 17:30' })]),
		);
		const msg = path.join(c.dir, 'message.txt');
		const r = await inboxHere(c.dir, ['--message', msg]);
		expect(r.code).toBe(0);
		expect(r.out.indexOf('2026-12-a.csv')).toBeLessThan(r.out.indexOf('2026-12-b.csv'));
		expect(r.out).toContain('~ 改期 rescheduled');
		expect(list(doneOf(c.dir))).toEqual(['2026-11-27-2026-12-a.csv', '2026-11-27-2026-12-b.csv']);
		const imported = noticesIn(c.dir).filter((x) => x.publishedAt === NOW);
		expect(imported.map((x) => [x.start, x.history.map((h) => h.event)])).toEqual([
			['2026-12-09T08:00:00+08:00', ['published', 'rescheduled']],
		]);
		expect(readFileSync(msg, 'utf8')).toMatch(
			/^Inbox: imported 2026-12-a.csv, 2026-12-b.csv[^]*汇总 Summary[^]*汇总 Summary/,
		);
	});

	test('after a refused export the run stops: the later file waits, the earlier one is imported', async () => {
		const c = site();
		dropText(c, '1-good.csv', csv(HEADER, [row()]));
		dropText(c, '2-bad.csv', csv(HEADER, [row({ 计划编号: 'QS-T-002', 停电开始时间: 'tomorrow' })]));
		dropText(c, '3-later.csv', csv(HEADER, [row({ 计划编号: 'QS-T-003' })]));
		const r = await inboxHere(c.dir);
		expect(r.code).toBe(1);
		expect(list(doneOf(c.dir))).toEqual(['2026-11-27-1-good.csv']);
		expect(list(inboxOf(c.dir))).toEqual(['2-bad.csv', '2-bad.problems.csv', '3-later.csv']);
		expect(r.out).toContain('Not tried (after the refused one): 3-later.csv');
	});

	test('a file that is not an export is refused with a report, not imported or ignored', async () => {
		const c = site();
		const before = noticeBytes(c.dir);
		dropText(c, '会议纪要.txt', '明天开会讨论检修计划。\n');
		const r = await inboxHere(c.dir);
		expect(r.code).toBe(1);
		expect(r.out).toContain('no header row found');
		expect(list(inboxOf(c.dir))).toEqual(['会议纪要.problems.csv', '会议纪要.txt']);
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
	});

	test('a report left by an earlier refusal goes once the corrected export imports', async () => {
		const c = site();
		dropText(c, 'plan.csv', csv(HEADER, [row({ 停电开始时间: 'tomorrow' })]));
		expect((await inboxHere(c.dir)).code).toBe(1);
		dropText(c, 'plan.csv', csv(HEADER, [row()]));
		expect((await inboxHere(c.dir)).code).toBe(0);
		expect(list(inboxOf(c.dir))).toEqual([]);
	});

	test('an empty inbox is not an error', async () => {
		const c = site();
		const r = await inboxHere(c.dir);
		expect(r.code).toBe(0);
		expect(r.out).toContain('is empty');
	});
});

test('commitMessage of a refusal names the report', () => {
	const refused = {
		name: 'plan.csv',
		status: 'refused' as const,
		report: 'content/imports/inbox/plan.problems.csv',
		outcome: { exitCode: 1 as const, wrote: false, problems: [], rowCount: 0 },
	};
	expect(commitMessage([refused]).split('\n')[0]).toBe(
		'Inbox: plan.csv refused, see content/imports/inbox/plan.problems.csv / 导入被拒绝，见问题清单',
	);
});
