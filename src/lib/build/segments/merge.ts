/**
 * The merge of a segmented build: one site in OUT_DIR (dist/) from the live segment and every closed segment, each
 * complete for the plan (docs/publishing.md, "The merge").
 * - A closed segment's files are hard links to its own (a copy where the host's file system cannot link): its folder
 *   is never written again, a rebuild writes a new one beside it (scripts/segment.ts), so the site's files never
 *   change under it.
 * - The live segment's files are copies, made only of files that changed since the last merge: Astro writes a page
 *   it renders again in place, and a linked page would change in the merged site while the live build runs.
 * - One sitemap index lists every segment's sitemaps (a closed segment's renamed `sitemap-<name>-<n>.xml`), one
 *   search manifest every segment's bundles, and one API document every segment's notices (api-document.ts).
 * - Nothing is merged unless every segment is complete for the plan and every reference between segments leads to a
 *   file (and element) of the merged site. The merge then works from what it merged last time (`merged.json`): it
 *   touches what changed, marks itself unfinished while it does, and a merge that finds that mark (a killed merge)
 *   or no record at all builds the whole site in a new folder and swaps it in whole.
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { ArchiveBundle, OpenBundle, SearchArchive } from '../../../schemas/search-archive.ts';
import type { BrokenLink, DeferredLink } from '../../links/check-site.ts';
import { scanHtml } from '../../links/html-refs.ts';
import { candidateFiles } from '../../links/resolve.ts';
import { linkOrCopy } from '../hard-link.ts';
import { apiDocumentPath, joinApiDocument, type ClosedApiRecords } from './api-document.ts';
import { readSummary } from './closed.ts';
import { builtKey, closedFolder, liveFolder, type SegmentFolder } from './layout.ts';
import { liveSegment } from './plan.ts';
import type { StoredPlan } from './stored-plan.ts';

/** What a segment's build leaves for the merge (`result.json`, written by scripts/segment.ts when it completes). */
export interface SegmentResult {
	name: string;
	key: string;
	/** The files it contributes to the site, relative to its output folder, sorted. */
	files: string[];
	/** Its sitemap files, as @astrojs/sitemap named them (`sitemap-0.xml`, …), in order. */
	sitemaps: string[];
	/** Its search bundles, as its manifest lists them. */
	search: { bundles: ArchiveBundle[]; open: OpenBundle[] };
	/** References to files it does not hold (its link check's `deferred`). */
	deferred: DeferredLink[];
	/** Closed segments: the built assets (`_astro/`) its pages use, with their sizes: the live segment's must match. */
	shared?: Array<[string, number]>;
}

/** Where the merge keeps its record of what dist/ holds. */
const stateFile = (root: string) => path.join(root, 'merged.json');
const mergedFiles = (root: string, name: string) => path.join(root, 'merged', `${name}.json`);
const stateFormat = 2;

interface MergeState {
	format: number;
	outDir: string;
	/** Set while a merge changes dist/: found set, the next merge starts from nothing. */
	merging: boolean;
	/** The closed segments merged, by name: the key each was built for. */
	closed: Record<string, string>;
	/** The live segment's files as copied: `size:mtimeNs:ino` of the source. */
	live: Record<string, string>;
	/** The files the merge writes itself, and the text of each. */
	extras: Record<string, string>;
	/** What the API document was joined from: the live segment's document (identity) and the closed segments' keys. */
	api?: string;
}

/** A closed segment's path in the merged site: its sitemaps get its name, everything else keeps its path. */
export function mergedPath(segment: string, rel: string): string {
	if (segment === liveSegment) return rel;
	const m = /^sitemap-(\d+)\.xml$/.exec(rel);
	return m ? `sitemap-${segment}-${m[1]}.xml` : rel;
}

/** Files the live build writes that the merge writes instead, for the whole site. */
export const mergeWrites = ['sitemap-index.xml', 'pagefind/archive/manifest.json', apiDocumentPath];

export interface MergeStats {
	/** Whether the site was assembled whole in a new folder (no record, or an interrupted merge). */
	full: boolean;
	/** Files linked from closed segments, and copied from the live one, in this merge. */
	linked: number;
	copied: number;
	removed: number;
	/** Files of the merged site. */
	files: number;
	/** References between segments checked. */
	across: number;
}

/** A reason the merge refused to run, with every problem found. */
export class MergeError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(problems.join('\n'));
		this.problems = problems;
	}
}

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Writes a file whole or not at all. */
function writeAtomic(file: string, text: string | Buffer): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, file);
}

/** One segment ready to merge: its folder and result. */
interface Ready {
	name: string;
	folder: SegmentFolder;
	result: SegmentResult;
}

