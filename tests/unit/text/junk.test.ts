import { describe, expect, test } from 'vitest';
import {
	cleanJunk,
	codePointLabel,
	describeJunk,
	findJunk,
	junkKind,
	mayHoldJunk,
} from '../../../src/lib/text/junk.ts';

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

describe('every junk character, by name and kind, and its neighbours that are text', () => {
	test.each([
		[0x00, 'NULL', 'control'],
		[0x01, 'CONTROL CHARACTER', 'control'],
		[0x07, 'BELL', 'control'],
		[0x08, 'BACKSPACE', 'control'],
		[0x0b, 'LINE TABULATION', 'control'],
		[0x0c, 'FORM FEED', 'control'],
		[0x0d, 'CARRIAGE RETURN', 'control'],
		[0x1a, 'SUBSTITUTE', 'control'],
		[0x1b, 'ESCAPE', 'control'],
		[0x1f, 'CONTROL CHARACTER', 'control'],
		[0x7f, 'DELETE', 'control'],
		[0x80, 'CONTROL CHARACTER', 'control'],
		[0x85, 'NEXT LINE', 'control'],
		[0x9f, 'CONTROL CHARACTER', 'control'],
		[0xad, 'SOFT HYPHEN', 'invisible'],
		[0x200b, 'ZERO WIDTH SPACE', 'invisible'],
		[0x200c, 'ZERO WIDTH NON-JOINER', 'invisible'],
		[0x200d, 'ZERO WIDTH JOINER', 'invisible'],
		[0x200e, 'LEFT-TO-RIGHT MARK', 'direction'],
		[0x200f, 'RIGHT-TO-LEFT MARK', 'direction'],
		[0x2028, 'LINE SEPARATOR', 'separator'],
		[0x2029, 'PARAGRAPH SEPARATOR', 'separator'],
		[0x202a, 'LEFT-TO-RIGHT EMBEDDING', 'direction'],
		[0x202b, 'RIGHT-TO-LEFT EMBEDDING', 'direction'],
		[0x202c, 'POP DIRECTIONAL FORMATTING', 'direction'],
		[0x202d, 'LEFT-TO-RIGHT OVERRIDE', 'direction'],
		[0x202e, 'RIGHT-TO-LEFT OVERRIDE', 'direction'],
		[0x2060, 'WORD JOINER', 'invisible'],
		[0x2066, 'LEFT-TO-RIGHT ISOLATE', 'direction'],
		[0x2067, 'RIGHT-TO-LEFT ISOLATE', 'direction'],
		[0x2068, 'FIRST STRONG ISOLATE', 'direction'],
		[0x2069, 'POP DIRECTIONAL ISOLATE', 'direction'],
		[0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)', 'bom'],
		[0xd800, 'LONE SURROGATE', 'surrogate'],
		[0xdbff, 'LONE SURROGATE', 'surrogate'],
		[0xdc00, 'LONE SURROGATE', 'surrogate'],
		[0xdfff, 'LONE SURROGATE', 'surrogate'],
	])('U+%s: %s, %s', (code, name, kind) => {
		const c = String.fromCharCode(code);
		expect(junkKind(code)).toBe(kind);
		expect(findJunk(`a${c}b`)).toEqual([{ codePoint: codePointLabel(code), name, kind, index: 1 }]);
		expect(mayHoldJunk(`a${c}`)).toBe(true);
	});

	test.each([
		0x09, 0x0a, 0x20, 0x7e, 0xa0, 0xac, 0xae, 0x200a, 0x2010, 0x2027, 0x202f, 0x205f, 0x2061, 0x2065, 0x206a, 0xd7ff,
		0xe000, 0xfefe, 0xff00,
	])('U+%s is text', (code) => {
		expect(junkKind(code)).toBeUndefined();
		expect(findJunk(`a${String.fromCharCode(code)}b`)).toEqual([]);
	});

	test.each([
		['a pair at the end', 'ab\ud83d\ude00', []],
		['the first pair', '\ud800\udc00', []],
		['the last pair', '\udbff\udfff', []],
		['a high surrogate before the last code unit', '\udbff\ue000', ['U+DBFF@0']],
		['the first high surrogate alone', '\ud800a', ['U+D800@0']],
		['a pair between text', '\ud840\udc00村', []],
		['two pairs in a row', '\ud83d\ude00\ud83d\ude01', []],
		['a high surrogate at the very end', 'ab\ud83d', ['U+D83D@2']],
		['a high surrogate before text', '\ud83dx', ['U+D83D@0']],
		['a high surrogate before another high one', '\ud83d\ud83d\ude00', ['U+D83D@0']],
		['a low surrogate alone', 'a\ude00', ['U+DE00@1']],
		['a low surrogate before a high one', '\ude00\ud83d', ['U+DE00@0', 'U+D83D@1']],
		['junk right after a pair', '\ud83d\ude00\u0000', ['U+0000@2']],
	])('surrogates: %s', (_, text, found) => {
		expect(findJunk(text).map((j) => `${j.codePoint}@${j.index}`)).toEqual(found);
	});

	test('codePointLabel pads to four digits, upper case', () => {
		expect(codePointLabel(0)).toBe('U+0000');
		expect(codePointLabel(0xad)).toBe('U+00AD');
		expect(codePointLabel(0xfeff)).toBe('U+FEFF');
		expect(codePointLabel(0x1f600)).toBe('U+1F600');
	});
});

