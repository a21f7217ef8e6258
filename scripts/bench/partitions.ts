/**
 * `npm run bench:partitions [-- --notices N --areas N --no-whole --no-browser --keep --port P --no-record]`: the site
 * split in two partitions, built separately and merged — the simulation of "Beyond one machine" (docs/benchmarks.md).
 *
 * Generates the scale benchmark's synthetic site (same generator and seed, same "now"), splits it by top-level area
 * into two partitions of about equal notices (scripts/bench/lib/partition.ts: each gets its districts' subtrees,
 * their notices, units, alerts and channels, and every shared file), then, under .bench-part/ (BENCH_ROOT):
 * 1. builds each partition cold with the project's build steps, one after the other (in CI, parallel jobs), and the
 *    whole site cold in the same run for comparison (`--no-whole` skips it), printing wall and CPU time and peak
 *    memory of each;
 * 2. publishes an hour in partition A only (20 new, 5 moved, 2 cancelled, 1 alert, clock +1 h) and builds A warm;
 * 3. merges: one folder serving A under /a/ and B under /b/, with one sitemap index over both partitions' sitemaps
 *    (rewritten with the prefix), checked against the files; and, in Chromium, Pagefind loaded from /a/ with B's
 *    bundles merged through `mergeIndex(…, { baseUrl: '/b/' })`: a village of each partition is searched and its
 *    first result must point into that partition, at a page that exists. Bytes of the first search are printed.
 * Exits non-zero when a merge check fails. Writes the figures to docs/benchmarks/<date>-partitions-<notices>.md (not
 * with --no-record).
 * 分区构建模拟：按片区拆成两个分区分别构建，再合并站点地图与搜索索引并验证。
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSteps } from '../lib/build-steps.ts';
import { findChromium } from '../lib/find-chromium.ts';
import { formatBytes, treeSize } from './lib/files.ts';
import { renderedPages } from './lib/astro-log.ts';
import { measuredBuild, reindexedPages, type MeasuredBuild } from './lib/measured-build.ts';
import {
	layoutMerged,
	probePage,
	searchAcrossPartitions,
	type MergedQuery,
	type MergedQueryResult,
	type Mount,
} from './lib/merged-search.ts';
import { districtOf, readSplittable, splitContent, splitDistricts, writePartition } from './lib/partition.ts';
import { hourOfPublishing, publishHour } from './lib/publish-hour.ts';
import { prefixSitemap, sitemapIndex, sitemapLocs } from './lib/sitemap-merge.ts';
import { describeMachine, startResults, type ResultsBlock } from './lib/results-file.ts';
import { BENCH_NOW, BENCH_TEMPLATE, benchEnv, prepareSyntheticContent, type BenchSite } from './lib/synthetic-site.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const { values: args } = parseArgs({
	options: {
		notices: { type: 'string', default: '10000' },
		areas: { type: 'string', default: '2000' },
		'no-whole': { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		port: { type: 'string', default: '0' },
		'no-record': { type: 'boolean', default: false },
	},
});
const size = { notices: Number(args.notices), areas: Number(args.areas) };
if (!Number.isInteger(size.notices) || size.notices < 1 || !Number.isInteger(size.areas)) {
	console.error(
		'usage: npm run bench:partitions -- [--notices N] [--areas N] [--no-whole] [--no-browser] [--keep] [--port P] [--no-record]',
	);
	process.exit(2);
}
const record = startResults('partitions', { record: !args['no-record'] });

const root = path.resolve(process.env.BENCH_ROOT ?? '.bench-part');
const logs = path.join(root, 'logs');
const siteIn = (name: string): BenchSite => ({
	root: path.join(root, name),
	content: path.join(root, name, 'content'),
	out: path.join(root, name, 'dist'),
	cache: path.join(root, name, 'astro-cache'),
});
const whole = siteIn('whole');
const parts = [
	{ name: 'A', prefix: '/a/', site: siteIn('a') },
	{ name: 'B', prefix: '/b/', site: siteIn('b') },
];
rmSync(root, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
console.log('Partitioned build simulation / 分区构建模拟');
console.log(
	`machine: ${describeMachine(record.machine)}; load average (1/5/15 min) at start: ${record.loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(
	`site: ${size.notices} notices over ${size.areas} areas, now = ${BENCH_NOW}, two partitions by top-level area`,
);

// 1. The whole site's content, and its split.
prepareSyntheticContent(BENCH_TEMPLATE, whole.content, size);
const content = readSplittable(whole.content);
const top = districtOf(content.areas);
const noticesPerDistrict = new Map<string, number>();
for (const n of content.notices) {
	const d = top.get(n.areas[0]) as string;
	noticesPerDistrict.set(d, (noticesPerDistrict.get(d) ?? 0) + 1);
}
const groups = splitDistricts(
	content.areas.map((a) => a.id),
	(d) => noticesPerDistrict.get(d) ?? 0,
	parts.length,
);
const split = splitContent(content, groups);
const countAreas = (tree: Array<{ children?: unknown[] }>): number =>
	tree.reduce((n, a) => n + 1 + countAreas((a.children ?? []) as Array<{ children?: unknown[] }>), 0);
console.log(
	`\n${content.areas.length} top-level areas, ${content.notices.length} notices, split by notices per district:`,
);
const splitRows: string[][] = [];
split.forEach((p, i) => {
	writePartition(whole.content, parts[i].site.content, p, content.notify);
	const row = [
		`${parts[i].name} (${parts[i].prefix})`,
		`${p.districts.length} (${p.districts.join(', ')})`,
		String(countAreas(p.areas)),
		String(p.notices.length),
		String(p.units.length),
		String(Object.keys(p.alerts).length),
		String(p.straddling.length),
	];
	splitRows.push(row);
	console.log(
		`  ${row[0]}: ${row[1]} districts, ${row[2]} areas, ${row[3]} notices, ${row[4]} units, ${row[5]} alerts; ${row[6]} notices touching both halves`,
	);
});

// 2. Cold builds: each partition, then the whole.
interface BuildFigures {
	label: string;
	build: MeasuredBuild;
	pages: number;
	dist: { bytes: number; files: number };
	load: string;
}
const figures: BuildFigures[] = [];
const printBuild = (label: string, b: MeasuredBuild, extra: string) => {
	const cpu = (ms?: number) => (ms === undefined ? '' : `cpu ${sec(ms).padStart(8)}  `);
	console.log(`\n${label}:`);
	for (const s of b.steps)
		console.log(`  ${sec(s.ms).padStart(8)}  ${cpu(s.cpuMs)}peak ${formatBytes(s.peakRss).padStart(9)}  ${s.title}`);
	console.log(`  ${sec(b.ms).padStart(8)}  ${cpu(b.cpuMs)}peak ${formatBytes(b.peakRss).padStart(9)}  total; ${extra}`);
};
const coldBuild = async (label: string, site: BenchSite) => {
	rmSync(site.out, { recursive: true, force: true });
	rmSync(site.cache, { recursive: true, force: true });
	const before = load();
	const b = await measuredBuild(label.replace(/\W+/g, '-'), buildSteps(benchEnv(site, BENCH_NOW)), logs);
	const dist = treeSize(site.out);
	const f: BuildFigures = { label, build: b, pages: dist.pages, dist, load: `${before} → ${load()}` };
	figures.push(f);
	printBuild(
		`${label}, cold (load ${f.load})`,
		b,
		`${dist.pages} HTML pages, dist ${formatBytes(dist.bytes)} in ${dist.files} files`,
	);
	return f;
};

let failed = false;
try {
	for (const p of parts) await coldBuild(`partition ${p.name}`, p.site);
	if (!args['no-whole']) await coldBuild('whole site', whole);
} catch (e) {
	console.error(`\n✖ ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}

// 3. An hour's publishing in partition A only: A's warm build is all it costs; B is not rebuilt.
const siteTimeZone: string =
	JSON.parse(readFileSync(path.join(whole.content, 'site.json'), 'utf8')).timeZone ?? 'Asia/Shanghai';
const hourLater = toZonedIso(new Date(Date.parse(BENCH_NOW) + 3_600_000), siteTimeZone);
const a = parts[0];
publishHour(a.site.content, { ...hourOfPublishing, at: hourLater, timeZone: siteTimeZone });
const hourLoad = load();
const hour = await measuredBuild('partition-A-hour', buildSteps(benchEnv(a.site, hourLater)), logs);
const astroLog = hour.steps.find((s) => /astro build/.test(s.title))?.log;
const searchLog = hour.steps.find((s) => /pagefind/i.test(s.title))?.log;
const rendered = astroLog ? renderedPages(readFileSync(astroLog, 'utf8')) : undefined;
const reindexed = searchLog ? reindexedPages(readFileSync(searchLog, 'utf8')) : undefined;
printBuild(
	`partition A, warm after an hour's publishing there (+20 new, 5 moved, 2 cancelled, 1 alert, clock +1 h; load ${hourLoad} → ${load()})`,
	hour,
	`${rendered?.rendered.size ?? '?'} files rendered, ${rendered?.reused ?? '?'} reused; ${reindexed ?? '?'} pages re-indexed; partition B not rebuilt`,
);

// 4. Merge: one sitemap index over both partitions' sitemaps, each rewritten under its prefix.
const origin = new URL(JSON.parse(readFileSync(path.join(whole.content, 'site.json'), 'utf8')).baseUrl).origin;
const merged = path.join(root, 'merged');
const files: Record<string, string> = { 'index.html': probePage };
const childSitemaps: string[] = [];
const listed = new Map<string, number>();
for (const p of parts) {
	const indexXml = readFileSync(path.join(p.site.out, 'sitemap-index.xml'), 'utf8');
	for (const loc of sitemapLocs(indexXml)) {
		const name = new URL(loc).pathname.slice(1);
		const rewritten = prefixSitemap(readFileSync(path.join(p.site.out, name), 'utf8'), origin, p.prefix);
		files[`${p.prefix.slice(1)}${name}`] = rewritten.xml;
		for (const u of rewritten.locs) listed.set(u, (listed.get(u) ?? 0) + 1);
		childSitemaps.push(`${origin}${p.prefix}${name}`);
	}
	// The partition's own index, rewritten too, for crawlers that find it; the root index is the one to submit.
	files[`${p.prefix.slice(1)}sitemap-index.xml`] = prefixSitemap(indexXml, origin, p.prefix).xml;
}
files['sitemap-index.xml'] = sitemapIndex(childSitemaps);
files['robots.txt'] =
	`User-agent: *\n${parts.map((p) => `Disallow: ${p.prefix}pagefind/`).join('\n')}\n\nSitemap: ${origin}/sitemap-index.xml\n`;
// The whole site, where it was built, is served under /whole/ beside them: the first search's baseline.
const wholeMount: Mount | undefined = existsSync(whole.out) ? { prefix: '/whole/', dist: whole.out } : undefined;
layoutMerged(
	merged,
	[...parts.map((p): Mount => ({ prefix: p.prefix, dist: p.site.out })), ...(wholeMount ? [wholeMount] : [])],
	files,
);
const missing = [...listed.keys()].filter((u) => {
	const file = path.join(merged, decodeURIComponent(new URL(u).pathname));
	return !existsSync(path.join(file, 'index.html')) && !existsSync(file);
});
const twice = [...listed].filter(([, n]) => n > 1).map(([u]) => u);
const perPartition = parts.map((p) => [...listed.keys()].filter((u) => u.startsWith(`${origin}${p.prefix}`)).length);
const sitemapOk =
	missing.length === 0 &&
	twice.length === 0 &&
	perPartition.every((n) => n > 0) &&
	sitemapLocs(files['sitemap-index.xml']).length === childSitemaps.length;
const sitemapText = `/sitemap-index.xml lists ${childSitemaps.length} sitemaps (${childSitemaps.map((u) => new URL(u).pathname).join(', ')}) with ${listed.size} URLs (${parts.map((p, i) => `${p.prefix} ${perPartition[i]}`).join(', ')}); ${missing.length} without a page${missing.length ? ` (e.g. ${missing.slice(0, 3).join(', ')})` : ''}, ${twice.length} listed twice: ${sitemapOk ? 'ok' : 'FAILED'}`;
console.log(`\nsitemap: ${sitemapText}`);
if (!sitemapOk) failed = true;

// 5. Search across the partitions in Chromium: Pagefind from /a/, B merged with its baseUrl.
let search: { results: MergedQueryResult[]; consoleErrors: string[] } | undefined;
const baselineBytes: Array<{ label: string; bytes: number; requests: number }> = [];
const searchRows: string[][] = [];
/** A village of partition `i` that its notices name: searched for, its first result must be in that partition. */
const villageOf = (i: number): string | undefined => {
	const names = new Map<string, { zh: string; kind: string }>();
	const walk = (n: { id: string; kind: string; name: { zh: string }; children?: unknown[] }) => {
		names.set(n.id, { zh: n.name.zh, kind: n.kind });
		for (const c of (n.children ?? []) as Array<typeof n>) walk(c);
	};
	split[i].areas.forEach(walk);
	const id = split[i].notices
		.flatMap((n) => n.areas)
		.find((x) => names.get(x)?.kind === 'village' && split[i].notices.filter((n) => n.areas.includes(x)).length >= 2);
	return id ? names.get(id)?.zh : undefined;
};
if (!args['no-browser']) {
	const chromium = await findChromium();
	if (!chromium) {
		console.log('\nno Chromium found (set CHROMIUM_PATH): search across partitions not checked');
		failed = true;
	} else {
		const queries: MergedQuery[] = parts.map((p, i) => ({ term: villageOf(i) ?? '', expect: p.prefix }));
		queries.push({ term: '停电' });
		search = await searchAcrossPartitions(
			merged,
			parts.map((p) => ({ prefix: p.prefix, dist: p.site.out })),
			queries,
			{ executablePath: chromium.path, port: Number(args.port) },
		);
		console.log(
			`\nsearch across partitions (Pagefind from /a/, /b/ merged with mergeIndex baseUrl; each partition's open months merged too; gzip; one browser, cold cache):`,
		);
		for (const r of search.results) {
			searchRows.push([
				`"${r.term}"${r.expect ? ` (a village of ${r.expect})` : ''}`,
				'both partitions',
				String(r.count),
				r.top[0]?.url ?? '—',
				formatBytes(r.bytes),
				String(r.requests.length),
				r.ok ? 'ok' : 'FAILED',
			]);
			const from = parts.map((p) => `${p.prefix} ${r.top.filter((t) => t.url.startsWith(p.prefix)).length}`).join(', ');
			console.log(
				`  "${r.term}"${r.expect ? ` (a village of ${r.expect})` : ''}: ${r.count} results; first ${r.top.length} from ${from}; first ${r.top[0]?.url ?? '—'} "${r.top[0]?.title ?? ''}"; ${formatBytes(r.bytes)} in ${r.requests.length} requests: ${r.ok ? 'ok' : 'FAILED'}`,
			);
			if (!r.ok) failed = true;
		}
		// The same first search, each in a fresh browser, in partition A alone (a bureau's own search page) and in
		// the whole site (one site, as today).
		const baselines: Array<{ label: string; mount: Mount }> = [
			{ label: 'partition A alone', mount: { prefix: parts[0].prefix, dist: parts[0].site.out } },
		];
		if (wholeMount) baselines.push({ label: 'the whole site', mount: wholeMount });
		for (const b of baselines) {
			const [r] = (
				await searchAcrossPartitions(merged, [b.mount], [{ term: queries[0].term, expect: b.mount.prefix }], {
					executablePath: chromium.path,
					port: Number(args.port),
				})
			).results;
			baselineBytes.push({ label: b.label, bytes: r.bytes, requests: r.requests.length });
			searchRows.push([
				`"${r.term}"`,
				b.label,
				String(r.count),
				r.top[0]?.url ?? '—',
				formatBytes(r.bytes),
				String(r.requests.length),
				r.ok ? 'ok' : 'FAILED',
			]);
			console.log(
				`  the same first search "${r.term}" in ${b.label}: ${r.count} results, ${formatBytes(r.bytes)} in ${r.requests.length} requests: ${r.ok ? 'ok' : 'FAILED'}`,
			);
			if (!r.ok) failed = true;
		}
		const first = search.results[0];
		const byPrefix = parts
			.map(
				(p) =>
					`${p.prefix} ${formatBytes(first.requests.filter((q) => q.url.startsWith(p.prefix)).reduce((s, q) => s + q.bytes, 0))}`,
			)
			.join(', ');
		console.log(`  first search's bytes by partition: ${byPrefix}; largest requests:`);
		for (const q of first.requests.slice(0, 10)) console.log(`    ${formatBytes(q.bytes).padStart(9)}  ${q.url}`);
		if (search.consoleErrors.length) console.log(`  console errors:\n    ${search.consoleErrors.join('\n    ')}`);
	}
}