/** Each segment of the plan, complete for it; otherwise every segment that is not, as problems. */
function readySegments(root: string, plan: StoredPlan): Ready[] {
	const problems: string[] = [];
	const wanted = [
		{ name: liveSegment, folder: liveFolder(root), key: plan.live.key },
		...plan.closed.map((s) => ({ name: s.name, folder: closedFolder(root, s.name), key: s.key })),
	];
	const ready: Ready[] = [];
	for (const w of wanted) {
		const result = readJson<SegmentResult>(w.folder.result);
		if (builtKey(w.folder) !== w.key || result?.key !== w.key) {
			problems.push(
				`segment ${w.name} is not built for this plan (a build that did not finish is never merged): npm run build builds it / 分段 ${w.name} 未按本次计划构建完成，不予合并`,
			);
			continue;
		}
		ready.push({ name: w.name, folder: w.folder, result });
	}
	if (problems.length) throw new MergeError(problems);
	return ready;
}

/**
 * Which segment gives the merged site each path: the live segment's files first, then each closed segment's (at its
 * merged path), and every path two segments both build, which would be one segment's in dist/ at random.
 */
function fileOwners(segments: readonly Ready[]): { owners: Map<string, Ready>; clashes: string[] } {
	const owners = new Map<string, Ready>();
	const clashes: string[] = [];
	const live = segments.find((s) => s.name === liveSegment);
	const ordered = live ? [live, ...segments.filter((s) => s !== live)] : segments;
	for (const s of ordered)
		for (const rel of s.result.files) {
			const f = mergedPath(s.name, rel);
			const other = owners.get(f);
			if (other)
				clashes.push(`${f} is built by segment ${other.name} and by segment ${s.name} / 两个分段生成了同一文件`);
			else owners.set(f, s);
		}
	// A file the merge writes is the live segment's (it builds one of its own for the merge to complete).
	if (live) for (const f of mergeWrites) owners.set(f, live);
	return { owners, clashes };
}

/**
 * The references each segment left to the merge, judged against every segment's files (`owners`, fileOwners): a file
 * must exist in some segment and, for a `#fragment`, hold an element of that id. Reads a page only for a fragment.
 */
export function checkAcross(
	segments: readonly Ready[],
	owners: ReadonlyMap<string, Ready>,
): { broken: BrokenLink[]; checked: number } {
	const order = [...segments].sort((a, b) =>
		a.name === liveSegment ? -1 : b.name === liveSegment ? 1 : a.name < b.name ? 1 : -1,
	);
	const ids = new Map<string, Set<string>>();
	const idsOf = (s: Ready, rel: string) => {
		const key = `${s.name}\0${rel}`;
		let set = ids.get(key);
		if (!set) ids.set(key, (set = new Set(scanHtml(readFileSync(path.join(s.folder.out, rel), 'utf8')).ids)));
		return set;
	};
	const broken: BrokenLink[] = [];
	const seen = new Set<string>();
	let checked = 0;
	for (const s of order) {
		for (const d of s.result.deferred) {
			const memo = `${d.path}#${d.fragment}`;
			if (seen.has(memo)) continue;
			seen.add(memo);
			checked++;
			const found = candidateFiles(d.path)
				.map((rel) => ({ rel, in: owners.get(rel) }))
				.find((c) => c.in);
			if (!found?.in) {
				broken.push({ page: d.page, href: d.href, where: d.where, reason: 'no such page or file / 页面或文件不存在' });
				continue;
			}
			const implicit = d.fragment === '' || d.fragment === 'top';
			if (!implicit && found.rel.endsWith('.html') && !idsOf(found.in, found.rel).has(d.fragment))
				broken.push({
					page: d.page,
					href: d.href,
					where: d.where,
					reason: `no element with id "${d.fragment}" on the target page / 目标页面没有 id 为 "${d.fragment}" 的元素`,
				});
		}
	}
	return { broken, checked };
}

/** A closed segment's built assets must be the live segment's: all segments come from the same code. */
function sharedProblems(segments: readonly Ready[]): string[] {
	const live = segments.find((s) => s.name === liveSegment) as Ready;
	const problems: string[] = [];
	for (const s of segments) {
		for (const [rel, size] of s.result.shared ?? []) {
			const there = statSync(path.join(live.folder.out, rel), { throwIfNoEntry: false });
			if (there?.size !== size)
				problems.push(
					`segment ${s.name} uses ${rel}, which the live segment ${there ? 'built differently' : 'did not build'}: were they built from the same code? / 分段 ${s.name} 与实时分段的构建资源不一致`,
				);
		}
	}
	return problems;
}

