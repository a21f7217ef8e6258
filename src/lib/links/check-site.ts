/**
 * The link check over a built site: every internal reference of every HTML page (a/area/link href, script/img/
 * source/iframe src, form action) must name a file in the build, and every `#fragment` an element id on the page
 * it points at. Pages are read with htmlparser2's streaming tokenizer (html-refs.ts); with a cache folder, what a
 * page holds is remembered by the page's content hash (scan-cache.ts), so a warm check parses only changed pages
 * and still checks every reference of every page against this build's files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { interner, refOf, refValue, ScanCache, scanPage, type PageScan, type RefKey } from './scan-cache.ts';
import { FileDigests } from '../build/file-digests.ts';
import { candidateFiles, pagePathOf, resolveInternal } from './resolve.ts';

/** One reference that leads nowhere. */
export interface BrokenLink {
	/** The URL path of the page that holds the reference, e.g. `/en/outages/`. */
	page: string;
	/** The reference as written in the page. */
	href: string;
	/** The element and attribute, e.g. `a[href]`. */
	where: string;
	/** Why it is broken, in English and Chinese. */
	reason: string;
}

/**
 * A reference to a file this site does not hold, left to the check of the merged site (a segment's check, see
 * `CheckOptions.defer`): each distinct target once, with the first page that refers to it.
 */
export interface DeferredLink {
	/** The URL path it leads to, e.g. `/outages/qs-20250103-01/`. */
	path: string;
	/** Its fragment without `#`, or empty. */
	fragment: string;
	page: string;
	href: string;
	where: string;
}

/** What the check looked at and what it found. */
export interface LinkReport {
	pages: number;
	/** References followed (internal ones only). */
	links: number;
	broken: BrokenLink[];
	/** With `defer`: the references to files not in this site, for the merged site's check. */
	deferred: DeferredLink[];
	/** Pages parsed in this check, and pages whose references came from the cache (0 without a cache). */
	parsed: number;
	reused: number;
}

export interface CheckOptions {
	/** Astro's cache folder (ASTRO_CACHE_DIR): page scans are cached in its links/ folder. None: parse every page. */
	cacheDir?: string;
	/** Reads a file of the site; injectable for tests. Default: from disk. */
	read?: (rel: string) => Buffer;
	/**
	 * The site's files outside pagefind/, relative, when the caller knows them (the build's listing, see
	 * dist-files.ts): the site is then not walked again, and files under pagefind/ are looked up one by one.
	 */
	files?: readonly string[];
	/**
	 * `dir` is one segment of a site built in segments (src/lib/build/segments/): a reference to a file it does not
	 * hold may lead into another segment, so it is not judged here but returned in `deferred`, each distinct target
	 * (path and fragment) once; the merge checks them against every segment's files.
	 */
	defer?: boolean;
}

/** Files under `dir`, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (abs: string, rel: string) => {
		for (const e of readdirSync(abs, { withFileTypes: true })) {
			const r = rel ? `${rel}/${e.name}` : e.name;
			if (e.isDirectory()) walk(path.join(abs, e.name), r);
			else out.push(r);
		}
	};
	walk(dir, '');
	return out.sort();
}

/** Fragments every page has without an element of that id (HTML: `#top` and the empty fragment scroll to the top). */
const implicitFragments = new Set(['', 'top']);

/** Where a reference leads: nowhere on the site (external), a file of the build, or no file (broken). */
type Target =
	{ external: true } | { external: false; file: string | null; path: string; fragment: string; where: string };

/**
 * Checks the built site in `dir`. `origin` is the site's canonical origin (absolute links to it are internal).
 * The verdict is the same with or without `cacheDir`, warm or cold.
 */
