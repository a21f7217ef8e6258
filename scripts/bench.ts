/**
 * `npm run bench [-- --notices N --areas N --runs K --keep --query 停电 --profile --no-floor --no-browser]`: the
 * scale benchmark.
 *
 * Generates a synthetic site deterministically (seeded; the build's "now" fixed at BENCH_NOW) — N notices over an
 * area tree of N areas, with the committed site settings, guidance and tariffs — builds it with the project's real
 * build steps (check, astro build in both languages, Pagefind, and whatever else build-steps.ts runs) into .bench/,
 * then builds the same number of pages from a bare one-line Astro template as a floor, and prints: time per step
 * and in total, pages per second, peak memory of each step's process tree, dist and Pagefind index sizes, the bytes
 * Chromium transfers for a first search, and the ratio to the floor. K runs print each run and the median.
 * 大规模构建基准测试：生成合成数据，完整构建并打印耗时、内存、体积与首次搜索流量。
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bin, buildSteps } from './lib/build-steps.ts';
import { findChromium } from './lib/find-chromium.ts';
import { headersFor } from './lib/security-headers.ts';
import { formatBytes, median, treeSize } from './lib/bench/files.ts';
import { writeFloorProject } from './lib/bench/floor.ts';
import { measureFirstQuery, type FirstQuery } from './lib/bench/first-query.ts';
import { summarizeProfile } from './lib/bench/cpu-profile.ts';
import { runMeasured, type Measured } from './lib/bench/measure.ts';
import { BENCH_NOW, prepareSyntheticContent } from './lib/bench/synthetic-site.ts';

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
	},
});
const size = { notices: Number(args.notices), areas: Number(args.areas) };
const runs = Number(args.runs);
if (!Number.isInteger(size.notices) || size.notices < 1 || !Number.isInteger(runs) || runs < 1) {
	console.error('usage: npm run bench -- [--notices N] [--areas N] [--runs K] [--query 停电] [--keep] [--profile] [--no-floor] [--no-browser]');
	process.exit(2);
}

const root = path.resolve('.bench');
const site = { content: path.join(root, 'content'), out: path.join(root, 'dist'), cache: path.join(root, 'astro-cache') };
const floorRoot = path.join(root, 'floor');
const logs = path.join(root, 'logs');
mkdirSync(logs, { recursive: true });
rmSync(path.join(root, 'profile'), { recursive: true, force: true });

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpus = os.cpus();
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log('Scale benchmark / 大规模构建基准');
console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${formatBytes(os.totalmem())} RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`);
console.log(`load average at start (1/5/15 min): ${load()} — other work on the machine slows the figures down`);
console.log(`site: ${size.notices} notices over ${size.areas} areas, now = ${BENCH_NOW}, ${runs} run(s)`);

let t = performance.now();
prepareSyntheticContent(path.resolve(process.env.CONTENT_DIR ?? 'content'), site.content, size);
console.log(`generated content in ${sec(performance.now() - t)} (${formatBytes(treeSize(site.content).bytes)}) → ${path.relative(process.cwd(), site.content)}`);

/**
 * Waits while another `astro build` in this working tree holds its build lock (src/integrations/build-lock.ts:
 * builds in one folder take turns), so the measured time is this build's, not a colleague's.
 */
async function waitForBuildLock(root: string) {
	const lock = path.join(root, '.astro/build.lock');
	let told = false;
	for (;;) {
		let owner = 0;
		try {
			owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
			process.kill(owner, 0);
		} catch {
			return;
		}
		if (!told) console.log(`  (waiting for another build in this folder to finish, pid ${owner})`);
		told = true;
		await new Promise((r) => setTimeout(r, 1000));
	}
}

