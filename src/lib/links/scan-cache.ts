/**
 * The link check's memory between builds: what `scanHtml` found in each page, keyed by the SHA-256 of the page's
 * bytes, in `<cacheDir>/links/scans.json`. A warm check reads and hashes every page but parses only the changed
 * ones; the references themselves are checked afresh every time (a target may have gone), so the verdict is the
 * cold check's. Strings shared by many pages (navigation, footer, stylesheets) are stored once.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanHtml, type HtmlScan } from './html-refs.ts';

/** Bump when `scanHtml` finds something else in the same page, so no old scan is reused. */
const format = 1;

interface Stored {
	format: number;
	/** Every distinct string: `tag\0attr\0value` for a reference, the id itself for a fragment target. */
	strings: string[];
	/** Content hash → [reference string indexes, id string indexes]. */
	pages: Record<string, [number[], number[]]>;
}

/** Scans pages through the cache; `save` writes back the scans of this run's pages only, so the file never outgrows the site. */
export class ScanCache {
	private readonly file: string;
	private readonly old: Map<string, HtmlScan> = new Map();
	private readonly used = new Map<string, HtmlScan>();
	/** Pages parsed in this run, and pages whose scan came from the cache. */
	parsed = 0;
	reused = 0;

	constructor(cacheDir: string) {
		this.file = path.join(cacheDir, 'links', 'scans.json');
		if (!existsSync(this.file)) return;
		try {
			const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
			if (stored.format !== format) return;
			for (const [hash, [refs, ids]] of Object.entries(stored.pages)) {
				this.old.set(hash, {
					refs: refs.map((i) => {
						const [tag, attr, value] = stored.strings[i].split('\u0000');
						return { tag, attr, value };
					}),
					ids: new Set(ids.map((i) => stored.strings[i])),
				});
			}
		} catch {
			// An unreadable cache is no cache: every page is parsed.
			this.old.clear();
		}
	}

	/** The scan of a page with these bytes: from the cache when the same bytes were scanned before. */
	scan(bytes: Buffer): HtmlScan {
		return this.scanHashed(createHash('sha256').update(bytes).digest('hex'), () => bytes);
	}

	/**
	 * The scan of a page whose content hash is `hash` (SHA-256, hex): from the cache when a page with that hash was
	 * scanned before, else parsed from `bytes()` (read only then).
	 */
	scanHashed(hash: string, bytes: () => Buffer): HtmlScan {
		let scan = this.used.get(hash) ?? this.old.get(hash);
		if (scan) this.reused++;
		else {
			scan = scanHtml(bytes().toString('utf8'));
			this.parsed++;
		}
		this.used.set(hash, scan);
		return scan;
	}

	/** Writes the scans of the pages seen in this run (atomically: a half-written cache is never read). */
	save(): void {
		const strings: string[] = [];
		const index = new Map<string, number>();
		const intern = (s: string) => {
			let i = index.get(s);
			if (i === undefined) {
				i = strings.push(s) - 1;
				index.set(s, i);
			}
			return i;
		};
		const pages: Stored['pages'] = {};
		for (const [hash, scan] of [...this.used].sort(([a], [b]) => (a < b ? -1 : 1))) {
			pages[hash] = [scan.refs.map((r) => intern(`${r.tag}\u0000${r.attr}\u0000${r.value}`)), [...scan.ids].map(intern)];
		}
		mkdirSync(path.dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify({ format, strings, pages } satisfies Stored));
		renameSync(tmp, this.file);
	}
}
