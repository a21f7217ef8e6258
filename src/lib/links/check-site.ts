/**
 * The link check over a built site: every internal reference of every HTML page (a/area/link href, script/img/
 * source/iframe src, form action) must name a file in the build, and every `#fragment` an element id on the page
 * it points at. Pages are read with htmlparser2's streaming tokenizer (html-refs.ts); with a cache folder, what a
 * page holds is remembered by the page's content hash (scan-cache.ts), so a warm check parses only changed pages
 * and still checks every reference of every page against this build's files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanHtml } from './html-refs.ts';
import { ScanCache } from './scan-cache.ts';
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

/** What the check looked at and what it found. */
export interface LinkReport {
	pages: number;
	/** References followed (internal ones only). */
	links: number;
	broken: BrokenLink[];
	/** Pages parsed in this check, and pages whose references came from the cache (0 without a cache). */
	parsed: number;
	reused: number;
}

export interface CheckOptions {
	/** Astro's cache folder (ASTRO_CACHE_DIR): page scans are cached in its links/ folder. None: parse every page. */
	cacheDir?: string;
	/** Reads a file of the site; injectable for tests. Default: from disk. */
	read?: (rel: string) => Buffer;
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

/**
 * Checks the built site in `dir`. `origin` is the site's canonical origin (absolute links to it are internal).
 * The verdict is the same with or without `cacheDir`, warm or cold.
 */
export function checkSiteLinks(dir: string, origin: string, opts: CheckOptions = {}): LinkReport {
	const read = opts.read ?? ((rel: string) => readFileSync(path.join(dir, rel)));
	const cache = opts.cacheDir ? new ScanCache(opts.cacheDir) : undefined;
	const files = new Set(listFiles(dir));
	const htmlFiles = [...files].filter((f) => f.endsWith('.html'));
	const idsByFile = new Map<string, Set<string>>();
	const broken: BrokenLink[] = [];
	// Fragment references to other pages wait until every page's ids are known.
	const pending: Array<{ page: string; href: string; where: string; file: string; fragment: string }> = [];
	let links = 0;
	// Pages repeat the same references (navigation, footer, stylesheets): resolve each distinct one once.
	// Root-relative and absolute references resolve the same on every page; relative ones depend on the page.
	const resolved = new Map<string, ReturnType<typeof resolveInternal>>();
	const fileOf = new Map<string, string | null>();
	const resolve = (href: string, page: string) => {
		const key = href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `${page}\u0000${href}`;
		let hit = resolved.get(key);
		if (hit === undefined && !resolved.has(key)) {
			hit = resolveInternal(href, page, origin);
			resolved.set(key, hit);
		}
		return hit ?? null;
	};

	// Which pages changed since the last check is known from their size, time and inode (file-digests.ts): an
	// unchanged page is neither read nor hashed. Injected readers (tests) go through the content hash alone.
	const digests = cache && !opts.read ? new FileDigests<null>(path.join(opts.cacheDir as string, 'links', 'files.json'), { version: '1', derive: () => null }) : undefined;
	const scanOf = (rel: string) => {
		if (!cache) return scanHtml(read(rel).toString('utf8'));
		if (!digests) return cache.scan(read(rel));
		const d = digests.get(dir, rel);
		return cache.scanHashed(d.hash, () => d.bytes ?? read(rel));
	};

	for (const rel of htmlFiles) {
		const page = pagePathOf(rel);
		const { refs, ids } = scanOf(rel);
		idsByFile.set(rel, ids);
		const seen = new Set<string>();
		for (const ref of refs) {
			const key = `${ref.tag}\u0000${ref.attr}\u0000${ref.value}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const target = resolve(ref.value, page);
			if (!target) continue;
			links++;
			const where = `${ref.tag}[${ref.attr}]`;
			let file = fileOf.get(target.path);
			if (file === undefined) {
				file = candidateFiles(target.path).find((f) => files.has(f)) ?? null;
				fileOf.set(target.path, file);
			}
			if (!file) {
				broken.push({ page, href: ref.value, where, reason: 'no such page or file / 页面或文件不存在' });
			} else if (!implicitFragments.has(target.fragment) && file.endsWith('.html')) {
				if (file === rel) {
					if (!ids.has(target.fragment)) broken.push({ page, href: ref.value, where, reason: missingId(target.fragment) });
				} else {
					pending.push({ page, href: ref.value, where, file, fragment: target.fragment });
				}
			}
		}
	}
	for (const p of pending) {
		if (!idsByFile.get(p.file)?.has(p.fragment)) broken.push({ page: p.page, href: p.href, where: p.where, reason: missingId(p.fragment) });
	}
	broken.sort((a, b) => (a.page === b.page ? a.href.localeCompare(b.href) : a.page < b.page ? -1 : 1));
	cache?.save();
	digests?.save();
	return { pages: htmlFiles.length, links, broken, parsed: cache ? cache.parsed : htmlFiles.length, reused: cache?.reused ?? 0 };
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
