/**
 * The search step of the build: indexes the built site with Pagefind's Node API, one bundle per closed year of
 * notices plus the live bundle (see bundles.ts), each cached under `<cacheDir>/pagefind/<id>/` with the key of
 * exactly what it indexes. A bundle whose key is unchanged is copied from the cache; otherwise it is indexed and
 * cached. Pagefind's output depends only on the pages given to it (checked: same pages in any order give the same
 * bytes), so a reused bundle is byte-identical to a fresh one, and a warm build's dist/ equals a cold build's.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { FileDigests, sha256 } from '../build/file-digests.ts';
import { linkOrCopy } from '../build/hard-link.ts';
import { listFiles } from '../links/check-site.ts';
import { pagePathOf } from '../links/resolve.ts';
import {
	archiveBundle,
	archivePageMonth,
	archiveThrough,
	bundleDir,
	bundleKey,
	defaultOpenMonths,
	kindOf,
	noticeMonth,
	planBundles,
	type BundleKind,
	type BundlePlan,
	type PageFile,
} from './bundles.ts';
import { hasSearchBody, indexedContent } from './indexed-content.ts';
import type { SearchArchive } from '../../schemas/search-archive.ts';

/** Bump when this step's output changes for the same input, so every cached bundle is rebuilt. */
const format = 3;
/** Pagefind's indexing options, as `pagefind --site` uses them by default. Part of every bundle's key. */
const indexOptions = {};
/** What a merged bundle (archive or open month) needs: no scripts, styles or wasm (the live bundle's are used). */
const mergedKeeps = (name: string) =>
	name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);

/** Where the archive bundles and their manifest are served from, under the site root. */
export const archiveDir = 'pagefind/archive';
export const manifestFile = `${archiveDir}/manifest.json`;

export interface IndexSiteOptions {
	/** The built site (dist/). Its pagefind/ folder is replaced. */
	outDir: string;
	/** Astro's cache folder (ASTRO_CACHE_DIR); bundles are cached in its pagefind/ folder. */
	cacheDir: string;
	/** The build's "now" (SITE_NOW), which decides which months are closed. */
	now: Date;
	/** The utility's time zone (site.json timeZone), in which months are counted. */
	timeZone: string;
	/** Months before now's month that stay live; default 1. */
	openMonths?: number;
	/** Progress lines; default none. */
	log?: (line: string) => void;
	/** dist/'s files outside pagefind/ when the build listed them (dist-files.ts); otherwise dist/ is walked. */
	files?: readonly string[];
	/**
	 * How the pages are split (src/lib/build/segments/): a whole site by the clock (`openMonths`); the live segment,
	 * every notice into its month's open bundle (its months are all open); a closed segment, every page into one
	 * archive bundle named after it. Default: the whole site.
	 */
	segment?: { kind: 'whole' } | { kind: 'live' } | { kind: 'closed'; name: string };
}

/** What happened to one bundle. */
export interface BundleStats {
	id: string;
	kind: BundleKind;
	/** HTML files given to it. */
	files: number;
	/** Pages in its index per Pagefind language. */
	pages: Record<string, number>;
	reused: boolean;
	ms: number;
}

export interface IndexStats {
	/** Last archived month (notices that started in it or before are archived); null in a segment's build. */
	through: string | null;
	bundles: BundleStats[];
	/** HTML files indexed in this run (in rebuilt bundles) and taken from the cache. */
	filesIndexed: number;
	filesReused: number;
	ms: number;
}

