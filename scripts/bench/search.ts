/**
 * `npm run bench:search [-- --runs 3 --changes 30 --warm-only]`: times the search step (scripts/index-search.ts) alone on the
 * benchmark's built site (.bench/dist, left by `npm run bench -- --keep`), each run in its own process with wall
 * time and peak memory: cold (no cache: every bundle indexed), warm after `--changes` recent notice pages changed
 * (an hour's publishing: the live bundle re-indexed, archive bundles reused), and warm with no change. Then the
 * link check the same way (cold, warm after the change). Prints each run and the median. The changed pages are
 * put back at the end.
 * 搜索索引基准：冷构建与少量通知变更后的增量构建对比。
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, median } from './lib/files.ts';
import { runMeasured, type Measured } from './lib/measure.ts';
import { BENCH_NOW } from './lib/synthetic-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';
import { archiveThrough, noticeMonth } from '../../src/lib/search/bundles.ts';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		changes: { type: 'string', default: '30' },
		'warm-only': { type: 'boolean', default: false },
	},
});
const runs = Number(args.runs);
const changes = Number(args.changes);
const root = path.resolve('.bench');
const site = { content: path.join(root, 'content'), out: path.join(root, 'dist') };
// --warm-only: skip the cold runs and start from the cache the benchmark's own build left (.bench/astro-cache).
const cacheDir = path.join(root, args['warm-only'] ? 'astro-cache' : 'search-bench-cache');
const logs = path.join(root, 'logs');
const env = {
	...process.env,
	CONTENT_DIR: site.content,
	OUT_DIR: site.out,
	ASTRO_CACHE_DIR: cacheDir,
	SITE_NOW: BENCH_NOW,
};

const through = archiveThrough(new Date(BENCH_NOW), 'Asia/Shanghai');
// Recent notice pages (live bundle), as an hour's publishing touches them.
const recent = listFiles(site.out)
	.filter((f) => /(^|\/)outages\/[^/]+\/index\.html$/.test(f))
	.filter((f) => {
		const m = noticeMonth(readFileSync(path.join(site.out, f), 'utf8'));
		return m !== null && m > through;
	})
	.slice(0, changes);
const originals = new Map(recent.map((f) => [f, readFileSync(path.join(site.out, f), 'utf8')]));
/** Changes the text of the chosen pages (as a reschedule would), differently for each `round`. */
const touch = (round: number) => {
	for (const [f, html] of originals)
		writeFileSync(path.join(site.out, f), html.replace('</main>', `<p>更新 ${round}</p></main>`));
};

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const results: Record<string, Measured[]> = {};
async function measure(label: string, script: string, before: () => void) {
	for (let r = 1; r <= runs; r++) {
		before();
		const m = await runMeasured(
			process.execPath,
			[script, site.out],
			env,
			path.join(logs, `search-bench-${label.replace(/\W+/g, '-')}-${r}.log`),
		);
		if (m.code !== 0) throw new Error(`${label} failed: see ${logs}`);
		(results[label] ??= []).push(m);
		const log = readFileSync(path.join(logs, `search-bench-${label.replace(/\W+/g, '-')}-${r}.log`), 'utf8')
			.trim()
			.split('\n')
			.at(-1);
		console.log(
			`  ${label} ${r}/${runs}: ${sec(m.ms)}${m.cpuMs === undefined ? '' : `, cpu ${sec(m.cpuMs)}`}, peak ${formatBytes(m.peakRss)} — ${log}`,
		);
	}
}

console.log(
	`search step on ${site.out} (${recent.length} recent notice pages changed per warm run, archived through ${through})`,
);
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
	for (const [f, html] of originals) writeFileSync(path.join(site.out, f), html);
}
console.log('\nmedians:');
for (const [label, ms] of Object.entries(results)) {
	console.log(
		`  ${label.padEnd(28)} ${sec(median(ms.map((m) => m.ms))).padStart(8)}  peak ${formatBytes(median(ms.map((m) => m.peakRss))).padStart(9)}${ms.every((m) => m.cpuMs !== undefined) ? `  cpu ${sec(median(ms.map((m) => m.cpuMs as number)))}` : ''}`,
	);
}
