/**
 * `npm run bench:search [-- --site rate|density|<folder> --segment live|<name> --runs 3 --changes 30 --warm-only
 * --no-record]`: times the search step (scripts/index-search.ts) and then the link check alone on one segment of a
 * site `npm run bench -- --keep` kept (.bench/rate/ by default, else .bench/density/; scripts/bench/lib/kept-site.ts),
 * each run in its own process with wall and CPU time and peak memory: cold (no cache: every bundle of the segment
 * indexed), warm after `--changes` notice pages of the segment changed (an hour's publishing, or a correction to a
 * closed one), and warm with no change; then the link check cold and warm after the change. The segment is the live
 * one by default (what every publish runs), or a closed one of the site's plan. The steps run as the segmented build
 * runs them, with the segment's output and clock, but on a cache of their own (`--warm-only`: a copy of the segment's,
 * and no cold runs), so the kept site's build cache is not touched; the changed pages, the segment's search index and
 * what its link check leaves for the merge are put back at the end. Prints each run and the medians and writes them
 * to docs/benchmarks/<date>-search-<site>-<notices>[-<segment>].md (not with --no-record).
 * 搜索索引基准：在保留的基准站点的一个分段上，对比冷构建与少量通知变更后的增量构建。
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, median } from './lib/files.ts';
import { findKeptSite, siteNotices } from './lib/kept-site.ts';
import { runMeasured, type Measured } from './lib/measure.ts';
import { fileNamePart, startResults, type ResultsTable } from './lib/results-file.ts';
import { buildingFolder, closedFolder, liveFolder, segmentsRoot } from '../../src/lib/build/segments/layout.ts';
import { liveSegment } from '../../src/lib/build/segments/plan.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';
import { noticeMonth } from '../../src/lib/search/bundles.ts';

const { values: args } = parseArgs({
	options: {
		site: { type: 'string' },
		segment: { type: 'string', default: liveSegment },
		runs: { type: 'string', default: '3' },
		changes: { type: 'string', default: '30' },
		'warm-only': { type: 'boolean', default: false },
		'no-record': { type: 'boolean', default: false },
	},
});
const usage =
	'usage: npm run bench:search -- [--site rate|density|<folder>] [--segment live|<name>] [--runs 3] [--changes 30] [--warm-only] [--no-record]';
const runs = Number(args.runs);
const changes = Number(args.changes);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(changes) || changes < 0) {
	console.error(usage);
	process.exit(2);
}
let kept;
try {
	kept = findKeptSite(args.site);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(2);
}
const { site, plan } = kept;
const segment = args.segment;
const segments = segmentsRoot(site.cache);
const names = [liveSegment, ...plan.closed.map((s) => s.name)];
if (!names.includes(segment)) {
	console.error(
		`no segment ${segment} in ${site.root}: its plan has ${names.join(', ')} / 没有分段 ${segment}\n${usage}`,
	);
	process.exit(2);
}
const folder = segment === liveSegment ? liveFolder(segments) : closedFolder(segments, segment);
if (!existsSync(path.join(folder.out, 'pagefind'))) {
	console.error(
		`segment ${segment} of ${site.root} has no search index: build the site first (npm run bench -- --keep)`,
	);
	process.exit(2);
}
const results = startResults('search', { record: !args['no-record'] });

// The benchmark's own folder: its cache, the logs, and what it puts back at the end.
const work = path.join(site.root, 'search-bench');
rmSync(work, { recursive: true, force: true });
const cacheDir = path.join(work, 'cache');
const logs = path.join(work, 'logs');
mkdirSync(logs, { recursive: true });
if (args['warm-only'])
	for (const part of ['pagefind', 'links'])
		if (existsSync(path.join(folder.cache, part)))
			cpSync(path.join(folder.cache, part), path.join(cacheDir, part), { recursive: true });
const env = {
	...process.env,
	CONTENT_DIR: site.content,
	OUT_DIR: folder.out,
	ASTRO_CACHE_DIR: cacheDir,
	SITE_NOW: plan.now,
	BUILD_SEGMENT: segment,
	BUILD_SEGMENTS_DIR: segments,
	BUILD_SEGMENT_NOTICES: undefined,
	DIST_FILES_FROM_BUILD: undefined,
};

// Notice pages of the segment, as an hour's publishing (live) or a correction (closed) changes them.
const changed = listFiles(folder.out)
	.filter((f) => /(^|\/)outages\/[^/]+\/index\.html$/.test(f))
	.filter((f) => noticeMonth(readFileSync(path.join(folder.out, f), 'utf8')) !== null)
	.slice(0, changes);
const originals = new Map(changed.map((f) => [f, readFileSync(path.join(folder.out, f), 'utf8')]));
/** Changes the text of the chosen pages (as a reschedule would), differently for each `round`. */
const touch = (round: number) => {
	for (const [f, html] of originals)
		writeFileSync(path.join(folder.out, f), html.replace('</main>', `<p>更新 ${round}</p></main>`));
};
// What the runs change besides the pages: the segment's search index, and the file where a segment's link check
// leaves the references it cannot judge for the merge (a closed segment's is in the folder of its next build).
const savedPagefind = path.join(work, 'pagefind');
cpSync(path.join(folder.out, 'pagefind'), savedPagefind, { recursive: true });
const linksFile = buildingFolder(segments, segment).links;
const linksBefore = existsSync(linksFile) ? readFileSync(linksFile) : undefined;
const linksDirMade = !existsSync(path.dirname(linksFile));
mkdirSync(path.dirname(linksFile), { recursive: true });

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const measured: Array<{ label: string; runs: Measured[]; said: string }> = [];
async function measure(label: string, script: string, before: () => void) {
	const entry = { label, runs: [] as Measured[], said: '' };
	measured.push(entry);
	for (let r = 1; r <= runs; r++) {
		before();
		const log = path.join(logs, `${label.replace(/\W+/g, '-')}-${r}.log`);
		const m = await runMeasured(process.execPath, [script, folder.out], env, log);
		if (m.code !== 0) throw new Error(`${label} failed: see ${log}`);
		entry.runs.push(m);
		entry.said = readFileSync(log, 'utf8').trim().split('\n').at(-1) ?? '';
		console.log(
			`  ${label} ${r}/${runs}: ${sec(m.ms)}${m.cpuMs === undefined ? '' : `, cpu ${sec(m.cpuMs)}`}, peak ${formatBytes(m.peakRss)} — ${entry.said}`,
		);
	}
}

