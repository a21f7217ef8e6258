/**
 * `npm run bench [-- --notices N --areas N --runs K --keep --query 停电 --profile --no-floor --no-browser
 * --no-publish --no-verify]`: the scale benchmark.
 *
 * Publishing scenarios (each run, after its cold build, in this order, each warm on the previous one): no change;
 * an urgent alert alone; an hour's publishing (20 new notices, 5 rescheduled, 2 cancelled, 1 alert, clock +1 h).
 * Each prints wall and CPU time, peak memory, pages re-rendered and pages re-indexed. The first run then builds the
 * hour's result cold in another folder and checks that both dist/ trees are byte-identical (warm = cold at scale).
 *
 * Generates a synthetic site deterministically (seeded; the build's "now" fixed at BENCH_NOW) — N notices over an
 * area tree of N areas, with the committed site settings, guidance and tariffs — builds it with the project's real
 * build steps (check, astro build in both languages, Pagefind, and whatever else build-steps.ts runs) into .bench/,
 * then builds the same number of pages from a bare one-line Astro template as a floor, and prints: time per step
 * and in total, pages per second, peak memory of each step's process tree, dist and Pagefind index sizes, the bytes
 * Chromium transfers for a first search, and the ratio to the floor. K runs print each run and the median.
 * 大规模构建基准测试：生成合成数据，完整构建并打印耗时、内存、体积与首次搜索流量。
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bin, buildSteps } from '../lib/build-steps.ts';
import { findChromium } from '../lib/find-chromium.ts';
import { headersFor } from '../../src/lib/deploy/security-headers.ts';
import { formatBytes, median, treeHashes, treeSize } from './lib/files.ts';
import { writeFloorProject } from './lib/floor.ts';
import { measureFirstQuery, type FirstQuery } from './lib/first-query.ts';
import { summarizeProfile } from './lib/cpu-profile.ts';
import { measuredBuild } from './lib/measured-build.ts';
import { BENCH_NOW, BENCH_TEMPLATE, benchEnv, benchSite, prepareSyntheticContent } from './lib/synthetic-site.ts';
import { renderedPages } from './lib/astro-log.ts';
import { hourOfPublishing, publishHour, type PublishHour } from './lib/publish-hour.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const { values: args } = parseArgs({
	options: {
		notices: { type: 'string', default: '10000' },
		areas: { type: 'string', default: '2000' },
		runs: { type: 'string', default: '1' },
		query: { type: 'string', default: '停电' },
		keep: { type: 'boolean', default: false },
		'no-floor': { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		'no-publish': { type: 'boolean', default: false },
		'no-verify': { type: 'boolean', default: false },
	},
});
const size = { notices: Number(args.notices), areas: Number(args.areas) };
const runs = Number(args.runs);
if (!Number.isInteger(size.notices) || size.notices < 1 || !Number.isInteger(runs) || runs < 1) {
	console.error(
		'usage: npm run bench -- [--notices N] [--areas N] [--runs K] [--query 停电] [--keep] [--profile] [--no-floor] [--no-browser]',
	);
	process.exit(2);
}

const site = benchSite();
const root = site.root;
const floorRoot = path.join(root, 'floor');
const logs = path.join(root, 'logs');
mkdirSync(logs, { recursive: true });
rmSync(path.join(root, 'profile'), { recursive: true, force: true });

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpus = os.cpus();
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
console.log('Scale benchmark / 大规模构建基准');
console.log(
	`machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${formatBytes(os.totalmem())} RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`,
);
console.log(`load average at start (1/5/15 min): ${load()} — other work on the machine slows the figures down`);
console.log(`site: ${size.notices} notices over ${size.areas} areas, now = ${BENCH_NOW}, ${runs} run(s)`);

const t = performance.now();
prepareSyntheticContent(BENCH_TEMPLATE, site.content, size);
console.log(
	`generated content in ${sec(performance.now() - t)} (${formatBytes(treeSize(site.content).bytes)}) → ${path.relative(process.cwd(), site.content)}`,
);

interface RunResult {
	totalMs: number;
	peakRss: number;
	/** CPU time (user + system) of the whole build, where GNU time is installed. */
	cpuMs?: number;
	steps: Array<{ title: string; ms: number; peakRss: number; cpuMs?: number }>;
	pages: number;
	dist: { bytes: number; files: number };
	pagefind: { bytes: number; files: number };
}