/** Pagefind's version, from its package.json (the package exports only its entry point). */
function pagefindVersion(): string {
	const main = fileURLToPath(import.meta.resolve('pagefind'));
	return JSON.parse(readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')).version as string;
}

/**
 * Every HTML page of the site that search indexes: its URL, indexed-content hash and notice month. Pages without
 * `data-pagefind-body` (the search page, the 404 pages, the day pages) are left out: Pagefind skips them anyway
 * once any page has one, so a new day page does not change a bundle's key. Pages unchanged on disk since the last
 * build in this cache are not read again (file-digests.ts).
 */
function readPages(outDir: string, cacheRoot: string, listed?: readonly string[]): PageFile[] {
	const derive = (bytes: Buffer) => {
		const html = bytes.toString('utf8');
		return { month: noticeMonth(html), indexed: sha256(Buffer.from(indexedContent(html))), body: hasSearchBody(html) };
	};
	const digests = new FileDigests(path.join(cacheRoot, 'files.json'), { version: `${format}`, derive });
	const all = (listed ?? listFiles(outDir))
		.filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/') && !rel.startsWith('admin/'))
		.map((rel) => {
			const { value } = digests.get(outDir, rel);
			const url = pagePathOf(rel);
			return { page: { rel, url, hash: value.indexed, month: value.month ?? archivePageMonth(url) }, body: value.body };
		});
	// A site with no data-pagefind-body anywhere would have Pagefind index every page's <body>: then all are kept.
	const pages = all.some((p) => p.body) ? all.filter((p) => p.body).map((p) => p.page) : all.map((p) => p.page);
	digests.save();
	return pages;
}

/**
 * A folder holding exactly `plan`'s pages at their paths in the site, as hard links to the built files (a copy
 * where the two folders are on different file systems), for Pagefind to read itself.
 */
function stagePages(outDir: string, plan: BundlePlan, staging: string): void {
	rmSync(staging, { recursive: true, force: true });
	const made = new Set<string>();
	for (const page of plan.pages) {
		const to = path.join(staging, page.rel);
		const dir = path.dirname(to);
		if (!made.has(dir)) mkdirSync(dir, { recursive: true });
		made.add(dir);
		linkOrCopy(path.join(outDir, page.rel), to);
	}
}

/**
 * Puts the files of the folder `from` at the same paths under `to`, as hard links (copies where the two folders are
 * on different file systems). A cached bundle's files are never written again (a new key's bundle is built beside
 * them and swapped in), so dist/ can share them: creating thousands of index files is much of a closed segment's
 * search step, and a link creates no file.
 */
function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)];
		if (entry.isDirectory()) linkTree(src, dst);
		else linkOrCopy(src, dst);
	}
}

/**
 * Indexes `plan`'s pages with Pagefind and writes the bundle to `target` (an empty folder to be). Pagefind reads
 * and parses the files itself (`addDirectory` over a staging folder of links), in parallel: sending each page
 * through the Node API (`addHTMLFile`) took twice as long at 10,000 notices. Its URLs come from the paths, as
 * `pagePathOf` writes them (…/index.html → …/).
 */
async function buildBundle(outDir: string, plan: BundlePlan, target: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex(indexOptions);
	if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
	const staging = `${target}.pages`;
	try {
		stagePages(outDir, plan, staging);
		const added = await index.addDirectory({ path: staging });
		if (added.errors.length) throw new Error(`Pagefind could not index:\n${added.errors.slice(0, 20).join('\n')}`);
		if (added.page_count !== plan.pages.length)
			throw new Error(`Pagefind indexed ${added.page_count} of ${plan.pages.length} pages of the ${plan.id} bundle`);
		const written = await index.writeFiles({ outputPath: target });
		if (written.errors.length) throw new Error(`Pagefind could not write ${target}: ${written.errors.join('; ')}`);
	} finally {
		await index.deleteIndex();
		rmSync(staging, { recursive: true, force: true });
	}
	if (kindOf(plan) !== 'live') {
		for (const name of readdirSync(target))
			if (!mergedKeeps(name)) rmSync(path.join(target, name), { recursive: true, force: true });
	}
}

/** Files of the search cache folder beside the bundles. */
const cacheFiles = new Set(['files.json', 'installed.json']);

/** Which bundle, by key, the previous build left in which dist/ folder. */
interface Installed {
	outDir: string;
	bundles: Record<string, string>;
}

/** The bundles the previous build installed in `outDir`; none when it wrote elsewhere or left no record. */
function readInstalled(cacheRoot: string, outDir: string): Installed {
	const fresh = { outDir, bundles: {} };
	try {
		const stored = JSON.parse(readFileSync(path.join(cacheRoot, 'installed.json'), 'utf8')) as Installed;
		return stored.outDir === outDir && stored.bundles ? stored : fresh;
	} catch {
		return fresh;
	}
}

/** Records the installed bundles; written before a bundle is replaced too, so an interrupted copy is never trusted. */
function writeInstalled(cacheRoot: string, installed: Installed): void {
	const file = path.join(cacheRoot, 'installed.json');
	writeFileSync(`${file}.tmp`, JSON.stringify(installed));
	renameSync(`${file}.tmp`, file);
}