/** The merged sitemap index: the live segment's own, with every closed segment's sitemaps added in order. */
function sitemapIndex(segments: readonly Ready[]): string {
	const live = segments.find((s) => s.name === liveSegment) as Ready;
	const own = readFileSync(path.join(live.folder.out, 'sitemap-index.xml'), 'utf8');
	const loc = /<loc>(.*?)sitemap-0\.xml<\/loc>/.exec(own);
	const close = '</sitemapindex>';
	if (!loc || !own.endsWith(close)) throw new Error('the live segment’s sitemap-index.xml is not @astrojs/sitemap’s');
	const more = segments
		.filter((s) => s.name !== liveSegment)
		.flatMap((s) => s.result.sitemaps.map((f) => `<sitemap><loc>${loc[1]}${mergedPath(s.name, f)}</loc></sitemap>`));
	return `${own.slice(0, -close.length)}${more.join('')}${close}`;
}

/**
 * The merged search manifest: every closed segment's archive bundle and the live segment's open months; `through`,
 * the last month that may be closed (the search page names it), as a build without segments names it.
 */
function searchManifest(segments: readonly Ready[], closableThrough: string): string {
	const bundles = segments
		.flatMap((s) => s.result.search.bundles)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const open = segments.flatMap((s) => s.result.search.open).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const through = closableThrough || null;
	return `${JSON.stringify({ through, bundles, open } satisfies SearchArchive)}\n`;
}

/** `size:mtimeNs:ino` of a file: changes whenever Astro writes it. */
function identity(file: string): string {
	const s = statSync(file, { bigint: true });
	return `${s.size}:${s.mtimeNs}:${s.ino}`;
}

/** Puts `from` at `to` (linked, or copied where linking fails), replacing whatever is there in one rename. */
function place(from: string, to: string, link: boolean): void {
	mkdirSync(path.dirname(to), { recursive: true });
	const tmp = `${to}.merging.tmp`;
	rmSync(tmp, { force: true });
	put(from, tmp, link);
	renameSync(tmp, to);
}

/** A closed segment's file as a link (never written in place), a live one's as a copy (Astro rewrites it in place). */
function put(from: string, to: string, link: boolean): void {
	if (link) linkOrCopy(from, to);
	else copyFileSync(from, to);
}

/**
 * Places files in a folder nothing reads yet (the site assembled whole, swapped in afterwards): straight at their
 * paths, each folder made once. A cold merge at 10,000 notices spends nearly all its time in the kernel creating
 * entries (15 of 16 s), 2.3 s of it on the temporary name an update needs (removed, then renamed) and this does not.
 */
function placeAll(files: ReadonlyArray<{ from: string; to: string; link: boolean }>): void {
	const made = new Set<string>();
	for (const f of files) {
		const folder = path.dirname(f.to);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		put(f.from, f.to, f.link);
	}
}

/** Removes `rel` from `dir`, and its folders that are left empty. */
function unlinkFile(dir: string, rel: string): void {
	rmSync(path.join(dir, rel), { force: true });
	for (let d = path.dirname(rel); d !== '.' && d !== ''; d = path.dirname(d)) {
		try {
			if (readdirSync(path.join(dir, d)).length > 0) return;
			rmdirSync(path.join(dir, d));
		} catch {
			return;
		}
	}
}

/**
 * Merges the segments of `plan` (under `root`) into `outDir`. Throws a MergeError, and changes nothing, when a
 * segment is not complete for the plan, a reference between segments leads nowhere, or the segments were built from
 * different code.
 */
