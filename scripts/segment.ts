/**
 * Steps of one segment's build (scripts/lib/build-steps.ts), run with its environment (BUILD_SEGMENT,
 * BUILD_SEGMENTS_DIR, CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR; `summary` only the second and third):
 *   node scripts/segment.ts summary <name>…
 *                                     closed segments, first: what the live build reads instead of their notices
 *                                     (src/lib/build/segments/summary.ts), from their notices validated, each in a
 *                                     folder of its own (the live build can start once every closed segment has one)
 *                                     and in the segment's
 *   node scripts/segment.ts finish    any segment, last: the search step (scripts/index-search.ts), the link check
 *                                     (scripts/check-links.ts), the list of what it gives the merged site, then the
 *                                     mark that it is complete; a closed segment's new folder then replaces its old one
 * 分段构建的步骤：为实时分段生成已关闭分段的摘要；构建完成后登记文件清单并标记完成。
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readDistFiles } from '../src/lib/build/dist-files.ts';
import { memoKey } from '../src/lib/build/cache-key.ts';
import { readSummary } from '../src/lib/build/segments/closed.ts';
import { buildSegment, type BuildSegment } from '../src/lib/build/segments/current.ts';
import { linkOrCopy } from '../src/lib/build/hard-link.ts';
import {
	buildingFolder,
	closedFolder,
	planFile,
	summaryFolder,
	type SegmentFolder,
} from '../src/lib/build/segments/layout.ts';
import { mergeWrites, type SegmentResult } from '../src/lib/build/segments/merge.ts';
import type { StoredPlan } from '../src/lib/build/segments/stored-plan.ts';
import { segmentSummary } from '../src/lib/build/segments/summary.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { hasErrors, validateContent, type NoticeEntries } from '../src/lib/content/validate.ts';
import { feedContext } from '../src/lib/feeds/feed-set.ts';
import { listFiles, type DeferredLink } from '../src/lib/links/check-site.ts';
import { zonedDate } from '../src/lib/time.ts';
import { checkLinks } from './lib/links-step.ts';
import { indexForSearch } from './lib/search-step.ts';
import type { Notice } from '../src/schemas/notice.ts';
import type { SearchArchive } from '../src/schemas/search-archive.ts';

const command = process.argv[2];

if (command === 'summary') {
	const dir = process.env.BUILD_SEGMENTS_DIR;
	const names = process.argv.slice(3);
	if (!dir || names.length === 0) {
		console.error('usage: BUILD_SEGMENTS_DIR=<segments> node scripts/segment.ts summary <closed segment>…');
		process.exit(2);
	}
	const plan = readPlan(dir);
	for (const name of names) summarise(dir, plan, name);
} else if (command === 'finish') {
	const found = buildSegment();
	if (found.kind === 'whole') {
		console.error('scripts/segment.ts finish runs as a step of a segmented build (BUILD_SEGMENT is not set)');
		process.exit(2);
	}
	const folder = buildingFolder(found.dir, found.name);
	// The steps after the segment's `astro build` in one process: as three, each paid a Node start-up and the loading
	// of its modules, some 0.6 s of every publish.
	await indexForSearch(folder.out);
	if (!checkLinks(folder.out)) process.exit(1);
	markDone(found, readPlan(found.dir), folder);
} else {
	console.error('usage: node scripts/segment.ts summary <closed segment>…|finish');
	process.exit(2);
}

function readPlan(dir: string): StoredPlan {
	return JSON.parse(readFileSync(planFile(dir), 'utf8')) as StoredPlan;
}

/**
 * A closed segment's summary, from its entries of notices.json (in the folder its build writes, `<name>.next/`),
 * validated as its `astro build` validates them: in its own summary folder, and linked into the segment's folder.
 */
function summarise(dir: string, plan: StoredPlan, name: string): void {
	const planned = plan.closed.find((s) => s.name === name);
	if (!planned) throw new Error(`no closed segment ${name} in the plan`);
	const folder = closedFolder(dir, name, true);
	const entries = JSON.parse(readFileSync(folder.notices, 'utf8')) as NoticeEntries;
	// The same validation as the segment's astro build: the schemas give each notice its canonical form.
	const set = validateContent(contentDir(), { notices: entries, now: new Date(plan.now) });
	if (hasErrors(set.problems) || !set.site) {
		for (const p of set.problems) console.error(formatProblem(p));
		process.exit(1);
	}
	const site = set.site;
	const digest = memoKey<Notice>();
	const { summary, parts, api, history } = segmentSummary(
		name,
		planned.months,
		set.notices,
		set.areas,
		feedContext(site, set.areas),
		digest,
		(n) => zonedDate(n.start, site.timeZone).slice(0, 7),
	);
	// Written in a new folder that replaces the old whole once complete: a killed step leaves no summary to read.
	const next = summaryFolder(dir, name, true);
	rmSync(next.root, { recursive: true, force: true });
	mkdirSync(next.root, { recursive: true });
	writeFileSync(next.parts, parts);
	writeFileSync(next.api, api);
	writeFileSync(next.history, JSON.stringify(history));
	writeFileSync(next.summary, JSON.stringify(summary));
	// The segment's own folder holds the same files (the merge and a CI job's cache take them from there).
	for (const file of ['parts', 'api', 'history', 'summary'] as const) linkOrCopy(next[file], folder[file]);
	writeFileSync(next.done, JSON.stringify({ key: planned.key }));
	const final = summaryFolder(dir, name);
	rmSync(final.root, { recursive: true, force: true });
	renameSync(next.root, final.root);
	console.log(
		`segment ${name}: ${summary.notices.length} notices, ${Object.keys(summary.months).length} months summarised / 分段摘要已生成`,
	);
}