/**
 * Empties a bundle's folder in dist/. The live bundle's folder (/pagefind/) also holds the others' folders
 * (archive/, open/), which stay.
 */
function clearBundle(dest: string, kind: BundleKind): void {
	if (kind !== 'live') {
		rmSync(dest, { recursive: true, force: true });
		return;
	}
	if (!existsSync(dest)) return;
	for (const name of readdirSync(dest))
		if (name !== 'archive' && name !== 'open') rmSync(path.join(dest, name), { recursive: true, force: true });
}

/**
 * Removes from dist/pagefind/ every bundle folder this build does not plan, and anything not recorded as
 * installed there (e.g. a dist/ that no build of this cache wrote), so dist/ ends as a cold build leaves it.
 */
function removeUnplanned(outDir: string, plans: readonly BundlePlan[], installed: Installed): void {
	const root = path.join(outDir, 'pagefind');
	const planned = new Set(plans.map((p) => p.id));
	const kindOfId = new Map(plans.map((p) => [p.id, kindOf(p)]));
	for (const id of Object.keys(installed.bundles)) if (!planned.has(id)) delete installed.bundles[id];
	if (!existsSync(root)) return;
	if (Object.keys(installed.bundles).length === 0) {
		rmSync(root, { recursive: true, force: true });
		return;
	}
	for (const kind of ['archive', 'open'] as const) {
		const dir = path.join(root, kind);
		if (!existsSync(dir)) continue;
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory() && !(planned.has(e.name) && kindOfId.get(e.name) === kind))
				rmSync(path.join(dir, e.name), { recursive: true, force: true });
		}
	}
}

/** Pages per language, from a bundle's pagefind-entry.json. */
function pagesOf(bundle: string): Record<string, number> {
	const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.fromEntries(
		Object.entries(entry.languages)
			.map(([lang, l]) => [lang, l.page_count])
			.sort(([a], [b]) => (a < b ? -1 : 1)),
	);
}

/**
 * Indexes the built site in `outDir` for search: /pagefind/ (the live bundle), /pagefind/open/<YYYY-MM>/ (notices
 * of the open months), /pagefind/archive/<year>/ (closed years of notices) and /pagefind/archive/manifest.json
 * (the list the search page merges). Reuses every bundle
 * whose pages are byte-for-byte those it was built from. Returns what it did, for the build log and benchmarks.
 */
