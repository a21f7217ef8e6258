/**
 * `npm run bench:hour -- [--hours N]`: one more hour of publishing on the synthetic site `npm run bench -- --keep`
 * left in .bench/ (or BENCH_ROOT), built warm with the project's real build steps, each step timed. The clock of
 * the n-th hour is BENCH_NOW + N hours (default: one hour after the last build, read from .bench/hours). Prints
 * each step's wall and CPU time and what the search step re-indexed. For looking at the warm path on a quiet
 * machine without the benchmark's cold builds; `npm run bench` remains the reference.
 * 在保留的基准站点上再模拟一小时的发布并计时（需先运行 npm run bench -- --keep）。
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSteps } from '../lib/build-steps.ts';
import { hourOfPublishing, publishHour } from './lib/publish-hour.ts';
import { BENCH_NOW, benchEnv, benchSite } from './lib/synthetic-site.ts';
import { toZonedIso } from '../../src/lib/time.ts';

const site = benchSite();
const root = site.root;
if (!existsSync(site.out) || !existsSync(site.cache)) {
	console.error(
		`no kept benchmark site in ${root}: run npm run bench -- --keep first / 请先运行 npm run bench -- --keep`,
	);
	process.exit(2);
}
const hoursFile = path.join(root, 'hours');
const { values: args } = parseArgs({ options: { hours: { type: 'string' } } });
const hours = Number(args.hours ?? (existsSync(hoursFile) ? Number(readFileSync(hoursFile, 'utf8')) + 1 : 2));
const timeZone =
	(JSON.parse(readFileSync(path.join(site.content, 'site.json'), 'utf8')) as { timeZone?: string }).timeZone ??
	'Asia/Shanghai';
const at = toZonedIso(new Date(Date.parse(BENCH_NOW) + hours * 3_600_000), timeZone);

console.log(
	`hour ${hours} of publishing at ${at}; load average ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`,
);
const changed = publishHour(site.content, { ...hourOfPublishing, at, timeZone });
console.log(
	`  ${changed.added.length} new, ${changed.rescheduled.length} moved, ${changed.cancelled.length} cancelled, alert ${changed.alert ?? 'none'}`,
);
writeFileSync(hoursFile, String(hours));

const env = benchEnv(site, at);
let total = 0;
let totalCpu = 0;
for (const step of buildSteps(env)) {
	const started = performance.now();
	const timeFile = path.join(root, 'hour-step.time');
	const out = execFileSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, step.command, ...step.args], {
		env: step.env,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	const ms = performance.now() - started;
	const cpu = readFileSync(timeFile, 'utf8')
		.trim()
		.split(/\s+/)
		.map(Number)
		.reduce((a, b) => a + b, 0);
	total += ms;
	totalCpu += cpu;
	const detail = out
		.split('\n')
		.find((l) => /^search:|page\(s\) built|Link check passed/.test(l.replace(/^\S+ \[build\] /, '')));
	console.log(
		`  ${(ms / 1000).toFixed(1).padStart(6)} s  cpu ${cpu.toFixed(1).padStart(5)} s  ${step.title}${detail ? `\n            ${detail.trim()}` : ''}`,
	);
}
console.log(
	`  ${(total / 1000).toFixed(1).padStart(6)} s  cpu ${totalCpu.toFixed(1).padStart(5)} s  total (Pagefind's own process not in the CPU time)`,
);
