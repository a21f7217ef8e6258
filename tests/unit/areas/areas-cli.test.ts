import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { areaTreeSchema } from '../../../src/schemas/area.ts';
import { areasCommand } from '../../../src/lib/areas/areas-command.ts';
import { runAreas as runAreasInProcess } from '../../../src/lib/areas/run-areas.ts';
import { csv, HEADER, importFile, noticesIn, row, scratch } from '../import/import-helpers.ts';
import { tempContent } from '../helpers.ts';

const FIXTURE = path.resolve('tests/fixtures/area-codes');
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

/** Runs `npm run areas` as staff do (the project's Node), on the code-list fixture: no network, no install. */
function runAreas(args: string[], env: Record<string, string> = {}): { code: number | null; out: string } {
	const node = existsSync(path.resolve('node_modules/.bin/node'))
		? path.resolve('node_modules/.bin/node')
		: process.execPath;
	const r = spawnSync(node, [path.resolve('scripts/areas.ts'), ...args], {
		encoding: 'utf8',
		env: { ...process.env, AREA_CODES_DIR: '', ...env },
	});
	return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/**
 * The same command's code (src/lib/areas/areas-command.ts, which scripts/areas.ts runs) in-process, with the same
 * arguments and environment; the real process (runAreas) for a merge, a refusal and a wrong command line, whose exit
 * codes it checks.
 */
function areasHere(args: string[], env: Record<string, string> = {}): { code: number; out: string } {
	const lines: string[] = [];
	const code = areasCommand(
		args,
		{ ...process.env, AREA_CODES_DIR: '', ...env },
		{ log: (l) => lines.push(l), error: (l) => lines.push(l) },
	);
	return { code, out: `${lines.join('\n')}\n` };
}

const areasOf = (dir: string) =>
	flattenAreaTree(areaTreeSchema.parse(JSON.parse(readFileSync(path.join(dir, 'areas.json'), 'utf8')))).areas;

// Each test starts the command as a child process on Node 24: allow for a machine busy with other work.
describe('npm run areas, on a small code-list fixture', { timeout: 60_000 }, () => {
	test('merges a county into content/areas.json: existing areas untouched, new ones printed, the content still valid', () => {
		const c = site();
		const before = areasOf(c.dir);
		const r = runAreas(['剑阁县', '--data', FIXTURE, '--content', c.dir]);
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'代码表 Division codes: 510823 四川省 广元市 剑阁县 — 3 个乡级 towns/streets, 9 个村级 villages/communities',
		);
		expect(r.out).toContain('+ 新增 added jiange  剑阁县  510823\n');
		expect(r.out).toContain('+ 新增 added longyuan-jinshan  金山村（龙源）  510823101218  ⊂ longyuan\n');
		expect(r.out).toMatch(/已写入 Wrote .*areas\.json: 新增 added 13, 补代码 coded 0, 共 59 个区域 areas in all/);
		const after = areasOf(c.dir);
		for (const [id, area] of before) expect(after.get(id)).toEqual(area);
		expect(after.get('gongxing-jinshan')).toMatchObject({
			code: '510823111216',
			kind: 'village',
			parent: 'gongxing',
			ancestors: ['jiange', 'gongxing'],
		});
		const check = validateContent(c.dir, { projectRoot: c.dir });
		expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
		// Run again (in-process: one child process per test is slow enough on a busy machine): nothing added or written.
		const lines: string[] = [];
		expect(
			runAreasInProcess({
				county: '510823',
				dataDir: FIXTURE,
				cacheDir: '/nonexistent',
				contentDir: c.dir,
				projectRoot: c.dir,
				print: (l) => lines.push(l),
			}),
		).toBe(0);
		expect(lines.at(-1)).toBe('areas.json 已是最新，未改动。areas.json is up to date: not rewritten.');
		expect(lines.join('\n')).not.toContain('新增 added');
	});

	test('--out writes the county alone, as a fresh tree; AREA_CODES_DIR names the code lists', () => {
		const c = site();
		const file = path.join(c.dir, 'wangcang.json');
		const r = areasHere(['旺苍县', '--out', file], { AREA_CODES_DIR: FIXTURE });
		expect(r.code).toBe(0);
		const tree = JSON.parse(readFileSync(file, 'utf8'));
		expect(tree).toHaveLength(1);
		expect(tree[0]).toMatchObject({ id: 'wangcang', code: '510821', name: { zh: '旺苍县', en: 'Wangcang County' } });
		expect(tree[0].children.map((t: { id: string }) => t.id)).toEqual(['yanzi']);
		expect(tree[0].children[0].children.map((v: { name: { zh: string } }) => v.name.zh)).toEqual([
			'绿化村',
			'燕午村',
			'松龙村',
			'双全村',
			'金河村',
		]);
	});

	test.each([
		[
			'a county name two counties share',
			['朝阳区'],
			1,
			[
				'"朝阳区" names 2 counties: run again with the 6-digit code',
				'  110105  北京市 朝阳区',
				'  220104  吉林省 长春市 朝阳区',
				'Nothing was written',
			],
		],
		['an unknown county', ['青山县'], 1, ['no county is named or coded "青山县"']],
		[
			'code lists that are not there',
			['剑阁县', '--data', '/nonexistent/codes'],
			1,
			['/nonexistent/codes/provinces.csv is missing'],
		],
		['no county at all', [], 2, ['give the county name or code', 'Usage: npm run areas']],
		[
			"--out naming the site's own areas.json",
			['剑阁县', '--out', 'AREAS'],
			1,
			["is the site's own area tree, which a fresh tree would replace"],
		],
	])('%s is refused, nothing written', (name, args, code, messages) => {
		const c = site();
		const before = readFileSync(path.join(c.dir, 'areas.json'));
		const given = args.map((a) => (a === 'AREAS' ? path.join(c.dir, 'areas.json') : a));
		// A real process for one refusal and for the wrong command line (their exit codes), the others in-process.
		const run = name === 'an unknown county' || name === 'no county at all' ? runAreas : areasHere;
		const r = run([...given, ...(args.includes('--data') ? [] : ['--data', FIXTURE]), '--content', c.dir]);
		expect(r.code).toBe(code);
		for (const m of messages) expect(r.out).toContain(m);
		expect(readFileSync(path.join(c.dir, 'areas.json')).equals(before)).toBe(true);
	});
});