const notices = siteNotices(kept);
const where = `segment ${segment} of ${path.relative(process.cwd(), site.root) || '.'} (${kept.name}: ${notices} notices${kept.note ? ` over ${kept.note.areas} areas` : ''}; its plan's clock ${plan.now})`;
console.log(`search step and link check on ${where}; ${changed.length} notice pages changed per warm run`);
let round = 0;
try {
	if (!args['warm-only'])
		await measure('search cold', 'scripts/index-search.ts', () => rmSync(cacheDir, { recursive: true, force: true }));
	await measure('search warm, pages changed', 'scripts/index-search.ts', () => touch(++round));
	await measure('search warm, no change', 'scripts/index-search.ts', () => {});
	if (!args['warm-only'])
		await measure('links cold', 'scripts/check-links.ts', () =>
			rmSync(path.join(cacheDir, 'links'), { recursive: true, force: true }),
		);
	await measure('links warm, pages changed', 'scripts/check-links.ts', () => touch(++round));
} finally {
	for (const [f, html] of originals) writeFileSync(path.join(folder.out, f), html);
	rmSync(path.join(folder.out, 'pagefind'), { recursive: true, force: true });
	cpSync(savedPagefind, path.join(folder.out, 'pagefind'), { recursive: true });
	if (linksDirMade) rmSync(path.dirname(linksFile), { recursive: true, force: true });
	else if (linksBefore) writeFileSync(linksFile, linksBefore);
	else rmSync(linksFile, { force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(savedPagefind, { recursive: true, force: true });
}

const table: ResultsTable = {
	columns: ['step', 'runs', 'median wall', 'median CPU', 'median peak memory', 'what the step said (last run)'],
	rows: measured.map((e) => [
		e.label,
		e.runs.length,
		sec(median(e.runs.map((m) => m.ms))),
		e.runs.every((m) => m.cpuMs !== undefined) ? sec(median(e.runs.map((m) => m.cpuMs as number))) : '?',
		formatBytes(median(e.runs.map((m) => m.peakRss))),
		e.said,
	]),
};
console.log('\nmedians:');
for (const r of table.rows)
	console.log(`  ${String(r[0]).padEnd(28)} ${String(r[2]).padStart(8)}  cpu ${r[3]}  peak ${r[4]}`);

await results.write({
	title: `Search step and link check, ${kept.name} site of ${notices} notices, segment ${segment}`,
	size: fileNamePart(`${kept.name}-${notices}${segment === liveSegment ? '' : `-${segment}`}`),
	blocks: [
		`On ${where}. Each run is its own process, on the benchmark's own cache${args['warm-only'] ? " (a copy of the segment's: no cold runs)" : ''}; a warm run after a change finds ${changed.length} notice pages changed.`,
		table,
	],
});