export async function indexSite(opts: IndexSiteOptions): Promise<IndexStats> {
	const started = performance.now();
	const log = opts.log ?? (() => {});
	const segment = opts.segment ?? { kind: 'whole' };
	const through =
		segment.kind === 'whole' ? archiveThrough(opts.now, opts.timeZone, opts.openMonths ?? defaultOpenMonths) : null;
	const env = { format, pagefindVersion: pagefindVersion(), options: indexOptions };
	const cacheRoot = path.join(opts.cacheDir, 'pagefind');
	mkdirSync(cacheRoot, { recursive: true });
	const pages = readPages(opts.outDir, cacheRoot, opts.files);
	const plans = segment.kind === 'closed' ? [archiveBundle(segment.name, pages)] : planBundles(pages, through);
	const installed = readInstalled(cacheRoot, opts.outDir);
	removeUnplanned(opts.outDir, plans, installed);

	const stats: BundleStats[] = [];
	try {
		for (const plan of plans) {
			const t = performance.now();
			const key = bundleKey(plan, env);
			const cached = path.join(cacheRoot, plan.id);
			const keyFile = path.join(cached, 'key');
			const files = path.join(cached, 'files');
			const reused = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(files);
			if (!reused) {
				// Built beside the cache entry and swapped in whole: an interrupted build leaves no half bundle behind.
				const fresh = `${cached}.new`;
				rmSync(fresh, { recursive: true, force: true });
				await buildBundle(opts.outDir, plan, path.join(fresh, 'files'));
				writeFileSync(path.join(fresh, 'key'), key);
				rmSync(cached, { recursive: true, force: true });
				renameSync(fresh, cached);
			}
			// A bundle already in dist/ from the previous build with the same key stays as it is: copying 20,000
			// index files on every build would cost more than indexing what changed.
			const dest = path.join(opts.outDir, bundleDir(plan.id, kindOf(plan)));
			if (installed.bundles[plan.id] !== key || !existsSync(path.join(dest, 'pagefind-entry.json'))) {
				delete installed.bundles[plan.id];
				writeInstalled(cacheRoot, installed);
				clearBundle(dest, kindOf(plan));
				linkTree(files, dest);
				installed.bundles[plan.id] = key;
			}
			const s: BundleStats = {
				id: plan.id,
				kind: kindOf(plan),
				files: plan.pages.length,
				pages: pagesOf(files),
				reused,
				ms: performance.now() - t,
			};
			stats.push(s);
			log(
				`  ${s.kind === 'live' ? 'live bundle' : `${s.kind} ${plan.id}`}: ${s.files} pages ${reused ? 'reused from the cache' : 'indexed'} (${(s.ms / 1000).toFixed(1)} s)`,
			);
		}
	} finally {
		await pagefind.close();
	}
	writeInstalled(cacheRoot, installed);
	// Cached bundles no build uses any more (e.g. after a code change re-dated everything) are dropped.
	const ids = new Set(plans.map((p) => p.id));
	for (const name of readdirSync(cacheRoot))
		if (!ids.has(name) && !cacheFiles.has(name)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });

	const manifest: SearchArchive = {
		through,
		bundles: plans
			.filter((p) => kindOf(p) === 'archive')
			.map((p) => ({
				id: p.id,
				path: `/${bundleDir(p.id, 'archive')}`,
				from: p.from as string,
				to: p.to as string,
				pages: stats.find((s) => s.id === p.id)?.pages ?? {},
			})),
		open: plans
			.filter((p) => kindOf(p) === 'open')
			.map((p) => ({
				id: p.id,
				path: `/${bundleDir(p.id, 'open')}`,
				pages: stats.find((s) => s.id === p.id)?.pages ?? {},
			})),
	};
	mkdirSync(path.join(opts.outDir, archiveDir), { recursive: true });
	writeFileSync(path.join(opts.outDir, manifestFile), `${JSON.stringify(manifest)}\n`);

	const rebuilt = stats.filter((s) => !s.reused);
	return {
		through,
		bundles: stats,
		filesIndexed: rebuilt.reduce((n, s) => n + s.files, 0),
		filesReused: stats.filter((s) => s.reused).reduce((n, s) => n + s.files, 0),
		ms: performance.now() - started,
	};
}

/**
 * One line for the build log, e.g. "search: 2 archive bundles reused (8,120 pages), 0 rebuilt; open months 2026-12
 * indexed (3,040 pages), 1 reused (2,786 pages); live bundle 4,512 pages reused".
 */
export function describeIndexStats(s: IndexStats): string {
	const n = (x: number) => x.toLocaleString('en-US');
	const pages = (list: BundleStats[]) => n(list.reduce((x, b) => x + b.files, 0));
	const of = (kind: string) => s.bundles.filter((b) => b.kind === kind);
	const archives = of('archive');
	const open = of('open');
	const reused = archives.filter((b) => b.reused);
	const rebuilt = archives.filter((b) => !b.reused);
	const openIndexed = open.filter((b) => !b.reused);
	const live = s.bundles.find((b) => b.kind === 'live');
	const parts = [
		`${reused.length} archive bundle${reused.length === 1 ? '' : 's'} reused (${pages(reused)} pages), ${rebuilt.length} rebuilt${rebuilt.length ? ` (${rebuilt.map((b) => b.id).join(', ')}: ${pages(rebuilt)} pages)` : ''}`,
		`open months ${openIndexed.length ? `${openIndexed.map((b) => b.id).join(', ')} indexed (${pages(openIndexed)} pages)` : 'none indexed'}, ${open.length - openIndexed.length} reused (${pages(open.filter((b) => b.reused))} pages)`,
		`live bundle ${n(live?.files ?? 0)} pages ${live?.reused ? 'reused' : 'indexed'}`,
	];
	if (!live) parts.pop();
	return `search: ${parts.join('; ')}; archived through ${s.through ?? '(segments)'}; ${(s.ms / 1000).toFixed(1)} s`;
}
