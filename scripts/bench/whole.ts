/**
 * `npm run bench:whole [-- --site rate|density|<folder> --runs N --no-record]`: the whole site of a kept synthetic
 * site (`npm run bench -- --keep`) built cold in one `astro build`, every notice in it, no segments, then its search
 * index and link check (scripts/lib/build-steps.ts `wholeSiteSteps`): the build before segments, measured on the
 * same day, code and machine as the segmented build it is compared with (the scale benchmark's "cold, one machine").
 * Builds into <site>/whole/ with an empty cache each run; the kept site itself is not touched. The clock is the kept
 * site's: BENCH_NOW plus the hours `bench:hour` has published. Writes docs/benchmarks/<date>-whole-<site>-<notices>.md
 * (not with --no-record).
 * 在保留的基准站点上，不分段、一次 astro build 冷构建整个网站并计时（与分段冷构建在同一天、同一代码下比较）。
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { wholeSiteSteps } from '../lib/build-steps.ts';
import { formatBytes, median } from './lib/files.ts';
import { findKeptSite, hoursFile, siteNotices } from './lib/kept-site.ts';
import { measuredBuild, type MeasuredBuild } from './lib/measured-build.ts';
import { fileNamePart, startResults } from './lib/results-file.ts';
import { BENCH_NOW, benchEnv } from './lib/synthetic-site.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const { values: args } = parseArgs({
	options: {
		site: { type: 'string' },
		runs: { type: 'string', default: '1' },
		'no-record': { type: 'boolean', default: false },
	},
});
const runs = Number(args.runs);
let kept;
try {
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
	kept = findKeptSite(args.site);
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	console.error('usage: npm run bench:whole -- [--site rate|density|<folder>] [--runs N] [--no-record]');
	process.exit(2);
}
const { site } = kept;
const results = startResults('whole', { record: !args['no-record'] });
const timeZone =
	(JSON.parse(readFileSync(path.join(site.content, 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
	'Asia/Shanghai';
// The scale benchmark's own hour is hour 1; bench:hour counts on from there.
const hours = existsSync(hoursFile(site)) ? Number(readFileSync(hoursFile(site), 'utf8')) : 1;
const at = toZonedIso(new Date(Date.parse(BENCH_NOW) + hours * 3_600_000), timeZone);
const notices = siteNotices(kept);
const siteName = `${kept.name}: ${notices} notices${kept.note ? ` over ${kept.note.areas} areas` : ''}`;
const sec = (ms?: number) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);

const whole = path.join(site.root, 'whole');
const logs = path.join(site.root, 'logs', 'whole');
mkdirSync(logs, { recursive: true });
console.log(
	`whole-site cold build of ${path.relative(process.cwd(), site.root)} (${siteName}) at ${at}; load average ${results.loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
const builds: MeasuredBuild[] = [];
for (let i = 1; i <= runs; i++) {
	rmSync(whole, { recursive: true, force: true });
	const env = benchEnv({ ...site, out: path.join(whole, 'dist'), cache: path.join(whole, 'cache') }, at);
	const b = await measuredBuild(`run${i}`, wholeSiteSteps(env), logs);
	builds.push(b);
	for (const s of b.steps)
		console.log(
			`  ${sec(s.ms).padStart(8)}  cpu ${sec(s.cpuMs).padStart(8)}  peak ${formatBytes(s.peakRss).padStart(9)}  ${s.title}`,
		);
	console.log(`  ${sec(b.ms).padStart(8)}  cpu ${sec(b.cpuMs).padStart(8)}  run ${i}`);
}
rmSync(whole, { recursive: true, force: true });
const wall = median(builds.map((b) => b.ms));
console.log(`median of ${runs}: ${sec(wall)}`);

await results.write({
	title: `The whole site in one cold build, no segments (${siteName})`,
	size: fileNamePart(`${kept.name}-${notices}`),
	blocks: [
		`The kept site's content at ${at}, built cold in one \`astro build\` of every notice, then indexed for search and link-checked (\`wholeSiteSteps\`, the build before segments); ${runs} run(s), median ${sec(wall)}.`,
		{
			columns: ['run', 'step', 'wall', 'CPU', 'peak memory'],
			rows: builds.flatMap((b, i) => [
				...b.steps.map((s) => [String(i + 1), s.title, sec(s.ms), sec(s.cpuMs), formatBytes(s.peakRss)]),
				[String(i + 1), 'total', sec(b.ms), sec(b.cpuMs), formatBytes(b.peakRss)],
			]),
		},
	],
});