// Summary.
const summaryColumns = ['build', 'wall', 'CPU', 'peak memory', 'HTML pages', 'dist', 'load average before → after'];
const summaryRows = [
	...figures.map((f) => [
		`${f.label} cold`,
		sec(f.build.ms),
		f.build.cpuMs === undefined ? '?' : sec(f.build.cpuMs),
		formatBytes(f.build.peakRss),
		String(f.pages),
		formatBytes(f.dist.bytes),
		f.load,
	]),
	[
		"partition A warm, an hour's publishing",
		sec(hour.ms),
		hour.cpuMs === undefined ? '?' : sec(hour.cpuMs),
		formatBytes(hour.peakRss),
		`${rendered?.rendered.size ?? '?'} files rendered, ${reindexed ?? '?'} re-indexed`,
		'',
		`${hourLoad} → ${load()}`,
	],
];
console.log('\nSummary / 汇总:');
console.log(`| ${summaryColumns.join(' | ')} |\n| ${summaryColumns.map(() => '---').join(' | ')} |`);
for (const r of summaryRows) console.log(`| ${r.join(' | ')} |`);
const [fa, fb, fw] = figures;
const comparison = fw
	? `Partitions one after the other: ${sec(fa.build.ms + fb.build.ms)} wall, ${sec((fa.build.cpuMs ?? 0) + (fb.build.cpuMs ?? 0))} CPU against the whole's ${sec(fw.build.ms)}, ${sec(fw.build.cpuMs ?? 0)}; in parallel jobs the slower, ${sec(Math.max(fa.build.ms, fb.build.ms))}.`
	: undefined;
