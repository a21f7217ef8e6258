/**
 * Many messages for one channel in one run become digests: as few messages as the provider's size limit allows,
 * each a numbered list of the same texts residents would have got one by one.
 */
import type { Locale } from '../../i18n/index.ts';

const encoder = new TextEncoder();
/** UTF-8 length: providers count bytes, and a Chinese character is three. */
export const byteLength = (s: string) => encoder.encode(s).length;

/**
 * Shortens `text` to `maxBytes`, keeping its end from `详情：`/`Details:` on (the link is what a reader needs most)
 * and cutting the middle with `…`.
 */
export function fitText(text: string, maxBytes: number): string {
	if (byteLength(text) <= maxBytes) return text;
	const at = Math.max(text.lastIndexOf('详情：'), text.lastIndexOf('Details:'));
	const end = at > 0 ? text.slice(at) : '';
	// Stryker disable next-line MethodExpression,ConditionalExpression: equivalent; the longest prefix within the budget lies before the link anyway (starting from the whole text only makes the loop longer).
	let head = text.slice(0, at > 0 ? at : text.length);
	const budget = maxBytes - byteLength(end) - byteLength('…');
	while (head.length > 0 && byteLength(head) > budget) head = head.slice(0, -1);
	return `${head}…${end}`;
}

/** The heading of a digest: `【停电信息汇总 1/3】共 25 条` / `[Outage updates 1/3] 25 in all`. */
function heading(part: number, parts: number, total: number, locale: Locale): string {
	const n = parts > 1 ? ` ${part}/${parts}` : '';
	return locale === 'zh-cn' ? `【停电信息汇总${n}】共 ${total} 条` : `[Outage updates${n}] ${total} in all`;
}

/**
 * Packs `texts` into digests of at most `maxBytes` each, in order. Returns, for each digest, its text and the
 * indexes of the texts it carries. A text too long for a digest on its own is shortened with `fitText`.
 */
export function packDigests(
	texts: readonly string[],
	maxBytes: number,
	locale: Locale,
): Array<{ text: string; indexes: number[] }> {
	// Room for the longest heading: the part numbers are only known once packed.
	const reserve = byteLength(heading(texts.length, texts.length, texts.length, locale)) + 1;
	const room = maxBytes - reserve;
	const groups: Array<{ lines: string[]; indexes: number[]; bytes: number }> = [];
	texts.forEach((text, i) => {
		const last = groups.at(-1);
		const number = (k: number) => `${k}. `;
		const line = (k: number) => `${number(k)}${fitText(text, room - byteLength(number(k)) - 1)}`;
		if (last) {
			const l = line(last.lines.length + 1);
			const bytes = byteLength(l) + 1;
			if (last.bytes + bytes <= room) {
				last.lines.push(l);
				last.indexes.push(i);
				last.bytes += bytes;
				return;
			}
		}
		const l = line(1);
		groups.push({ lines: [l], indexes: [i], bytes: byteLength(l) + 1 });
	});
	return groups.map((g, k) => ({
		text: `${heading(k + 1, groups.length, texts.length, locale)}\n${g.lines.join('\n')}`,
		indexes: g.indexes,
	}));
}
