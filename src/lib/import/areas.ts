import type { Area } from '../../schemas/area.ts';
import { areaNameKey } from '../areas/tree.ts';
import { toHalfWidthDigits } from '../text/width.ts';

/** A name in the scope text that matches no area, with the closest known names to suggest. */
export interface UnmatchedName {
	text: string;
	suggestions: string[];
}

/** A name in an area column that several areas answer to (an English name may repeat), with their ids. */
export interface AmbiguousName {
	text: string;
	candidates: string[];
}

/** The areas found in a text, and the parts of it that named none. */
export interface AreaMatch {
	/** Area ids, in the order the text names them, without repeats. */
	ids: string[];
	unmatched: UnmatchedName[];
	/** Names more than one area answers to: none is chosen (area column only). */
	ambiguous: AmbiguousName[];
}

/** Separators between the places a scope lists: 、，,；; / and line breaks. */
const SEGMENT_SEPARATOR = /[、，,；;/\n\r|]+|\s{2,}/;

/**
 * What is left of a segment once numbers, group/building words and connecting words are removed: when nothing is
 * left (`4组`, `3-5栋`), the segment continues the place named before it and needs no area of its own.
 */
const FILLER = /[\d\s#＃\-–—~～至到及和与等全部整体沿线一带附近周边部分区域用户组队栋幢号楼单元户台区片()（）.]+/g;

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds areas in published scope text by their Chinese names and aliases (from content/areas.json), longest name
 * first, so 关牟街 is found as 关牟街社区 and not as 关牟村 (alias 关牟) followed by 街.
 */
export class AreaMatcher {
	private readonly byName = new Map<string, string>();
	private readonly byExact = new Map<string, string[]>();
	private readonly pattern: RegExp;
	private readonly names: string[];
	private readonly cache = new Map<string, AreaMatch>();

	constructor(areas: Map<string, Area>) {
		for (const a of areas.values()) {
			for (const n of [a.name.zh, ...a.aliases]) {
				const key = areaNameKey(n);
				// Content validation refuses a Chinese name or alias shared by two areas (areaNameProblems), so each
				// key has one area; were one shared anyway, the first in the file would keep it.
				if (key && !this.byName.has(key)) this.byName.set(key, a.id);
			}
			for (const n of [a.id, a.name.zh, a.name.en ?? '', ...a.aliases]) {
				const key = toHalfWidthDigits(n).trim().toLowerCase();
				if (!key) continue;
				const ids = this.byExact.get(key);
				if (!ids) this.byExact.set(key, [a.id]);
				else if (!ids.includes(a.id)) ids.push(a.id);
			}
		}
		this.names = [...this.byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
		this.pattern = new RegExp(this.names.map(escapeRegExp).join('|'), 'g');
	}

	/** The areas a scope text names: every segment must name at least one, or it is reported as unmatched. */
	matchScope(text: string): AreaMatch {
		const cached = this.cache.get(text);
		if (cached) return cached;
		const ids: string[] = [];
		const unmatched: UnmatchedName[] = [];
		for (const raw of toHalfWidthDigits(text).split(SEGMENT_SEPARATOR)) {
			const segment = raw.trim();
			if (!segment) continue;
			let found = false;
			for (const m of segment.matchAll(this.pattern)) {
				found = true;
				const id = this.byName.get(m[0]) as string;
				if (!ids.includes(id)) ids.push(id);
			}
			if (!found && segment.replace(FILLER, '') !== '')
				unmatched.push({ text: segment, suggestions: this.closest(segment) });
		}
		const result = { ids, unmatched, ambiguous: [] };
		this.cache.set(text, result);
		return result;
	}

	/**
	 * The areas an area column lists: each item exactly a name, an alias, an English name or an id. An item several
	 * areas answer to (only English names may repeat: content validation refuses shared Chinese names and aliases)
	 * is reported with its candidates rather than guessed.
	 */
	matchList(text: string): AreaMatch {
		const ids: string[] = [];
		const unmatched: UnmatchedName[] = [];
		const ambiguous: AmbiguousName[] = [];
		for (const raw of toHalfWidthDigits(text).split(SEGMENT_SEPARATOR)) {
			const item = raw.trim();
			if (!item) continue;
			const found = this.byExact.get(item.toLowerCase()) ?? [];
			if (found.length === 1) {
				if (!ids.includes(found[0])) ids.push(found[0]);
			} else if (found.length > 1) ambiguous.push({ text: item, candidates: found });
			else unmatched.push({ text: item, suggestions: this.closest(item) });
		}
		return { ids, unmatched, ambiguous };
	}

	/** Up to three known names closest to `text` by edit distance (ignoring group numbers and the like). */
	closest(text: string, count = 3): string[] {
		const probe = text.replace(FILLER, '') || text;
		return this.names
			.map((name) => ({ name, d: editDistance(probe, name) / Math.max(probe.length, name.length) }))
			.sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
			.slice(0, count)
			.map((x) => x.name);
	}
}

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
	const s = [...a];
	const t = [...b];
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const cur = [i];
		for (let j = 1; j <= t.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[t.length];
}
