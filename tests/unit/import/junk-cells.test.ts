import { afterAll, describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { formatImportProblem } from '../../../src/lib/import/problems.ts';
import { isBinary } from '../../../src/lib/import/read-table.ts';
import { csv, HEADER, importFile, noticeBytes, noticesIn, row, scratch, tempContent } from './import-helpers.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

/** The export with junk in a header and in cells, the warnings expected, and the notice fields expected. */
const header = HEADER.map((h) => (h === '停电范围' ? '停电\u200b范围' : h));
/** The junk row, with `c` twice in the reason (XML, so .xlsx, cannot hold a NUL at all). */
const junkRow = (c: string) =>
	row({
		计划编号: 'QS-J-001',
		停电范围: '关牟村\ufeff1-5组',
		检修内容: `更换${c}老旧${c}电杆`,
		停电线路: '10kV 关牟线\u2028',
	});

describe('junk characters in an export are removed and reported, cell by cell', () => {
	test.each([
		['CSV', 'plan.csv', 'U+0000 NULL', async () => csv(header, [junkRow('\u0000'), row({ 计划编号: 'QS-J-002' })])],
		[
			'xlsx',
			'plan.xlsx',
			'U+200C ZERO WIDTH NON-JOINER',
			async () => {
				const wb = new ExcelJS.Workbook();
				const ws = wb.addWorksheet('12月计划');
				ws.addRow(header);
				ws.addRow(junkRow('\u200c'));
				ws.addRow(row({ 计划编号: 'QS-J-002' }));
				return Buffer.from(await wb.xlsx.writeBuffer());
			},
		],
	])('%s', async (_, name, twice, make) => {
		const c = site();
		const file = scratch().write(name, await make());
		const r = await importFile(file, c.dir);
		expect(r.exitCode).toBe(0);
		const warnings = r.problems.filter((p) => /junk/.test(p.en)).map(formatImportProblem);
		expect(warnings).toEqual([
			expect.stringMatching(
				/:1 column F: "停电范围" — 已删除不可见的杂字符：U\+200B ZERO WIDTH SPACE（在第 3 个字符；.* \/ invisible junk removed: U\+200B ZERO WIDTH SPACE at character 3 \(/,
			),
			expect.stringMatching(/:2 column E "停电线路": "10kV 关牟线 " — .*U\+2028 LINE SEPARATOR/),
			expect.stringMatching(
				/:2 column F "停电范围": "关牟村1-5组" — .*U\+FEFF .* invisible junk removed: U\+FEFF ZERO WIDTH NO-BREAK SPACE \(BYTE ORDER MARK\) at character 4/,
			),
			expect.stringContaining(
				`:2 column G "检修内容": "更换老旧电杆" — 已删除不可见的杂字符：${twice}（共 2 处，首处在第 3 个字符；`,
			),
		]);
		const n = noticesIn(c.dir).find((x) => x.id === 'qs-j-001');
		expect(n?.reason.zh).toBe('更换老旧电杆');
		expect(n?.scope.zh).toBe('关牟村1-5组');
		// JSON writes a NUL as the escape \u0000: look for both forms in the file as written.
		expect(noticeBytes(c.dir).toString('utf8')).not.toMatch(/[\u0000\u200b\u200c\ufeff\u2028]|\\u0000|\\u2028/);
		expect(warnings[3]).toContain(`invisible junk removed: ${twice} ×2, first at character 3`);
	});
});

describe('isBinary: NULs all through a file mean binary, a stray one is junk', () => {
	test.each([
		['no NUL', '计划编号,停电线路\nQS-1,10kV 关牟线\n', false],
		['one NUL in a long text', `${'计划编号,停电线路\n'.repeat(20)}QS-1\u0000`, false],
		['UTF-16 read as UTF-8', 'Q\u0000S\u0000-\u00001\u0000', true],
		['binary bytes', '\u0000\u0001\u0002\u0003\ufffd\u0000\ufffd', true],
	])('%s', (_, text, binary) => {
		expect(isBinary(text)).toBe(binary);
	});
});
