import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { csv, HEADER, importCli, noticeBytes, noticesIn, row, runCli, scratch, tempContent } from './import-helpers.ts';

/*
 * The command line, as staff run it. Most cases run its code in-process (importCli: the same arguments, environment,
 * output and exit code, without a Node start per case); a real process (runCli) runs one sample import, the bad
 * sample, a wrong command line and the host time zones, where the process itself is what is tested.
 */

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

const EXAMPLES = [
	'examples/outage-plan-2026-12.csv',
	'examples/outage-plan-2026-12-gb18030.csv',
	'examples/outage-plan-2026-12.tsv',
	'examples/outage-plan-2026-12.xlsx',
];

describe('the sample exports import cleanly into the sample site', () => {
	const results = new Map<string, Buffer>();
	test.each(EXAMPLES.map((file, i) => [file, i === 0 ? 'a real process' : 'in-process'] as const))(
		'%s (%s)',
		async (file, how) => {
			const c = site();
			const r =
				how === 'a real process' ? runCli([file, '--content', c.dir]) : await importCli([file, '--content', c.dir]);
			expect(r.out).not.toContain('错误 error');
			expect(r.code).toBe(0);
			expect(r.out).toMatch(/新增 added 9 · 变更 changed 0 · 未变 unchanged 0/);
			const check = validateContent(c.dir);
			expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
			const imported = noticesIn(c.dir).filter((n) => n.publishedAt === '2026-11-27T09:00:00+08:00');
			expect(imported.map((n) => n.id)).toEqual([
				'imp-20261220-5c1f3cf7',
				'qs-2026-12-001',
				'qs-2026-12-002',
				'qs-2026-12-003',
				'qs-2026-12-004',
				'qs-2026-12-005',
				'qs-2026-12-006',
				'qs-2026-12-007',
				'qs-2026-12-008',
			]);
			const overnight = imported.find((n) => n.id === 'qs-2026-12-003');
			expect([overnight?.start, overnight?.end]).toEqual(['2026-12-10T22:00:00+08:00', '2026-12-11T05:00:00+08:00']);
			const midnight = imported.find((n) => n.id === 'qs-2026-12-005');
			expect(midnight?.end).toBe('2026-12-15T00:00:00+08:00');
			expect(imported.find((n) => n.id === 'qs-2026-12-001')?.areas).toEqual(['guanmou-cun', 'guanmou-jie']);
			results.set(file, noticeBytes(c.dir));
		},
	);

	test('all four formats give the same notices, byte for byte', () => {
		const files = [...results.values()];
		expect(files).toHaveLength(EXAMPLES.length);
		for (const f of files) expect(f.equals(files[0])).toBe(true);
	});

	test.each(['America/New_York', 'Pacific/Kiritimati'])('the host time zone (%s) makes no difference', (tz) => {
		const c = site();
		expect(runCli([EXAMPLES[3], '--content', c.dir], { TZ: tz }).code).toBe(0);
		expect(noticeBytes(c.dir).equals(results.get(EXAMPLES[3]) as Buffer)).toBe(true);
	});

	test('importing the same export again changes nothing and says so', async () => {
		const c = site();
		expect((await importCli([EXAMPLES[0], '--content', c.dir])).code).toBe(0);
		const first = noticeBytes(c.dir);
		// A later clock: an unchanged notice must not get a new updatedAt.
		const again = await importCli([EXAMPLES[3], '--content', c.dir], { IMPORT_NOW: '2026-11-29T15:00:00+08:00' });
		expect(again.code).toBe(0);
		expect(again.out).toMatch(/新增 added 0 · 变更 changed 0 · 未变 unchanged 9/);
		expect(again.out).toContain('is up to date: not rewritten');
		expect(noticeBytes(c.dir).equals(first)).toBe(true);
	});

	test('--dry-run prints the changes and writes nothing', async () => {
		const c = site();
		const before = noticeBytes(c.dir);
		const r = await importCli([EXAMPLES[1], '--content', c.dir, '--dry-run']);
		expect(r.code).toBe(0);
		expect(r.out).toContain('+ 新增 added qs-2026-12-003 (row 4)  2026-12-10 22:00 → 2026-12-11 05:00');
		expect(r.out).toContain('Dry run: nothing was written');
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
	});
});