/** Runs one build step by step, measuring each; stops the benchmark with the step's log when one fails. */
async function measuredBuild(label: string, steps: Array<{ title: string; command: string; args: string[]; env?: NodeJS.ProcessEnv }>, root = process.cwd()) {
	const measured: Array<Measured & { title: string }> = [];
	for (const [i, step] of steps.entries()) {
		const log = path.join(logs, `${label}-${i + 1}.log`);
		if (step.args.some((a) => /astro$/.test(a))) await waitForBuildLock(root);
		const m = await runMeasured(step.command, step.args, step.env ?? process.env, log);
		if (readFileSync(log, 'utf8').includes('waiting for another build')) {
			console.log(`  (${step.title}: waited for another build's lock meanwhile; its wall time includes the wait, its CPU time does not)`);
		}
		measured.push({ ...m, title: step.title });
		if (m.code !== 0) {
			console.error(`\n✖ ${step.title} failed (exit ${m.code}); the end of ${path.relative(process.cwd(), log)}:`);
			console.error(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
			process.exit(1);
		}
	}
	return measured;
}

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

const env: NodeJS.ProcessEnv = {
	...process.env,
	CONTENT_DIR: site.content,
	OUT_DIR: site.out,
	ASTRO_CACHE_DIR: site.cache,
	SITE_NOW: BENCH_NOW,
	ASTRO_TELEMETRY_DISABLED: '1',
};
const results: RunResult[] = [];
for (let r = 1; r <= runs; r++) {
	// Cold builds, as CI does them: no dist, no Astro cache.
	rmSync(site.out, { recursive: true, force: true });
	rmSync(site.cache, { recursive: true, force: true });
	const loadBefore = load();
	const planned = buildSteps(env).map((step) =>
		// --profile: V8 CPU profiles of the Astro build (main thread and workers), summarised after the run.
		args.profile && /astro build/.test(step.title) ? { ...step, args: ['--cpu-prof', '--cpu-prof-dir', path.join(root, 'profile'), ...step.args] } : step,
	);
	const steps = await measuredBuild(`site-run${r}`, planned);
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
	console.log(`\nrun ${r}/${runs} (load before ${loadBefore}, after ${load()}):`);
	const cpu = (ms?: number) => (ms === undefined ? '' : `cpu ${sec(ms).padStart(8)}  `);
	for (const s of result.steps) console.log(`  ${sec(s.ms).padStart(8)}  ${cpu(s.cpuMs)}peak ${formatBytes(s.peakRss).padStart(9)}  ${s.title}`);
	console.log(`  ${sec(result.totalMs).padStart(8)}  ${cpu(result.cpuMs)}total: ${result.pages} HTML pages, ${(result.pages / (result.totalMs / 1000)).toFixed(0)} pages/s; dist ${formatBytes(dist.bytes)} in ${dist.files} files; Pagefind ${formatBytes(pagefind.bytes)} in ${pagefind.files} files`);
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
		const [m] = await measuredBuild(`floor-run${r}`, [{ title: 'floor: astro build', command: process.execPath, args: [bin('astro'), 'build', '--root', floorRoot], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }], floorRoot);
		const floorPages = treeSize(path.join(floorRoot, 'dist')).pages;
		floorMs.push(m.ms);
		if (m.cpuMs !== undefined) floorCpuMs.push(m.cpuMs);
		console.log(`\nfloor run ${r}/${runs}: ${floorPages} pages from a one-line template in ${sec(m.ms)}${m.cpuMs === undefined ? '' : ` (cpu ${sec(m.cpuMs)})`}, ${(floorPages / (m.ms / 1000)).toFixed(0)} pages/s, peak ${formatBytes(m.peakRss)}`);
	}
}