export function mergeSegments(root: string, outDir: string, plan: StoredPlan): MergeStats {
	const segments = readySegments(root, plan);
	const { owners, clashes } = fileOwners(segments);
	const across = checkAcross(segments, owners);
	const problems = [
		...across.broken.map((b) => `${b.page} → ${b.href} (${b.where}): ${b.reason}`),
		...sharedProblems(segments),
		...clashes,
	];
	if (problems.length) throw new MergeError(problems);
	const live = segments.find((s) => s.name === liveSegment) as Ready;

	const extras: Record<string, string> = {
		'sitemap-index.xml': sitemapIndex(segments),
		'pagefind/archive/manifest.json': searchManifest(segments, plan.closableThrough),
	};
	const liveIds = Object.fromEntries(live.result.files.map((f) => [f, identity(path.join(live.folder.out, f))]));
	const closedKeys = Object.fromEntries(segments.filter((s) => s !== live).map((s) => [s.name, s.result.key]));
	const liveApi = path.join(live.folder.out, apiDocumentPath);
	const api = existsSync(liveApi) ? `${identity(liveApi)} ${JSON.stringify(closedKeys)}` : undefined;
	// The API document is joined before anything changes, so that records it cannot join leave the site as it was.
	const joinApi = (): Buffer => {
		const closed: ClosedApiRecords[] = segments
			.filter((s) => s !== live)
			.map((s) => ({
				name: s.name,
				ids: readSummary(s.folder).notices.map((n) => n[0]),
				records: readFileSync(s.folder.api),
			}));
		try {
			return Buffer.concat(joinApiDocument(readFileSync(liveApi, 'utf8'), closed));
		} catch (e) {
			throw new MergeError([`${apiDocumentPath}: ${(e as Error).message} / API 文档无法合并`]);
		}
	};
	const previous = readJson<MergeState>(stateFile(root));
	const target = path.resolve(outDir);
	const incremental =
		previous?.format === stateFormat && !previous.merging && previous.outDir === target && existsSync(target);
	const apiText =
		api && (!incremental || previous?.api !== api || !existsSync(path.join(target, apiDocumentPath)))
			? joinApi()
			: undefined;
	const stats: MergeStats = {
		full: !incremental,
		linked: 0,
		copied: 0,
		removed: 0,
		files:
			Object.keys(liveIds).length +
			segments.reduce((n, s) => n + (s === live ? 0 : s.result.files.length), 0) +
			Object.keys(extras).length +
			(api ? 1 : 0),
		across: across.checked,
	};
	const state: MergeState = {
		format: stateFormat,
		outDir: target,
		merging: false,
		closed: closedKeys,
		live: liveIds,
		extras,
		api,
	};

	if (!incremental) {
		// The whole site in a new folder, swapped in whole: a merge killed here leaves dist/ as it was.
		const next = `${target}.merging`;
		rmSync(next, { recursive: true, force: true });
		placeAll(
			segments.flatMap((s) =>
				s.result.files.map((f) => ({
					from: path.join(s.folder.out, f),
					to: path.join(next, mergedPath(s.name, f)),
					link: s !== live,
				})),
			),
		);
		for (const s of segments) {
			if (s === live) stats.copied += s.result.files.length;
			else stats.linked += s.result.files.length;
		}
		for (const [rel, text] of Object.entries(extras)) writeAtomic(path.join(next, rel), text);
		if (apiText) writeAtomic(path.join(next, apiDocumentPath), apiText);
		rmSync(path.join(root, 'merged'), { recursive: true, force: true });
		for (const s of segments)
			if (s !== live)
				writeAtomic(mergedFiles(root, s.name), JSON.stringify(s.result.files.map((f) => mergedPath(s.name, f))));
		const old = `${target}.old`;
		rmSync(old, { recursive: true, force: true });
		if (existsSync(target)) renameSync(target, old);
		renameSync(next, target);
		rmSync(old, { recursive: true, force: true });
		writeAtomic(stateFile(root), JSON.stringify(state));
		return stats;
	}

	const prev = previous as MergeState;
	writeAtomic(stateFile(root), JSON.stringify({ ...prev, merging: true }));
	// What leaves: the files of closed segments gone or rebuilt, the live files no longer built.
	const changedClosed = segments.filter((s) => s !== live && prev.closed[s.name] !== s.result.key);
	const goneClosed = Object.keys(prev.closed).filter((name) => closedKeys[name] !== prev.closed[name]);
	const leaving = new Set<string>();
	for (const name of goneClosed) for (const f of readJson<string[]>(mergedFiles(root, name)) ?? []) leaving.add(f);
	for (const f of Object.keys(prev.live)) if (!(f in liveIds)) leaving.add(f);
	// What arrives replaces a leaving file of the same path in one rename.
	const arriving = new Set<string>();
	for (const s of changedClosed) for (const f of s.result.files) arriving.add(mergedPath(s.name, f));
	for (const [f, id] of Object.entries(liveIds)) if (prev.live[f] !== id) arriving.add(f);
	for (const f of leaving) {
		if (arriving.has(f)) continue;
		unlinkFile(target, f);
		stats.removed++;
	}
	for (const s of changedClosed) {
		for (const f of s.result.files) place(path.join(s.folder.out, f), path.join(target, mergedPath(s.name, f)), true);
		stats.linked += s.result.files.length;
	}
	for (const [f, id] of Object.entries(liveIds)) {
		if (prev.live[f] === id) continue;
		place(path.join(live.folder.out, f), path.join(target, f), false);
		stats.copied++;
	}
	for (const [rel, text] of Object.entries(extras))
		if (prev.extras[rel] !== text || !existsSync(path.join(target, rel))) writeAtomic(path.join(target, rel), text);
	if (apiText) writeAtomic(path.join(target, apiDocumentPath), apiText);
	else if (!api && prev.api) unlinkFile(target, apiDocumentPath);
	for (const name of goneClosed) if (!(name in closedKeys)) rmSync(mergedFiles(root, name), { force: true });
	for (const s of changedClosed)
		writeAtomic(mergedFiles(root, s.name), JSON.stringify(s.result.files.map((f) => mergedPath(s.name, f))));
	writeAtomic(stateFile(root), JSON.stringify(state));
	return stats;
}