describe('why each kind is junk, in both languages', () => {
	test.each([
		[
			'\u2028',
			'U+2028 LINE SEPARATOR at character 1 (a Unicode line/paragraph separator: some readers show a break, others nothing; write a line break as \\n)',
			'U+2028 LINE SEPARATOR（在第 1 个字符；Unicode 行/段分隔符：有的阅读器显示为换行，有的不显示；换行请写 \\n）',
		],
		[
			'\ufeff',
			'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK) at character 1 (a byte-order mark inside the text (left over from joining files): invisible, and it splits words)',
			'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)（在第 1 个字符；文本中间的字节顺序标记（BOM，多因拼接文件残留）：不可见，会把词拆开）',
		],
		[
			'\u202e',
			'U+202E RIGHT-TO-LEFT OVERRIDE at character 1 (an invisible text-direction control: it can reorder how the text is displayed)',
			'U+202E RIGHT-TO-LEFT OVERRIDE（在第 1 个字符；不可见的文字方向控制符：可能打乱文字的显示顺序）',
		],
		[
			'\ud800',
			'U+D800 LONE SURROGATE at character 1 (half of a character (a lone UTF-16 surrogate): the text was cut or mis-encoded)',
			'U+D800 LONE SURROGATE（在第 1 个字符；半个字符（孤立的 UTF-16 代理项）：文本被截断或编码有误）',
		],
		[
			'\u0000',
			'U+0000 NULL at character 1 (a control character: invisible, and feeds (XML) cannot carry it)',
			'U+0000 NULL（在第 1 个字符；控制字符：不可见，订阅源（XML）无法承载）',
		],
	])('%j', (text, en, zh) => {
		expect(describeJunk(findJunk(text))).toEqual({ en, zh });
	});

	test('several characters: one sentence each, joined', () => {
		const d = describeJunk(findJunk('\u0000\u200b'));
		expect(d.en.split('; U+')).toHaveLength(2);
		expect(d.zh.split('；U+')).toHaveLength(2);
		expect(describeJunk([])).toEqual({ en: '', zh: '' });
	});

	test('cleaning text without junk keeps it as it is, its line breaks normalised', () => {
		expect(cleanJunk('a\r\nb')).toEqual({ text: 'a\nb', removed: [] });
		expect(cleanJunk('a\tb')).toEqual({ text: 'a\tb', removed: [] });
	});
});
