import type { Bilingual } from '../../schemas/errors.ts';

/**
 * Invisible junk in text: the one definition the content check (which refuses it) and the importer (which removes
 * it) share. Tab and line feed are text; everything below is not:
 * - C0 control characters except tab and line feed (NUL, carriage return, …), DEL and the C1 controls: invisible,
 *   and XML (RSS/Atom feeds, the sitemap) cannot carry most of them at all;
 * - U+2028/U+2029, the Unicode line and paragraph separators: shown as a break by some readers and as nothing by
 *   others, and a syntax error inside a JavaScript string in older browsers;
 * - zero-width characters (spaces, joiners, word joiner, soft hyphen) and U+FEFF (a byte-order mark left inside
 *   the text when files are joined): they split a word invisibly, so search and area matching miss it;
 * - direction controls (U+200E/200F, U+202A–202E, U+2066–2069): they can reorder how a text displays;
 * - a lone UTF-16 surrogate: half a character.
 */

/** What kind of junk a character is: decides the explanation given to staff. */
export type JunkKind = 'control' | 'separator' | 'invisible' | 'bom' | 'direction' | 'surrogate';

/** One junk character found in a text. */
export interface JunkChar {
	/** `U+0000` style, as staff can look it up. */
	codePoint: string;
	/** The character's Unicode name, e.g. `NULL`, `ZERO WIDTH SPACE`. */
	name: string;
	kind: JunkKind;
	/** Its position in the text, 0-based, in UTF-16 code units (as JavaScript counts). */
	index: number;
}

const NAMES: Record<number, string> = {
	0x00: 'NULL',
	0x07: 'BELL',
	0x08: 'BACKSPACE',
	0x0b: 'LINE TABULATION',
	0x0c: 'FORM FEED',
	0x0d: 'CARRIAGE RETURN',
	0x1a: 'SUBSTITUTE',
	0x1b: 'ESCAPE',
	0x7f: 'DELETE',
	0x85: 'NEXT LINE',
	0xad: 'SOFT HYPHEN',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
};

/** The kind of junk `code` (a UTF-16 code unit) is, or undefined for a character that belongs in text. */
export function junkKind(code: number): JunkKind | undefined {
	if (code === 0x09 || code === 0x0a) return undefined;
	if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control';
	if (code === 0x2028 || code === 0x2029) return 'separator';
	if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xad) return 'invisible';
	if (code === 0xfeff) return 'bom';
	if (code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
		return 'direction';
	if (code >= 0xd800 && code <= 0xdfff) return 'surrogate';
	return undefined;
}

// Everything junkKind accepts, for a fast first test; surrogates are checked pairwise below.
const JUNK =
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]/;

/** Whether `text` may hold junk: a quick test before `findJunk` looks closer (a surrogate pair passes it). */
export function mayHoldJunk(text: string): boolean {
	return JUNK.test(text);
}

/** `U+XXXX` for a code point. */
export function codePointLabel(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every junk character in `text`, in order. A well-formed surrogate pair (an emoji, a rare 汉字) is not junk. */
export function findJunk(text: string): JunkChar[] {
	// Stryker disable next-line ConditionalExpression: equivalent; a quick way out, the loop finds nothing in such a text either
	if (!JUNK.test(text)) return [];
	const found: JunkChar[] = [];
	// Stryker disable next-line EqualityOperator: equivalent; one step past the end reads NaN, which is no junk
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
		}
		const kind = junkKind(code);
		if (!kind) continue;
		// Every junk character but the controls has a name in NAMES.
		const name = kind === 'surrogate' ? 'LONE SURROGATE' : (NAMES[code] ?? 'CONTROL CHARACTER');
		found.push({ codePoint: codePointLabel(code), name, kind, index: i });
	}
	return found;
}

const WHY: Record<JunkKind, Bilingual> = {
	control: {
		en: 'a control character: invisible, and feeds (XML) cannot carry it',
		zh: '控制字符：不可见，订阅源（XML）无法承载',
	},
	separator: {
		en: 'a Unicode line/paragraph separator: some readers show a break, others nothing; write a line break as \\n',
		zh: 'Unicode 行/段分隔符：有的阅读器显示为换行，有的不显示；换行请写 \\n',
	},
	invisible: {
		en: 'an invisible zero-width character (usually pasted from a web page or Word): it splits words, so search and area matching miss them',
		zh: '不可见的零宽字符（多由网页或 Word 粘贴带入）：会把词拆开，搜索和区域匹配因此找不到',
	},
	bom: {
		en: 'a byte-order mark inside the text (left over from joining files): invisible, and it splits words',
		zh: '文本中间的字节顺序标记（BOM，多因拼接文件残留）：不可见，会把词拆开',
	},
	direction: {
		en: 'an invisible text-direction control: it can reorder how the text is displayed',
		zh: '不可见的文字方向控制符：可能打乱文字的显示顺序',
	},
	surrogate: {
		en: 'half of a character (a lone UTF-16 surrogate): the text was cut or mis-encoded',
		zh: '半个字符（孤立的 UTF-16 代理项）：文本被截断或编码有误',
	},
};

/**
 * Which junk characters a text holds and why each kind is a problem, in both languages, for a message, e.g.
 * `U+0000 NULL at character 5 (a control character: …)`. Characters are counted from 1, as people count; a
 * character found more than once is named once, with how many and where the first is.
 */
export function describeJunk(found: readonly JunkChar[]): Bilingual {
	const groups = new Map<string, { first: JunkChar; count: number }>();
	for (const j of found) {
		const g = groups.get(j.codePoint);
		if (g) g.count++;
		else groups.set(j.codePoint, { first: j, count: 1 });
	}
	const en: string[] = [];
	const zh: string[] = [];
	for (const { first, count } of groups.values()) {
		const times = count > 1 ? ` ×${count}, first` : '';
		const timesZh = count > 1 ? `共 ${count} 处，首处` : '';
		en.push(`${first.codePoint} ${first.name}${times} at character ${first.index + 1} (${WHY[first.kind].en})`);
		zh.push(`${first.codePoint} ${first.name}（${timesZh}在第 ${first.index + 1} 个字符；${WHY[first.kind].zh}）`);
	}
	return { en: en.join('; '), zh: zh.join('；') };
}

/**
 * `text` without its junk, and what was removed (positions in the text after line breaks are normalised). A CRLF or
 * a lone CR becomes \n unreported: a spreadsheet cell may hold a line break written either way. A Unicode
 * line/paragraph separator becomes \n and is reported; every other junk character is dropped and reported.
 */
export function cleanJunk(text: string): { text: string; removed: JunkChar[] } {
	const lines = text.replace(/\r\n?/g, '\n');
	const removed = findJunk(lines);
	// Stryker disable next-line ConditionalExpression: equivalent; a quick way out, the loop below copies such a text as it is
	if (removed.length === 0) return { text: lines, removed };
	const at = new Map(removed.map((j) => [j.index, j]));
	let out = '';
	for (let i = 0; i < lines.length; i++) {
		const j = at.get(i);
		if (!j) out += lines[i];
		else if (j.kind === 'separator') out += '\n';
	}
	return { text: out, removed };
}
