/**
 * `npm run bench:hour [-- --site rate|density|<folder> --hours N --no-record]`: one more hour of publishing on a
 * synthetic site `npm run bench -- --keep` kept (.bench/rate/ by default, else .bench/density/; BENCH_ROOT, BENCH_SITE:
 * scripts/bench/lib/kept-site.ts), built warm in segments with the project's real build steps, each step measured.
 * The clock of the n-th hour is BENCH_NOW + n hours (default: one hour after the last this command published, the
 * scale benchmark's own being hour 1). Prints each step's wall and CPU time and peak memory, what Astro rendered and
 * what the search step re-indexed, and writes them to docs/benchmarks/<date>-hour-<site>-<notices>.md (not with
 * --no-record). For looking at the warm path on a quiet machine without the cold builds; `npm run bench` remains
 * the reference.
 * 在保留的基准站点上再模拟一小时的发布并计时（需先运行 npm run bench -- --keep）。
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes } from './lib/files.ts';
import { findKeptSite, hoursFile, siteNotices } from './lib/kept-site.ts';
import { hourOfPublishing, publishHour } from './lib/publish-hour.ts';
import { fileNamePart, startResults } from './lib/results-file.ts';
import { isClosed, measureSegmentedBuild } from './lib/segmented-build.ts';
import { BENCH_NOW, benchEnv } from './lib/synthetic-site.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const { values: args } = parseArgs({
	options: {
		site: { type: 'string' },
		hours: { type: 'string' },
		'no-record': { type: 'boolean', default: false },
	},
});
let kept;
try {
	kept = findKeptSite(args.site);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(2);
}
const { site } = kept;
const hours = Number(
	args.hours ?? (existsSync(hoursFile(site)) ? Number(readFileSync(hoursFile(site), 'utf8')) + 1 : 2),
);
if (!Number.isInteger(hours) || hours < 1) {
	console.error('usage: npm run bench:hour -- [--site rate|density|<folder>] [--hours N] [--no-record]');
	process.exit(2);
}
const results = startResults('hour', { record: !args['no-record'] });
const timeZone =
	(JSON.parse(readFileSync(path.join(site.content, 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
	'Asia/Shanghai';
const at = toZonedIso(new Date(Date.parse(BENCH_NOW) + hours * 3_600_000), timeZone);
const notices = siteNotices(kept);
const siteName = `${kept.name}: ${notices} notices${kept.note ? ` over ${kept.note.areas} areas` : ''}`;

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cpu = (ms?: number) => (ms === undefined ? '?' : sec(ms));
console.log(
	`hour ${hours} of publishing at ${at} on ${path.relative(process.cwd(), site.root)} (${siteName}); load average ${results.loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
const changed = publishHour(site.content, { ...hourOfPublishing, at, timeZone });
const change = `${changed.added.length} new, ${changed.rescheduled.length} moved, ${changed.cancelled.length} cancelled, alert ${changed.alert ?? 'none'}`;
console.log(`  ${change}`);
writeFileSync(hoursFile(site), String(hours));

const logs = path.join(site.root, 'logs');
mkdirSync(logs, { recursive: true });
const run = await measureSegmentedBuild(`hour${hours}`, benchEnv(site, at), logs);
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

await results.write({
	title: `One more hour of publishing on a kept site (${siteName})`,
	size: fileNamePart(`${kept.name}-${notices}`),
	blocks: [
		`Hour ${hours}, the clock at ${at} (BENCH_NOW ${BENCH_NOW} + ${hours} h): ${change}. Built warm in segments on ${path.relative(process.cwd(), site.root)}/, as \`npm run build\` would; ${summary}.`,
		{
			columns: ['step', 'wall', 'CPU', 'peak memory'],
			rows: [
				['plan (in this process)', sec(run.plan.ms), sec(run.plan.cpuMs), ''],
				...run.steps.map((s) => [s.title, sec(s.ms), cpu(s.cpuMs), formatBytes(s.peakRss)]),
				['total', sec(run.ms), cpu(run.cpuMs), formatBytes(run.peakRss)],
			],
		},
	],
});
