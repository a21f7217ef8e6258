import { describe, expect, test } from 'vitest';
import { cleanJunk, describeJunk, findJunk } from '../../../src/lib/text/junk.ts';

describe('findJunk', () => {
	test.each([
		['NUL', 'a\u0000b', ['U+0000 NULL@1']],
		['another C0 control', 'a\u0007b', ['U+0007 BELL@1']],
		['an unnamed C0 control', '\u0001', ['U+0001 CONTROL CHARACTER@0']],
		['carriage return', 'a\r\nb', ['U+000D CARRIAGE RETURN@1']],
		['DEL and a C1 control', '\u007f\u0085', ['U+007F DELETE@0', 'U+0085 NEXT LINE@1']],
		['line separator', 'a\u2028b', ['U+2028 LINE SEPARATOR@1']],
		['paragraph separator', 'a\u2029b', ['U+2029 PARAGRAPH SEPARATOR@1']],
		['zero-width space', '关\u200b牟村', ['U+200B ZERO WIDTH SPACE@1']],
		[
			'zero-width joiner and non-joiner',
			'\u200d\u200c',
			['U+200D ZERO WIDTH JOINER@0', 'U+200C ZERO WIDTH NON-JOINER@1'],
		],
		['word joiner', 'a\u2060b', ['U+2060 WORD JOINER@1']],
		['a BOM in mid-text', '东关\ufeff社区', ['U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)@2']],
		['a direction override', 'a\u202eb', ['U+202E RIGHT-TO-LEFT OVERRIDE@1']],
		['a lone surrogate', 'a\ud83d', ['U+D83D LONE SURROGATE@1']],
	])('finds %s', (_, text, expected) => {
		expect(findJunk(text).map((j) => `${j.codePoint} ${j.name}@${j.index}`)).toEqual(expected);
	});

	test.each([
		['plain Chinese', '关牟村1-5组'],
		['tab and line feed', 'a\tb\nc'],
		['an emoji (a surrogate pair)', '⚡️停电 😀'],
		['a rare character outside the BMP', '𠀀村'],
		['full-width and no-break spaces', '城关\u3000街道\u00a0'],
		['empty', ''],
	])('accepts %s', (_, text) => {
		expect(findJunk(text)).toEqual([]);
	});
});

describe('cleanJunk', () => {
	test.each([
		['drops NUL', 'a\u0000b', 'ab', ['U+0000']],
		[
			'drops zero-width characters and a mid-text BOM',
			'\u200b关\ufeff牟\u200d村',
			'关牟村',
			['U+200B', 'U+FEFF', 'U+200D'],
		],
		['turns a line separator into a line break, reported', 'a\u2028b', 'a\nb', ['U+2028']],
		['normalises CRLF and a lone CR without reporting them', 'a\r\nb\rc', 'a\nb\nc', []],
		['leaves clean text as it is', '10kV 关牟线', '10kV 关牟线', []],
	])('%s', (_, text, cleaned, removed) => {
		const r = cleanJunk(text);
		expect(r.text).toBe(cleaned);
		expect(r.removed.map((j) => j.codePoint)).toEqual(removed);
	});
});

describe('describeJunk', () => {
	test('names each character once, with its count, first position (from 1) and why, in both languages', () => {
		const d = describeJunk(findJunk('a\u0000b\u0000\u200b'));
		expect(d.en).toBe(
			'U+0000 NULL ×2, first at character 2 (a control character: invisible, and feeds (XML) cannot carry it); ' +
				'U+200B ZERO WIDTH SPACE at character 5 (an invisible zero-width character (usually pasted from a web page or Word): it splits words, so search and area matching miss them)',
		);
		expect(d.zh).toContain('U+0000 NULL（共 2 处，首处在第 2 个字符；控制字符');
		expect(d.zh).toContain('U+200B ZERO WIDTH SPACE（在第 5 个字符；不可见的零宽字符');
	});
});
