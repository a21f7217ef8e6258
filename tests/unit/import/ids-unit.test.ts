import { describe, expect, test } from 'vitest';
import { idFromContent, idFromSourceId } from '../../../src/lib/import/ids.ts';

// The notice id of an export row (docs/importer.md, "Notice ids and merging"). The hashes are the first 8 hex digits
// of the SHA-1 of the UTF-8 text, as `printf '%s' TEXT | sha1sum` prints them.

const a = (n: number) => 'a'.repeat(n);

describe('idFromSourceId', () => {
	test.each([
		['QS-2026-1203-01', 'qs-2026-1203-01'],
		['QS 2026//1203  01', 'qs-2026-1203-01'],
		['(QS)2026', 'qs-2026'],
		['--QS-1--', 'qs-1'],
		['（ＱＳ）２０２６', 'qs-2026'],
		['停电(2026)第15号', '2026-15'],
		['abc', 'abc'],
		['(abc)', 'abc'],
		[a(80), a(80)],
	])('%s → %s', (sourceId, id) => {
		expect(idFromSourceId(sourceId)).toBe(id);
	});

	test.each([
		['停电第十五号', 'src-95919b82'],
		['ab', 'src-da23614e'],
		['Ab', 'src-1f43cf7b'],
		['(', 'src-28ed3a79'],
		['--QS--', 'src-c0cdabcf'],
		[a(81), `${a(71)}-5832a02d`],
	])('%s → %s (hashed)', (sourceId, id) => {
		expect(idFromSourceId(sourceId)).toBe(id);
	});
});

describe('idFromContent', () => {
	test.each([
		['the line and scope without their white space', '2026-12-03', 'A B', '关牟村 一组', 'imp-20261203-31d1b6d4'],
		['the same, written without spaces', '2026-12-03', 'AB', '关牟村一组', 'imp-20261203-31d1b6d4'],
		[
			'the same, in full-width letters and with tabs and line breaks',
			'2026-12-03',
			'Ａ\tＢ',
			'关牟村\r\n一组',
			'imp-20261203-31d1b6d4',
		],
		['another day', '2026-12-04', 'AB', '关牟村一组', 'imp-20261204-31d1b6d4'],
		['the line and scope kept apart', '2026-12-03', '1', '23', 'imp-20261203-59b8bf76'],
		['split elsewhere', '2026-12-03', '12', '3', 'imp-20261203-64c277e6'],
		['no scope', '2026-12-03', 'AB', '', 'imp-20261203-ff4a9859'],
	])('%s', (_, day, line, scope, id) => {
		expect(idFromContent(day, line, scope)).toBe(id);
	});
});
