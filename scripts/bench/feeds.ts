/**
 * Benchmark of the feed generators alone (no Astro): a synthetic site of --notices notices over --areas areas
 * (default 10,000 over 2,000), every feed file the build writes, both languages. Prints the median of --runs runs
 * (default 3) of: making the feed set, each kind of feed, the total, and the output sizes. Each run is a fresh
 * process (the generators memoise per build, as a real build does once), so every run is a cold build. Writes
 * the figures to docs/benchmarks/<date>-feeds-<notices>.md (not with --no-record).
 *
 *   npm run bench:feeds [-- --notices 10000 --areas 2000 --runs 3 --no-record]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { flattenAreaTree } from '../../src/lib/areas/tree.ts';
import { createFeedSet, feedContext } from '../../src/lib/feeds/feed-set.ts';
import { locales } from '../../src/i18n/index.ts';
import { areaTreeSchema } from '../../src/schemas/area.ts';
import { noticeFileSchema } from '../../src/schemas/notice.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { startResults } from './lib/results-file.ts';
import { BENCH_TEMPLATE, syntheticContentFiles } from './lib/synthetic-site.ts';

const { values } = parseArgs({
	options: {
		notices: { type: 'string', default: '10000' },
		areas: { type: 'string', default: '2000' },
		runs: { type: 'string', default: '3' },
		child: { type: 'boolean', default: false },
		'no-record': { type: 'boolean', default: false },
	},
});

if (!values.child) {
	if (![values.notices, values.areas, values.runs].every((v) => Number.isInteger(Number(v)) && Number(v) > 0)) {
		console.error('usage: npm run bench:feeds -- [--notices 10000] [--areas 2000] [--runs 3] [--no-record]');
		process.exit(2);
	}
	const results = startResults('feeds', { record: !values['no-record'] });
	const runs = Array.from({ length: Number(values.runs) }, () =>
		JSON.parse(
			execFileSync(
				process.execPath,
				[process.argv[1], '--child', '--notices', values.notices, '--areas', values.areas],
				{ encoding: 'utf8', maxBuffer: 1 << 24 },
			),
		),
	);
	const what = `Feeds of ${runs[0].notices} notices over ${runs[0].areas} areas, 2 languages; ${runs.length} cold runs, each a fresh process`;
	console.log(what);
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const timings: string[][] = [];
	for (const name of Object.keys(runs[0].timings)) {
		const xs = runs.map((r) => r.timings[name] as number);
		timings.push([name, `${median(xs).toFixed(0)} ms`, xs.map((x) => x.toFixed(0)).join(', ')]);
		console.log(
			`${name.padEnd(20)} median ${median(xs).toFixed(0).padStart(6)} ms  (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`,
		);
	}
	const sizes: string[][] = [];
	for (const [name, sz] of Object.entries(runs[0].sizes as Record<string, { files: number; bytes: number }>)) {
		sizes.push([
			name,
			String(sz.files),
			`${(sz.bytes / 1e6).toFixed(1)} MB`,
			`${(sz.bytes / sz.files / 1e3).toFixed(1)} kB`,
		]);
		console.log(
			`${name.padEnd(20)} ${String(sz.files).padStart(6)} files ${(sz.bytes / 1e6).toFixed(1).padStart(7)} MB  (average ${(sz.bytes / sz.files / 1e3).toFixed(1)} kB)`,
		);
	}
	await results.write({
		title: `Feed generators: ${runs[0].notices} notices over ${runs[0].areas} areas`,
		size: String(values.notices),
		blocks: [
			`${what} (no Astro): every feed file the build writes.`,
			{ columns: ['step', 'median', 'runs (ms)'], rows: timings },
			'Output (first run):',
			{ columns: ['feeds', 'files', 'bytes', 'average'], rows: sizes },
		],
	});
	process.exit(0);
}
const site = siteSchema.parse(JSON.parse(readFileSync(path.join(BENCH_TEMPLATE, 'site.json'), 'utf8')));
const committedAreas = areaTreeSchema.parse(JSON.parse(readFileSync(path.join(BENCH_TEMPLATE, 'areas.json'), 'utf8')));
const files = syntheticContentFiles(
	{ notices: Number(values.notices), areas: Number(values.areas) },
	{ timeZone: site.timeZone, leadTimeHours: site.leadTimeHours, areas: committedAreas },
);
const { areas } = flattenAreaTree(areaTreeSchema.parse(JSON.parse(files.areasJson)));
const notices = noticeFileSchema.parse(JSON.parse(files.noticesJson));

const timings: Record<string, number[]> = {};
const sizes: Record<string, { files: number; bytes: number }> = {};
const time = <T>(name: string, f: () => T): T => {
	const t0 = performance.now();
	const out = f();
	(timings[name] ??= []).push(performance.now() - t0);
	return out;
};
for (let run = 0; run < 1; run++) {
	const count = (name: string, text: string) => {
		if (run > 0) return;
		const s = (sizes[name] ??= { files: 0, bytes: 0 });
		s.files++;
		s.bytes += Buffer.byteLength(text);
	};
	const t0 = performance.now();
	const set = time('feed set (index)', () => createFeedSet(notices, feedContext(site, areas)));
	time('notice .ics', () => {
		for (const l of locales) for (const n of notices) count('notice .ics', set.noticeIcs(n.id, l));
	});
	time('area .ics', () => {
		for (const l of locales) for (const id of areas.keys()) count('area .ics', set.areaIcs(id, l));
	});
	time('area .xml', () => {
		for (const l of locales) for (const id of areas.keys()) count('area .xml', set.areaAtom(id, l));
	});
	time('all .ics + .xml', () => {
		for (const l of locales) {
			count('all .ics', set.allIcs(l));
			count('all .xml', set.allAtom(l));
		}
	});
	time('api json + schema', () => {
		count('api json', set.apiJson(new Date('2026-12-01T02:00:00Z'), site.hotline));
		count('api schema', set.apiSchemaJson());
	});
	(timings.total ??= []).push(performance.now() - t0);
}
console.log(
	JSON.stringify({
		notices: notices.length,
		areas: areas.size,
		timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, v[0]])),
		sizes,
	}),
);
