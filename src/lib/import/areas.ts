import type { Area } from '../../schemas/area.ts';
import { toHalfWidth } from './datetime.ts';

/** A name in the scope text that matches no area, with the closest known names to suggest. */
export interface UnmatchedName {
	text: string;
	suggestions: string[];
}

/** The areas found in a text, and the parts of it that named none. */
export interface AreaMatch {
	/** Area ids, in the order the text names them, without repeats. */
	ids: string[];
	unmatched: UnmatchedName[];
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
	private readonly byExact = new Map<string, string>();
	private readonly pattern: RegExp;
	private readonly names: string[];
	private readonly cache = new Map<string, AreaMatch>();

	constructor(areas: Map<string, Area>) {
		for (const a of areas.values()) {
			for (const n of [a.name.zh, ...a.aliases]) {
				const key = toHalfWidth(n).trim();
				// The first area to claim a name keeps it: content validation reports clashing aliases separately.
				if (key && !this.byName.has(key)) this.byName.set(key, a.id);
			}
			for (const n of [a.id, a.name.zh, a.name.en ?? '', ...a.aliases]) {
				const key = toHalfWidth(n).trim().toLowerCase();
				if (key && !this.byExact.has(key)) this.byExact.set(key, a.id);
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
		for (const raw of toHalfWidth(text).split(SEGMENT_SEPARATOR)) {
			const segment = raw.trim();
			if (!segment) continue;
			let found = false;
			for (const m of segment.matchAll(this.pattern)) {
				found = true;
				const id = this.byName.get(m[0]) as string;
				if (!ids.includes(id)) ids.push(id);
			}
			if (!found && segment.replace(FILLER, '') !== '') unmatched.push({ text: segment, suggestions: this.closest(segment) });
		}
		const result = { ids, unmatched };
		this.cache.set(text, result);
		return result;
	}

	/** The areas an area column lists: each item exactly a name, an alias, an English name or an id. */
	matchList(text: string): AreaMatch {
		const ids: string[] = [];
		const unmatched: UnmatchedName[] = [];
		for (const raw of toHalfWidth(text).split(SEGMENT_SEPARATOR)) {
			const item = raw.trim();
			if (!item) continue;
			const id = this.byExact.get(item.toLowerCase());
			if (id) {
				if (!ids.includes(id)) ids.push(id);
			} else unmatched.push({ text: item, suggestions: this.closest(item) });
		}
		return { ids, unmatched };
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