let query: FirstQuery | undefined;
if (!args['no-browser']) {
	const chromium = await findChromium();
	if (!chromium) console.log('\nno Chromium found (set CHROMIUM_PATH): first-query transfer not measured');
	else {
		query = await measureFirstQuery(site.out, args.query, { executablePath: chromium.path, headers: headersFor });
		console.log(`\nfirst search for "${args.query}" from ${query.page} (${query.method}${query.results !== undefined ? `, ${query.results} results` : ''}), cold cache, text gzipped as in deploy/nginx.conf:`);
		console.log(`  page load ${formatBytes(query.pageBytes)}; the query ${formatBytes(query.queryBytes)} in ${query.queryRequests.length} requests; together ${formatBytes(query.pageBytes + query.queryBytes)} (${formatBytes(query.uncompressedBytes)} from a host that does not compress)`);
		for (const q of query.queryRequests.slice(0, 8)) console.log(`    ${formatBytes(q.bytes).padStart(9)}  ${q.url}`);
		if (query.consoleErrors.length) console.log(`  console errors (CSP violations?):\n    ${query.consoleErrors.join('\n    ')}`);
	}
}

// Summary against the targets of issue 6.
const total = median(results.map((r) => r.totalMs));
const peak = median(results.map((r) => r.peakRss));
const astroMs = median(results.map(astroStep));
const floor = median(floorMs);
const rows: Array<[string, string, string, boolean | undefined]> = [
	[`build, ${size.notices} notices, both languages, indexed (wall)`, sec(total), '< 90 s', total < 90_000],
	['pages per second (whole build)', `${(pages / (total / 1000)).toFixed(0)} (${pages} pages)`, '', undefined],
	['peak memory (RSS, process tree)', formatBytes(peak), '< 3 GB', peak < 3 * 1024 ** 3],
	['dist size', formatBytes(median(results.map((r) => r.dist.bytes))), '', undefined],
	['Pagefind index size', formatBytes(median(results.map((r) => r.pagefind.bytes))), '', undefined],
];
if (query) {
	const first = query.pageBytes + query.queryBytes;
	rows.push([`first search "${args.query}" from ${query.page}: page + query, gzip`, `${formatBytes(first)} (query alone ${formatBytes(query.queryBytes)}; uncompressed ${formatBytes(query.uncompressedBytes)})`, '< 300 KB', first < 300 * 1024]);
}
if (floorMs.length) {
	rows.push(['floor: bare template, same page count', sec(floor), '', undefined]);
	rows.push(['ratio astro build / floor', (astroMs / floor).toFixed(2), '< 2.5', astroMs / floor < 2.5]);
	rows.push(['ratio whole build / floor', (total / floor).toFixed(2), '', undefined]);
}
const cpuTotal = median(results.map((r) => r.cpuMs ?? Number.NaN));
if (Number.isFinite(cpuTotal)) {
	const astroCpu = median(results.map((r) => r.steps.find((s) => /astro build/.test(s.title))?.cpuMs ?? Number.NaN));
	const perStep = results[0].steps.map((s, i) => `${s.title.replace(/ \/.*$/, '')} ${sec(median(results.map((r) => r.steps[i].cpuMs ?? Number.NaN)))}`).join(', ');
	rows.splice(1, 0, ['CPU time (user+sys) of the build', `${sec(cpuTotal)} (${perStep})`, '', undefined]);
	if (floorCpuMs.length) rows.push(['ratio astro build / floor, CPU time', (astroCpu / median(floorCpuMs)).toFixed(2), '', undefined]);
}
console.log(`\nSummary (median of ${runs} run(s)) / 汇总:`);
console.log('| measure | result | target | |\n| --- | --- | --- | --- |');
for (const [name, value, target, ok] of rows) console.log(`| ${name} | ${value} | ${target} | ${ok === undefined ? '' : ok ? 'met' : '**missed**'} |`);
console.log(`load average at end: ${load()}`);
writeFileSync(path.join(root, 'results.json'), `${JSON.stringify({ size, runs, now: BENCH_NOW, machine: { cpus: cpus.length, model: cpus[0]?.model, memory: os.totalmem(), node: process.version }, results, floorMs, floorCpuMs, query }, null, '\t')}\n`);

if (!args.keep) {
	for (const dir of [site.content, site.out, site.cache, floorRoot]) rmSync(dir, { recursive: true, force: true });
} else console.log(`kept: ${path.relative(process.cwd(), root)}/ (content, dist, astro-cache, floor, logs)`);