const env = benchEnv(site, BENCH_NOW);
const results: RunResult[] = [];
const siteTimeZone: string =
	JSON.parse(readFileSync(path.join(site.content, 'site.json'), 'utf8')).timeZone ?? 'Asia/Shanghai';
const HOUR_LATER = toZonedIso(new Date(Date.parse(BENCH_NOW) + 3_600_000), siteTimeZone);

/** The publishing scenarios, in order, each a warm build on the one before. */
const scenarios: Array<{ name: string; now: string; change?: PublishHour }> = [
	{ name: 'no change', now: BENCH_NOW },
	{
		name: 'an alert alone',
		now: BENCH_NOW,
		change: { add: 0, reschedule: 0, cancel: 0, alert: true, at: BENCH_NOW, timeZone: siteTimeZone },
	},
	{
		name: "an hour's publishing (+20 new, 5 moved, 2 cancelled, 1 alert, clock +1 h)",
		now: HOUR_LATER,
		change: { ...hourOfPublishing, at: HOUR_LATER, timeZone: siteTimeZone },
	},
];

interface ScenarioResult {
	name: string;
	totalMs: number;
	cpuMs?: number;
	peakRss: number;
	rendered: number;
	restored: number;
	reindexed: string;
}
const scenarioResults: ScenarioResult[][] = [];

/**
 * Pages the search step indexed afresh, from its log (scripts/index-search.ts prints e.g. "search: 2 archive
 * bundles reused (14,174 pages), 1 rebuilt (2026: 9,796 pages); open months 2026-12 indexed (3,080 pages), 1 reused
 * (2,786 pages); live bundle 4,406 pages indexed; …").
 */
function reindexedFrom(log: string): string {
	const num = (s?: string) => Number((s ?? '0').replace(/,/g, ''));
	const line = log.split('\n').find((l) => l.startsWith('search:'));
	if (!line) return '?';
	const rebuilt = num(/\d+ rebuilt \([^:]*: ([\d,]+) pages\)/.exec(line)?.[1]);
	const open = num(/open months [^;]*? indexed \(([\d,]+) pages\)/.exec(line)?.[1]);
	const live = /live bundle ([\d,]+) pages (indexed|reused)/.exec(line);
	return String(rebuilt + open + (live?.[2] === 'indexed' ? num(live[1]) : 0));
}

const stepLog = (label: string, match: RegExp, titles: string[]) => {
	const i = titles.findIndex((t) => match.test(t));
	return i < 0 ? '' : readFileSync(path.join(logs, `${label}-${i + 1}.log`), 'utf8');
};

