/**
 * `npm run bench:hour [-- --site rate|density|<folder> --change hour|none|alert --runs N --hours N --no-record]`: one
 * more hour of publishing on a synthetic site `npm run bench -- --keep` kept (.bench/rate/ by default, else
 * .bench/density/; BENCH_ROOT, BENCH_SITE: scripts/bench/lib/kept-site.ts), built warm in segments with the project's
 * real build steps, each step measured. The clock of the n-th hour is BENCH_NOW + n hours (default: one hour after the
 * last this command published, the scale benchmark's own being hour 1). `--change none` builds again with nothing
 * changed and `--change alert` with an urgent alert alone, both at the last build's clock (the scale benchmark's
 * other two warm scenarios); `--runs N` repeats and gives the median. Prints each step's wall and CPU time and peak
 * memory, what Astro rendered and what the search step re-indexed, and writes them to
 * docs/benchmarks/<date>-<hour|unchanged|alert>-<site>-<notices>.md (not with --no-record). For looking at the warm
 * path on a quiet machine without the cold builds; `npm run bench` remains the reference.
 * 在保留的基准站点上再模拟一小时的发布并计时（需先运行 npm run bench -- --keep）。
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, median } from './lib/files.ts';
import { findKeptSite, hoursFile, siteNotices } from './lib/kept-site.ts';
import { hourOfPublishing, publishHour } from './lib/publish-hour.ts';
import { fileNamePart, startResults } from './lib/results-file.ts';
import { isClosed, measureSegmentedBuild, type SegmentedRun } from './lib/segmented-build.ts';
import { BENCH_NOW, benchEnv } from './lib/synthetic-site.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const { values: args } = parseArgs({
	options: {
		site: { type: 'string' },
		hours: { type: 'string' },
		change: { type: 'string', default: 'hour' },
		runs: { type: 'string', default: '1' },
		'no-record': { type: 'boolean', default: false },
	},
});
const usage =
	'usage: npm run bench:hour -- [--site rate|density|<folder>] [--change hour|none|alert] [--runs N] [--hours N] [--no-record]';
let kept;
try {
	kept = findKeptSite(args.site);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(2);
}
const { site } = kept;
/**
 * What each run publishes: an hour's publishing at the next hour's clock; or nothing, or an urgent alert alone, at
 * the clock of the last build (the scale benchmark's "no change" and "an alert alone", repeated for a median).
 */
const changes = ['hour', 'none', 'alert'] as const;
type Change = (typeof changes)[number];
const kind = args.change as Change;
const runs = Number(args.runs);
const lastHour = existsSync(hoursFile(site)) ? Number(readFileSync(hoursFile(site), 'utf8')) : 1;
const firstHour = Number(args.hours ?? (kind === 'hour' ? lastHour + 1 : lastHour));
if (!changes.includes(kind) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(firstHour) || firstHour < 1) {
	console.error(usage);
	process.exit(2);
}
const results = startResults(kind === 'hour' ? 'hour' : kind === 'none' ? 'unchanged' : 'alert', {
	record: !args['no-record'],
});
const timeZone =
	(JSON.parse(readFileSync(path.join(site.content, 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
	'Asia/Shanghai';
const notices = siteNotices(kept);
const siteName = `${kept.name}: ${notices} notices${kept.note ? ` over ${kept.note.areas} areas` : ''}`;
const what = { hour: 'an hour of publishing', none: 'no change', alert: 'an alert alone' }[kind];

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpu = (ms?: number) => (ms === undefined ? '?' : sec(ms));
const logs = path.join(site.root, 'logs');
mkdirSync(logs, { recursive: true });
const done: Array<{ hours: number; at: string; change: string; run: SegmentedRun; summary: string }> = [];
for (let r = 0; r < runs; r++) {
	const hours = kind === 'hour' ? firstHour + r : firstHour;
	const at = toZonedIso(new Date(Date.parse(BENCH_NOW) + hours * 3_600_000), timeZone);
	console.log(
		`${what}, run ${r + 1}/${runs}, at ${at} (hour ${hours}) on ${path.relative(process.cwd(), site.root)} (${siteName}); load average ${os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`,
	);
	let change = 'nothing published';
	if (kind !== 'none') {
		const changed = publishHour(
			site.content,
			kind === 'hour'
				? { ...hourOfPublishing, at, timeZone }
				: { add: 0, reschedule: 0, cancel: 0, alert: true, at, timeZone },
		);
		change = `${changed.added.length} new, ${changed.rescheduled.length} moved, ${changed.cancelled.length} cancelled, alert ${changed.alert ?? 'none'}`;
	}
	console.log(`  ${change}`);
	if (kind === 'hour') writeFileSync(hoursFile(site), String(hours));
	const run = await measureSegmentedBuild(`${kind}${hours}-${r + 1}`, benchEnv(site, at), logs);
	console.log(`  ${sec(run.plan.ms).padStart(8)}  cpu ${sec(run.plan.cpuMs).padStart(8)}  plan`);
	for (const s of run.steps)
		console.log(
			`  ${sec(s.ms).padStart(8)}  cpu ${cpu(s.cpuMs).padStart(8)}  peak ${formatBytes(s.peakRss).padStart(9)}  ${s.title}`,
		);
	const rebuilt = run.segments.filter(isClosed).map((s) => s.segment);
	const summary = `${run.rendered} files rendered (${run.reused} reused), ${run.reindexed} pages re-indexed; closed segments built again: ${rebuilt.length ? rebuilt.join(', ') : 'none'}`;
	console.log(
		`  ${sec(run.ms).padStart(8)}  cpu ${cpu(run.cpuMs).padStart(8)}  peak ${formatBytes(run.peakRss).padStart(9)}  total`,
	);
	console.log(`  ${summary}`);
	done.push({ hours, at, change, run, summary });
}
const mid = median(done.map((d) => d.run.ms));
if (runs > 1) console.log(`median of ${runs}: ${sec(mid)} (${done.map((d) => sec(d.run.ms)).join(', ')})`);

await results.write({
	title: `${what[0].toUpperCase()}${what.slice(1)} on a kept site (${siteName})${runs > 1 ? `, ${runs} runs` : ''}`,
	size: fileNamePart(`${kept.name}-${notices}`),
	blocks: [
		...(runs > 1
			? [
					`Median of ${runs} runs: **${sec(mid)}** (${done.map((d) => sec(d.run.ms)).join(', ')}); each run's steps below.`,
				]
			: []),
		...done.flatMap(({ hours, at, change, run, summary }, i) => [
			`${runs > 1 ? `Run ${i + 1}: h` : 'H'}our ${hours}, the clock at ${at} (BENCH_NOW ${BENCH_NOW} + ${hours} h): ${change}. Built warm in segments on ${path.relative(process.cwd(), site.root)}/, as \`npm run build\` would; ${summary}.`,
			{
				columns: ['step', 'wall', 'CPU', 'peak memory'],
				rows: [
					['plan (in this process)', sec(run.plan.ms), sec(run.plan.cpuMs), ''],
					...run.steps.map((s) => [s.title, sec(s.ms), cpu(s.cpuMs), formatBytes(s.peakRss)]),
					['total', sec(run.ms), cpu(run.cpuMs), formatBytes(run.peakRss)],
				],
			},
		]),
	],
});