export function checkSiteLinks(dir: string, origin: string, opts: CheckOptions = {}): LinkReport {
	const read = opts.read ?? ((rel: string) => readFileSync(path.join(dir, rel)));
	const cache = opts.cacheDir ? new ScanCache(opts.cacheDir) : undefined;
	const listed = new Set(opts.files ?? listFiles(dir));
	// With a listing from the build, pagefind/ (written after it) is looked up file by file.
	const pagefindFiles = new Map<string, boolean>();
	const exists = (rel: string) => {
		if (listed.has(rel)) return true;
		if (!opts.files || !rel.startsWith('pagefind/')) return false;
		let found = pagefindFiles.get(rel);
		if (found === undefined) pagefindFiles.set(rel, (found = existsSync(path.join(dir, rel))));
		return found;
	};
	const htmlFiles = [...listed].filter((f) => f.endsWith('.html')).sort();
	const idsByFile = new Map<string, readonly string[]>();
	const idSets = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = idSets.get(file);
		if (!set) idSets.set(file, (set = new Set(idsByFile.get(file) ?? [])));
		return set;
	};
	const broken: BrokenLink[] = [];
	const deferred = new Map<string, DeferredLink>();
	// Fragment references to other pages wait until every page's ids are known.
	const pending: Array<{ page: string; href: string; where: string; file: string; fragment: string }> = [];
	let links = 0;
	// Pages repeat the same references (navigation, footer, stylesheets): each distinct one is judged once.
	// Root-relative and absolute references lead to the same place from every page; relative ones depend on the page.
	const judged = new Map<string, Target>();
	const judge = (key: RefKey, page: string): Target => {
		const { tag, attr, value } = refOf(key);
		const target = resolveInternal(value, page, origin);
		if (!target) return { external: true };
		const file = candidateFiles(target.path).find(exists) ?? null;
		return { external: false, file, path: target.path, fragment: target.fragment, where: `${tag}[${attr}]` };
	};

	// Which pages changed since the last check is known from their size, time and inode (file-digests.ts): an
	// unchanged page is neither read nor hashed. Injected readers (tests) go through the content hash alone.
	const digests =
		cache && !opts.read
			? new FileDigests<null>(path.join(opts.cacheDir as string, 'links', 'files.json'), {
					version: '1',
					derive: () => null,
				})
			: undefined;
	// Without a cache, the pages' strings are still kept once each (the cache does the same for its pages).
	const intern = interner();
	const scanOf = (rel: string): PageScan => {
		if (!cache) return scanPage(read(rel).toString('utf8'), intern);
		if (!digests) return cache.scan(read(rel));
		const d = digests.get(dir, rel);
		return cache.scanHashed(d.hash, () => d.bytes ?? read(rel));
	};

	for (const rel of htmlFiles) {
		const page = pagePathOf(rel);
		const { refs, ids } = scanOf(rel);
		idsByFile.set(rel, ids);
		for (const key of refs) {
			const value = refValue(key);
			const sameEverywhere = value.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(value);
			const memo = sameEverywhere ? key : `${page}\u0000${key}`;
			let target = judged.get(memo);
			if (!target) judged.set(memo, (target = judge(key, page)));
			if (target.external) continue;
			links++;
			if (!target.file && opts.defer) {
				const to = `${target.path}#${target.fragment}`;
				if (!deferred.has(to))
					deferred.set(to, { path: target.path, fragment: target.fragment, page, href: value, where: target.where });
			} else if (!target.file) {
				broken.push({ page, href: value, where: target.where, reason: 'no such page or file / 页面或文件不存在' });
			} else if (!implicitFragments.has(target.fragment) && target.file.endsWith('.html')) {
				if (target.file === rel) {
					if (!ids.includes(target.fragment))
						broken.push({ page, href: value, where: target.where, reason: missingId(target.fragment) });
				} else {
					pending.push({ page, href: value, where: target.where, file: target.file, fragment: target.fragment });
				}
			}
		}
	}
	for (const p of pending) {
		if (!idsOf(p.file).has(p.fragment))
			broken.push({ page: p.page, href: p.href, where: p.where, reason: missingId(p.fragment) });
	}
	broken.sort((a, b) => (a.page === b.page ? a.href.localeCompare(b.href) : a.page < b.page ? -1 : 1));
	cache?.save();
	digests?.save();
	return {
		pages: htmlFiles.length,
		links,
		broken,
		deferred: [...deferred.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
		parsed: cache ? cache.parsed : htmlFiles.length,
		reused: cache?.reused ?? 0,
	};
}

function missingId(fragment: string): string {
	return `no element with id "${fragment}" on the target page / 目标页面没有 id 为 "${fragment}" 的元素`;
}

/** The report as lines for the console: `page → href (where): reason`, grouped by page. */
export function formatBroken(broken: BrokenLink[], limit = 200): string[] {
	const lines = broken.slice(0, limit).map((b) => `${b.page} → ${b.href} (${b.where}): ${b.reason}`);
	if (broken.length > limit) lines.push(`… and ${broken.length - limit} more / 另有 ${broken.length - limit} 处`);
	return lines;
}