for (let r = 1; r <= runs; r++) {
	// Cold builds, as CI does them after a code change: no dist, no Astro cache.
	// Later runs start again from the generated site (the scenarios of the run before changed it).
	if (r > 1 && !args['no-publish']) prepareSyntheticContent(BENCH_TEMPLATE, site.content, size);
	rmSync(site.out, { recursive: true, force: true });
	rmSync(site.cache, { recursive: true, force: true });
	const loadBefore = load();
	const planned = buildSteps(env).map((step) =>
		// --profile: V8 CPU profiles of the Astro build (main thread and workers), summarised after the run.
		args.profile && /astro build/.test(step.title)
			? { ...step, args: ['--cpu-prof', '--cpu-prof-dir', path.join(root, 'profile'), ...step.args] }
			: step,
	);
	const { steps } = await measuredBuild(`site-run${r}`, planned, logs);
	const dist = treeSize(site.out);
	const pagefindDir = path.join(site.out, 'pagefind');
	const pagefind = existsSync(pagefindDir) ? treeSize(pagefindDir) : { bytes: 0, files: 0, pages: 0 };
	const result: RunResult = {
		totalMs: steps.reduce((s, m) => s + m.ms, 0),
		peakRss: Math.max(...steps.map((m) => m.peakRss)),
		cpuMs: steps.every((m) => m.cpuMs !== undefined) ? steps.reduce((s, m) => s + (m.cpuMs ?? 0), 0) : undefined,
		steps: steps.map((m) => ({ title: m.title, ms: m.ms, peakRss: m.peakRss, cpuMs: m.cpuMs })),
		pages: dist.pages,
		dist,
		pagefind,
	};
	results.push(result);
	console.log(`\nrun ${r}/${runs}, cold (load before ${loadBefore}, after ${load()}):`);
	const cpu = (ms?: number) => (ms === undefined ? '' : `cpu ${sec(ms).padStart(8)}  `);
	for (const s of result.steps)
		console.log(`  ${sec(s.ms).padStart(8)}  ${cpu(s.cpuMs)}peak ${formatBytes(s.peakRss).padStart(9)}  ${s.title}`);
	console.log(
		`  ${sec(result.totalMs).padStart(8)}  ${cpu(result.cpuMs)}total: ${result.pages} HTML pages, ${(result.pages / (result.totalMs / 1000)).toFixed(0)} pages/s; dist ${formatBytes(dist.bytes)} in ${dist.files} files; Pagefind ${formatBytes(pagefind.bytes)} in ${pagefind.files} files`,
	);

	if (args['no-publish']) continue;
	const runScenarios: ScenarioResult[] = [];
	for (const [i, sc] of scenarios.entries()) {
		if (sc.change) publishHour(site.content, sc.change);
		const label = `site-run${r}-scenario${i + 1}`;
		const scEnv = { ...env, SITE_NOW: sc.now };
		const scSteps = buildSteps(scEnv);
		const { steps: measured } = await measuredBuild(label, scSteps, logs);
		const titles = scSteps.map((x) => x.title);
		const pages = renderedPages(stepLog(label, /astro build/, titles));
		const sr: ScenarioResult = {
			name: sc.name,
			totalMs: measured.reduce((a, m) => a + m.ms, 0),
			cpuMs: measured.every((m) => m.cpuMs !== undefined)
				? measured.reduce((a, m) => a + (m.cpuMs ?? 0), 0)
				: undefined,
			peakRss: Math.max(...measured.map((m) => m.peakRss)),
			rendered: pages.rendered.size,
			restored: pages.restored.size,
			reindexed: reindexedFrom(stepLog(label, /search index|pagefind/i, titles)),
		};
		runScenarios.push(sr);
		console.log(`\n  warm: ${sc.name}`);
		for (const m of measured)
			console.log(
				`    ${sec(m.ms).padStart(8)}  ${cpu(m.cpuMs)}peak ${formatBytes(m.peakRss).padStart(9)}  ${m.title}`,
			);
		console.log(
			`    ${sec(sr.totalMs).padStart(8)}  ${cpu(sr.cpuMs)}total: ${sr.rendered} files rendered, ${sr.restored} reused; search: ${sr.reindexed} pages re-indexed`,
		);
	}
	scenarioResults.push(runScenarios);

	if (r === 1 && !args['no-verify']) {
		// Warm = cold at scale: the same content and clock, built from nothing elsewhere.
		const cold = {
			content: path.join(root, 'verify/content'),
			out: path.join(root, 'verify/dist'),
			cache: path.join(root, 'verify/astro-cache'),
		};
		rmSync(path.join(root, 'verify'), { recursive: true, force: true });
		cpSync(site.content, cold.content, { recursive: true });
		const last = scenarios[scenarios.length - 1];
		await measuredBuild(
			'verify',
			buildSteps({
				...env,
				CONTENT_DIR: cold.content,
				OUT_DIR: cold.out,
				ASTRO_CACHE_DIR: cold.cache,
				SITE_NOW: last.now,
			}),
			logs,
		);
		const a = treeHashes(site.out);
		const b = treeHashes(cold.out);
		const differ = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
		console.log(
			`\n  warm = cold at scale: ${differ.length === 0 ? `yes, ${a.size} files byte-identical` : `NO: ${differ.length} files differ, e.g. ${differ.slice(0, 5).join(', ')}`}`,
		);
		if (differ.length) process.exitCode = 1;
		rmSync(path.join(root, 'verify'), { recursive: true, force: true });
	}
}