if (comparison) console.log(comparison);
const searchSummary = search
	? `First search across both: ${formatBytes(search.results[0].bytes)}${baselineBytes.map((b) => `, in ${b.label} ${formatBytes(b.bytes)}`).join('')}; results from both partitions: ${search.results.slice(0, 2).every((r) => r.ok) ? 'yes' : 'NO'}.`
	: undefined;
if (searchSummary) console.log(searchSummary);
console.log(`load average at end: ${load()}`);
const blocks: ResultsBlock[] = [
	`${size.notices} notices over ${size.areas} areas, now = ${BENCH_NOW}, split by top-level area into two partitions of about equal notices:`,
	{
		columns: ['partition', 'districts', 'areas', 'notices', 'units', 'alerts', 'notices touching both'],
		rows: splitRows,
	},
	{ columns: summaryColumns, rows: summaryRows },
	...(comparison ? [comparison] : []),
	`Merged sitemap: ${sitemapText}.`,
	...(searchSummary
		? [
				'Search in Chromium (Pagefind from /a/, /b/ merged with its baseUrl; gzip, cold cache):',
				{
					columns: ['query', 'searched in', 'results', 'first result', 'transfer', 'requests', ''],
					rows: searchRows,
				},
				searchSummary,
			]
		: ['Search across the partitions not checked (--no-browser, or no Chromium).']),
];
writeFileSync(
	path.join(root, 'results.json'),
	`${JSON.stringify({ size, now: BENCH_NOW, groups, figures, hour: { build: hour, rendered: rendered?.rendered.size, reindexed }, sitemap: { sitemaps: childSitemaps, urls: listed.size, missing: missing.length, twice: twice.length }, search, baselineBytes }, null, '\t')}\n`,
);

if (!args.keep) {
	for (const dir of [whole.root, ...parts.map((p) => p.site.root), merged])
		rmSync(dir, { recursive: true, force: true });
} else
	console.log(
		`kept: ${path.relative(process.cwd(), root)}/ (serve ${path.relative(process.cwd(), merged)}/ to browse the merged site)`,
	);
await record.write({ title: 'Partitioned build simulation', size: String(size.notices), blocks });
if (failed) {
	console.error('\n✖ a merge check failed / 合并检查未通过');
	process.exitCode = 1;
}