describe('bad input is refused with a precise message, and nothing is written', () => {
	test('the bad sample: every problem listed as file:row column "header": value — reason, in Chinese and English', () => {
		const c = site();
		const before = noticeBytes(c.dir);
		const s = scratch();
		const report = path.join(s.dir, 'problems.csv');
		const r = runCli(['examples/bad/outage-plan-with-errors-gb18030.csv', '--content', c.dir, '--report', report]);
		expect(r.code).toBe(1);
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
		const f = 'examples/bad/outage-plan-with-errors-gb18030.csv';
		for (const line of [
			`${f}:3 column C "停电日期": "2026年13月3日" — 月份 13 不存在 / there is no month 13`,
			`警告 warning ${f}:4 column F "影响范围": "幸福小区、府前路沿线" — "府前路沿线"与任何已知区域都不匹配：按原文保留在停电范围中；最接近：府前社区`,
			`${f}:5 column I "联系电话": "五五五" — 须为电话号码`,
			`${f}:6 column B "类型": "检修" — 不是已知的停电类型`,
			`${f}:7 column D "停电时间": "08:00-" — 不是时间段`,
			`${f}:9 column A "编号": "QS-2026-12-101" — 计划编号与第 2 行重复`,
		]) {
			expect(r.out).toContain(line);
		}
		expect(r.out).toContain('Import refused: nothing was written. (5');
		const text = readFileSync(report);
		expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = text.toString('utf8').slice(1).trim().split('\r\n');
		expect(lines).toHaveLength(7);
		expect(lines[1]).toBe(`错误 error,${f},3,C,停电日期,2026年13月3日,月份 13 不存在,there is no month 13`);
	});

	const cases: Array<[string, string, string | Buffer, string[], RegExp]> = [
		[
			'a file that does not exist',
			'missing.csv',
			'',
			[],
			/文件不存在 \/ the file does not exist|the file does not exist/,
		],
		['an old .xls workbook', 'plan.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), [], /old-style \.xls/],
		[
			'a broken .xlsx',
			'plan.xlsx',
			Buffer.from('PK\u0003\u0004 not really a zip'),
			[],
			/cannot be read as an \.xlsx workbook/,
		],
		['binary junk named .csv', 'junk.csv', Buffer.from([0, 1, 2, 3, 0xff, 0, 0x80]), [], /not a text \(CSV\) file/],
		['no header row', 'plan.csv', '一些说明\n另一些说明\n', [], /no header row found in the first 11 rows/],
		[
			'missing columns',
			'plan.csv',
			'计划编号,停电开始时间,停电结束时间\nQS-1,2026-12-08 08:00,2026-12-08 12:00\n',
			[],
			/no column for line/,
		],
		[
			'an unclosed quote',
			'plan.csv',
			`${HEADER.join(',')}\nQS-1,计划,"2026-12-08 08:00,2026-12-08 12:00,x,y,z,u,1\n`,
			[],
			/not well-formed CSV/,
		],
		['a header and no rows', 'plan.csv', `${HEADER.join(',')}\n,,,\n`, [], /no data rows/],
		[
			'an unknown sheet',
			'ok.xlsx',
			readFileSync('examples/outage-plan-2026-12.xlsx'),
			['--sheet', '1月计划'],
			/has no sheet "1月计划"; its sheets are: 12月计划/,
		],
		['an unknown encoding', 'plan.csv', csv(HEADER, [row()]), ['--encoding', 'klingon'], /unknown encoding "klingon"/],
		[
			'a mapping file that fails its schema',
			'plan.csv',
			csv(HEADER, [row()]),
			['--mapping', 'MAPPING'],
			/mapping\.json > columns — 含未知字段 begin，请检查拼写 \/ has unknown field\(s\) begin/,
		],
		[
			'an end before the start',
			'plan.csv',
			csv(HEADER, [row({ 停电结束时间: '2026-12-07 08:00' })]),
			[],
			/:2 column D "停电结束时间": "2026-12-07 08:00" — 结束时间不晚于开始时间/,
		],
		[
			'an area column naming an unknown place',
			'plan.csv',
			csv([...HEADER, '所属区域'], [[...row(), '关牟村、亚特兰蒂斯']]),
			[],
			/:2 column J "所属区域": "关牟村、亚特兰蒂斯" — "亚特兰蒂斯"不是任何区域的名称/,
		],
	];
	test.each(cases)('%s', async (_name, fileName, data, args, message) => {
		const c = site();
		const before = noticeBytes(c.dir);
		const s = scratch();
		const file = fileName === 'missing.csv' ? path.join(s.dir, fileName) : s.write(fileName, data);
		const mapping = s.write('mapping.json', JSON.stringify({ columns: { begin: '开工' } }));
		const r = await importCli([file, '--content', c.dir, ...args.map((a) => (a === 'MAPPING' ? mapping : a))]);
		expect(r.out).toMatch(message);
		expect(r.code).toBe(1);
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
	});

	test('a wrong command line exits 2 with the usage', async () => {
		const r = runCli([]);
		expect(r.code).toBe(2);
		expect(r.out).toContain('Usage: npm run import');
		expect((await importCli(['x.csv', '--now', 'tomorrow'])).code).toBe(2);
	});

	test('content that is itself invalid is not imported into', async () => {
		const c = site();
		const bad = '[{"id": "BAD ID"}]\n';
		writeFileSync(path.join(c.dir, 'outages/notices.json'), bad);
		const r = await importCli([EXAMPLES[0], '--content', c.dir]);
		expect(r.code).toBe(1);
		expect(r.out).toContain('fix them before importing');
		expect(readFileSync(path.join(c.dir, 'outages/notices.json'), 'utf8')).toBe(bad);
	});
});