if (args.profile) {
	const dir = path.join(root, 'profile');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
		const summary = summarizeProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), process.cwd(), 15);
		if (summary.totalMs < 1000) continue;
		console.log(`\nCPU profile ${file} (${sec(summary.totalMs)}; profiling slows the build down):`);
		console.log('  project files, inclusive time (in them and what they call):');
		for (const h of summary.files) console.log(`    ${sec(h.ms).padStart(8)}  ${h.name}`);
		console.log('  project functions, inclusive time:');
		for (const h of summary.functions) console.log(`    ${sec(h.ms).padStart(8)}  ${h.name}`);
		console.log('  self time, any code:');
		for (const h of summary.self) console.log(`    ${sec(h.ms).padStart(8)}  ${h.name}`);
	}
}

const pages = results[0].pages;
const astroStep = (r: RunResult) => r.steps.find((s) => /astro build/.test(s.title))?.ms ?? Number.NaN;
const floorMs: number[] = [];
const floorCpuMs: number[] = [];
if (!args['no-floor']) {
	writeFloorProject(floorRoot, pages);
	for (let r = 1; r <= runs; r++) {
		rmSync(path.join(floorRoot, 'dist'), { recursive: true, force: true });
		rmSync(path.join(floorRoot, 'node_modules'), { recursive: true, force: true });
		rmSync(path.join(floorRoot, '.astro'), { recursive: true, force: true });
		const [m] = (
			await measuredBuild(
				`floor-run${r}`,
				[
					{
						title: 'floor: astro build',
						command: process.execPath,
						args: [bin('astro'), 'build', '--root', floorRoot],
						env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
					},
				],
				logs,
				floorRoot,
			)
		).steps;
		const floorPages = treeSize(path.join(floorRoot, 'dist')).pages;
		floorMs.push(m.ms);
		if (m.cpuMs !== undefined) floorCpuMs.push(m.cpuMs);
		console.log(
			`\nfloor run ${r}/${runs}: ${floorPages} pages from a one-line template in ${sec(m.ms)}${m.cpuMs === undefined ? '' : ` (cpu ${sec(m.cpuMs)})`}, ${(floorPages / (m.ms / 1000)).toFixed(0)} pages/s, peak ${formatBytes(m.peakRss)}`,
		);
	}
}