/**
 * The list of what the segment gives the merged site (result.json), then the mark that it is complete (done.json);
 * a closed segment's new folder then replaces its old one.
 */
function markDone(segment: Exclude<BuildSegment, { kind: 'whole' }>, plan: StoredPlan, folder: SegmentFolder): void {
	const search = existsSync(path.join(folder.out, 'pagefind/archive/manifest.json'))
		? (JSON.parse(readFileSync(path.join(folder.out, 'pagefind/archive/manifest.json'), 'utf8')) as SearchArchive)
		: { bundles: [], open: [] };
	const deferred = JSON.parse(readFileSync(folder.links, 'utf8')) as DeferredLink[];
	// The output's files: Astro's listing (dist-files.ts) and what the search step wrote after it.
	const astroFiles = readDistFiles(process.env, folder.cache, folder.out) ?? listFiles(folder.out);
	const pagefind = existsSync(path.join(folder.out, 'pagefind'))
		? listFiles(path.join(folder.out, 'pagefind')).map((f) => `pagefind/${f}`)
		: [];
	const all = [...new Set([...astroFiles, ...pagefind])].sort();
	const sitemaps = all
		.filter((f) => /^sitemap-\d+\.xml$/.test(f))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	let result: SegmentResult;
	if (segment.kind === 'live') {
		result = {
			name: segment.name,
			key: plan.live.key,
			files: all.filter((f) => !mergeWrites.includes(f)),
			sitemaps,
			search: { bundles: search.bundles, open: search.open },
			deferred,
		};
	} else {
		const planned = plan.closed.find((s) => s.name === segment.name);
		if (!planned) throw new Error(`no closed segment ${segment.name} in the plan`);
		// What a closed segment gives the site: its notices' pages and calendar files, its archive month pages, its
		// search bundle and sitemaps. The rest of its output (404 pages, API files of its own notices, the assets)
		// the live segment builds for the whole site.
		const summary = readSummary(folder);
		const own = new Set<string>();
		for (const [id] of summary.notices)
			for (const prefix of ['', 'en/']) own.add(`${prefix}outages/${id}/index.html`).add(`${prefix}outages/${id}.ics`);
		for (const month of planned.months)
			for (const prefix of ['', 'en/']) own.add(`${prefix}outages/archive/${month.replace('-', '/')}/index.html`);
		const listed = new Set(all);
		const missing = [...own].filter((f) => !listed.has(f));
		if (missing.length)
			throw new Error(
				`segment ${segment.name} lacks ${missing.length} of its pages, e.g. ${missing.slice(0, 3).join(', ')}`,
			);
		const bundle = `pagefind/archive/${segment.name}/`;
		result = {
			name: segment.name,
			key: planned.key,
			files: all.filter((f) => own.has(f) || f.startsWith(bundle) || sitemaps.includes(f)).sort(),
			sitemaps,
			search: { bundles: search.bundles, open: [] },
			deferred,
			shared: all
				.filter((f) => f.startsWith('_astro/'))
				.map((f) => [f, statSync(path.join(folder.out, f)).size] as [string, number]),
		};
	}
	writeFileSync(folder.result, JSON.stringify(result));
	if (segment.kind === 'closed') {
		// Its Astro cache is of no further use (a closed segment is always built whole) and links to its output.
		rmSync(folder.cache, { recursive: true, force: true });
		writeFileSync(folder.done, JSON.stringify({ key: result.key }));
		// The new folder replaces the old whole; the merged site keeps the old files (links) until the merge.
		const final = closedFolder(segment.dir, segment.name);
		const old = `${final.root}.old`;
		rmSync(old, { recursive: true, force: true });
		if (existsSync(final.root)) renameSync(final.root, old);
		renameSync(folder.root, final.root);
		rmSync(old, { recursive: true, force: true });
	} else writeFileSync(folder.done, JSON.stringify({ key: result.key }));
	console.log(
		`segment ${segment.name} complete: ${result.files.length} files for the merged site / 分段 ${segment.name} 构建完成`,
	);
}