describe('the importer finds same-named villages by their town-qualified names', () => {
	test.each([
		['龙源镇金山村3组、公兴镇金山村1-2组', ['longyuan-jinshan', 'gongxing-jinshan']],
		['公兴镇金山村村民委员会', ['gongxing-jinshan']],
		['金山村（龙源）5组、双剑村', ['longyuan-jinshan', 'shuangjian']],
	])('%s → %j', async (scope, ids) => {
		const c = site();
		const lines: string[] = [];
		expect(
			runAreasInProcess({
				county: '剑阁县',
				dataDir: FIXTURE,
				cacheDir: '/nonexistent',
				contentDir: c.dir,
				projectRoot: c.dir,
				print: (l) => lines.push(l),
			}),
		).toBe(0);
		const file = scratch().write('plan.csv', csv(HEADER, [row({ 计划编号: 'JG-001', 停电范围: scope })]));
		const r = await importFile(file, c.dir);
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(noticesIn(c.dir).find((n) => n.id === 'jg-001')?.areas).toEqual(ids);
	});

	test('a plain 金山村, which two towns have, matches neither and is reported with both town-qualified forms as the closest names', async () => {
		const c = site();
		runAreasInProcess({
			county: '510823',
			dataDir: FIXTURE,
			cacheDir: '/nonexistent',
			contentDir: c.dir,
			projectRoot: c.dir,
			print: () => {},
		});
		const file = scratch().write('plan.csv', csv(HEADER, [row({ 计划编号: 'JG-002', 停电范围: '金山村3组' })]));
		const r = await importFile(file, c.dir);
		const about = r.problems.filter((p) => String(p.value ?? '').includes('金山村'));
		expect(about).toHaveLength(1);
		expect(about[0].zh).toContain('龙源镇金山村');
		expect(about[0].zh).toContain('公兴镇金山村');
	});
});