let query: FirstQuery | undefined;
if (!args['no-browser']) {
	const chromium = await findChromium();
	if (!chromium) console.log('\nno Chromium found (set CHROMIUM_PATH): first-query transfer not measured');
	else {
		try {
			query = await measureFirstQuery(site.out, args.query, { executablePath: chromium.path, headers: headersFor });
		} catch (e) {
			// Measured after the builds: a failure here must not lose the figures above and the summary below.
			console.log(`\nfirst search not measured: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
		}
		if (query) {
			console.log(
				`\nfirst search for "${args.query}" from ${query.page} (${query.method}${query.results !== undefined ? `, ${query.results} results` : ''}), cold cache, text gzipped as in deploy/nginx.conf:`,
			);
			console.log(
				`  page load ${formatBytes(query.pageBytes)}; the query ${formatBytes(query.queryBytes)} in ${query.queryRequests.length} requests; together ${formatBytes(query.pageBytes + query.queryBytes)} (${formatBytes(query.uncompressedBytes)} from a host that does not compress)`,
			);
			for (const q of query.queryRequests.slice(0, 8)) console.log(`    ${formatBytes(q.bytes).padStart(9)}  ${q.url}`);
			if (query.consoleErrors.length)
				console.log(`  console errors (CSP violations?):\n    ${query.consoleErrors.join('\n    ')}`);
		}
	}
}

// Summary against the targets of issue 6.
const total = median(results.map((r) => r.totalMs));
const peak = median(results.map((r) => r.peakRss));
const astroMs = median(results.map(astroStep));
const floor = median(floorMs);
const rows: Array<[string, string, string, boolean | undefined]> = [
	[
		`cold build, ${size.notices} notices, both languages, indexed (wall)`,
		sec(total),
		size.notices <= 10_000 ? '≤ 75 s' : '',
		size.notices <= 10_000 ? total <= 75_000 : undefined,
	],
	['pages per second (whole build)', `${(pages / (total / 1000)).toFixed(0)} (${pages} pages)`, '', undefined],
	[
		'peak memory of the cold build (RSS, process tree)',
		formatBytes(peak),
		size.notices <= 10_000 ? '≤ 2 GB' : '',
		size.notices <= 10_000 ? peak <= 2 * 1024 ** 3 : undefined,
	],
	['dist size', formatBytes(median(results.map((r) => r.dist.bytes))), '', undefined],
	['Pagefind index size', formatBytes(median(results.map((r) => r.pagefind.bytes))), '', undefined],
];
if (query) {
	const first = query.pageBytes + query.queryBytes;
	rows.push([
		`first search "${args.query}" from ${query.page}: page + query, gzip`,
		`${formatBytes(first)} (query alone ${formatBytes(query.queryBytes)}; uncompressed ${formatBytes(query.uncompressedBytes)})`,
		'≤ 200 KB',
		first <= 200 * 1024,
	]);
}
if (floorMs.length) {
	rows.push(['floor: bare template, same page count', sec(floor), '', undefined]);
	rows.push(['ratio astro build / floor', (astroMs / floor).toFixed(2), '< 2.5', astroMs / floor < 2.5]);
	rows.push(['ratio whole build / floor', (total / floor).toFixed(2), '', undefined]);
}
if (scenarioResults.length) {
	const targets: Record<number, { ms: number; label: string; ratio?: number }> = {
		0: { ms: 8_000, label: '≤ 8 s' },
		1: { ms: 10_000, label: '≤ 10 s' },
		2:
			size.notices <= 10_000
				? { ms: 20_000, label: '≤ 20 s and ≤ 0.2 × cold', ratio: 0.2 }
				: { ms: 30_000, label: '≤ 30 s' },
	};
	scenarios.forEach((sc, i) => {
		const ms = median(scenarioResults.map((x) => x[i].totalMs));
		const cpuMs = median(scenarioResults.map((x) => x[i].cpuMs ?? Number.NaN));
		const first = scenarioResults[0][i];
		const target = targets[i];
		const ok = ms <= target.ms && (target.ratio === undefined || ms <= target.ratio * total);
		rows.push([
			`warm: ${sc.name}`,
			`${sec(ms)}${Number.isFinite(cpuMs) ? ` (cpu ${sec(cpuMs)})` : ''}, ${(ms / total).toFixed(2)} × cold; peak ${formatBytes(median(scenarioResults.map((x) => x[i].peakRss)))}; ${first.rendered} files rendered, ${first.restored} reused; search: ${first.reindexed} re-indexed`,
			target.label,
			ok,
		]);
	});
}
const cpuTotal = median(results.map((r) => r.cpuMs ?? Number.NaN));
if (Number.isFinite(cpuTotal)) {
	const astroCpu = median(results.map((r) => r.steps.find((s) => /astro build/.test(s.title))?.cpuMs ?? Number.NaN));
	const perStep = results[0].steps
		.map(
			(s, i) => `${s.title.replace(/ \/.*$/, '')} ${sec(median(results.map((r) => r.steps[i].cpuMs ?? Number.NaN)))}`,
		)
		.join(', ');
	rows.splice(1, 0, ['CPU time (user+sys) of the build', `${sec(cpuTotal)} (${perStep})`, '', undefined]);
	if (floorCpuMs.length)
		rows.push(['ratio astro build / floor, CPU time', (astroCpu / median(floorCpuMs)).toFixed(2), '', undefined]);
}
console.log(`\nSummary (median of ${runs} run(s)) / 汇总:`);
console.log('| measure | result | target | |\n| --- | --- | --- | --- |');
for (const [name, value, target, ok] of rows)
	console.log(`| ${name} | ${value} | ${target} | ${ok === undefined ? '' : ok ? 'met' : '**missed**'} |`);
console.log(`load average at end: ${load()}`);
writeFileSync(
	path.join(root, 'results.json'),
	`${JSON.stringify({ size, runs, now: BENCH_NOW, machine: { cpus: cpus.length, model: cpus[0]?.model, memory: os.totalmem(), node: process.version }, results, scenarios: scenarioResults, floorMs, floorCpuMs, query }, null, '\t')}\n`,
);

if (!args.keep) {
	for (const dir of [site.content, site.out, site.cache, floorRoot]) rmSync(dir, { recursive: true, force: true });
} else console.log(`kept: ${path.relative(process.cwd(), root)}/ (content, dist, astro-cache, floor, logs)`);
