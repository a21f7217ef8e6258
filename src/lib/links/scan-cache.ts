/**
 * The link check's memory between builds: what `scanHtml` found in each page, keyed by the SHA-256 of the page's
 * bytes, in `<cacheDir>/links/scans.json`. A warm check parses only the pages that changed; the references
 * themselves are checked afresh every time (a target may have gone), so the verdict is the cold check's.
 * Strings shared by many pages (navigation, footer, stylesheets) are stored once, and kept as one string each in
 * memory too: a page's scan is a list of those strings, so the check can judge each distinct reference once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanHtml, type HtmlRef } from './html-refs.ts';
import { sha256 } from '../build/file-digests.ts';

/** Bump when `scanHtml` finds something else in the same page, so no old scan is reused. */
const format = 2;

/** One reference as a single string, `tag\0attr\0value`: equal references are equal strings. */
export type RefKey = string;

/** The reference a key stands for. */
export function refOf(key: RefKey): HtmlRef {
	const [tag, attr, value] = key.split('\u0000');
	return { tag, attr, value };
}

/** The value of the reference a key stands for (its href, src or action), without taking the key apart whole. */
export function refValue(key: RefKey): string {
	return key.slice(key.indexOf('\u0000', key.indexOf('\u0000') + 1) + 1);
}

/** A page's scan in the form the check uses: its distinct references as keys, and its fragment targets. */
export interface PageScan {
	refs: readonly RefKey[];
	ids: readonly string[];
}

interface Stored {
	format: number;
	/** Every distinct string: a reference key, or an id. */
	strings: string[];
	/** Content hash → [reference string indexes, id string indexes]. */
	pages: Record<string, [number[], number[]]>;
}

/**
 * A function that returns one kept copy of each string it is given: the same navigation, footer and stylesheet
 * references on 100,000 pages are then one string each, not 100,000 (at 50,000 notices the link check ran out of
 * its 4 GB heap without this).
 */
export function interner(): (s: string) => string {
	const kept = new Map<string, string>();
	return (s) => {
		const known = kept.get(s);
		if (known !== undefined) return known;
		kept.set(s, s);
		return s;
	};
}

/**
 * A page's HTML scanned into keys: each distinct reference once, in the order of first appearance, its strings
 * through `intern` (see `interner`).
 */
export function scanPage(html: string, intern: (s: string) => string = (s) => s): PageScan {
	const { refs, ids } = scanHtml(html);
	return {
		refs: [...new Set(refs.map((r) => intern(`${r.tag}\u0000${r.attr}\u0000${r.value}`)))],
		ids: [...ids].map(intern),
	};
}

/** Scans pages through the cache; `save` writes back the scans of this run's pages only, so the file never outgrows the site. */
export class ScanCache {
	private readonly file: string;
	private readonly strings: string[] = [];
	private readonly stored = new Map<string, [number[], number[]]>();
	private readonly used = new Map<string, PageScan>();
	/** One copy of each string seen in this run's parsed pages. */
	private readonly intern = interner();
	/** Pages parsed in this run, and pages whose scan came from the cache. */
	parsed = 0;
	reused = 0;

	constructor(cacheDir: string) {
		this.file = path.join(cacheDir, 'links', 'scans.json');
		if (!existsSync(this.file)) return;
		try {
			const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
			if (stored.format !== format) return;
			this.strings = stored.strings;
			for (const [hash, entry] of Object.entries(stored.pages)) this.stored.set(hash, entry);
		} catch {
			// An unreadable cache is no cache: every page is parsed.
			this.stored.clear();
		}
	}

	/** The scan of a page with these bytes: from the cache when the same bytes were scanned before. */
	scan(bytes: Buffer): PageScan {
		return this.scanHashed(sha256(bytes), () => bytes);
	}

	/**
	 * The scan of a page whose content hash is `hash` (SHA-256, hex): from the cache when a page with that hash was
	 * scanned before, else parsed from `bytes()` (read only then).
	 */
	scanHashed(hash: string, bytes: () => Buffer): PageScan {
		let scan = this.used.get(hash);
		const stored = scan ? undefined : this.stored.get(hash);
		if (stored) scan = { refs: stored[0].map((i) => this.strings[i]), ids: stored[1].map((i) => this.strings[i]) };
		if (scan) this.reused++;
		else {
			scan = scanPage(bytes().toString('utf8'), this.intern);
			this.parsed++;
		}
		this.used.set(hash, scan);
		return scan;
	}

	/**
	 * Writes the scans of the pages seen in this run (atomically: a half-written cache is never read). Nothing is
	 * written when the run parsed nothing and used every stored page: the file already says exactly this.
	 */
	save(): void {
		if (this.parsed === 0 && this.used.size === this.stored.size) return;
		const strings: string[] = [];
		const index = new Map<string, number>();
		const numberOf = (s: string) => {
			let i = index.get(s);
			if (i === undefined) {
				i = strings.push(s) - 1;
				index.set(s, i);
			}
			return i;
		};
		const pages: Stored['pages'] = {};
		for (const [hash, scan] of [...this.used].sort(([a], [b]) => (a < b ? -1 : 1)))
			pages[hash] = [scan.refs.map(numberOf), scan.ids.map(numberOf)];
		mkdirSync(path.dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify({ format, strings, pages } satisfies Stored));
		renameSync(tmp, this.file);
	}
}
