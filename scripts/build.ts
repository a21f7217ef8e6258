/**
 * `npm run build`: the site in segments (docs/publishing.md). Plans which notices are live and which closed
 * segment holds the others, builds each closed segment that is missing or stale, builds the live segment (warm: only
 * what changed is rendered again), then merges them into dist/ and checks links and search across them. Any
 * failing step fails the build, and nothing is merged until every segment is complete.
 *   npm run build                         as above
 *   npm run build -- --cold               every segment from nothing (same bytes as a warm build)
 *   npm run build -- --segment <name>     one segment only, not merged (`live`, or a closed one such as 2025)
 *   npm run build -- --merge              only the merge of segments already built (the deploy workflow's last job)
 *   npm run build -- --plan               print the plan (segments, keys, what is stale) as JSON, build nothing
 * Closed segments are built side by side, BUILD_JOBS at a time (default: one per core, memory allowing).
 * 构建网站：先规划实时分段与已关闭分段，构建缺失或过期的已关闭分段与实时分段（增量），再合并到 dist/ 并检查。
 * 加 `--cold` 则全部从头构建（结果逐字节相同）。
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCacheDir, buildJobs, buildSteps, runBuild } from './lib/build-steps.ts';
import { prepareSegments } from './lib/segments.ts';

let args: { cold?: boolean; segment?: string; merge?: boolean; plan?: boolean };
try {
	args = parseArgs({
		options: {
			cold: { type: 'boolean' },
			segment: { type: 'string' },
			merge: { type: 'boolean' },
			plan: { type: 'boolean' },
		},
	}).values;
} catch (e) {
	console.error(
		`${(e as Error).message}\nOptions: --cold, --segment <name>, --merge, --plan / 可用选项：--cold、--segment <名称>、--merge、--plan`,
	);
	process.exit(2);
}
if (args.plan) {
	// For the deploy workflow's matrix: which closed segments there are, each with the key its cache is saved under.
	const { plan, stale } = prepareSegments(process.env, { dryRun: true });
	// `archive`: the key of every closed segment together, for a cache of them all.
	const archive = createHash('sha256')
		.update(JSON.stringify(plan.closed.map((s) => [s.name, s.key])))
		.digest('hex')
		.slice(0, 32);
	console.log(JSON.stringify({ ...plan, stale, archive }));
	process.exit(0);
}
if (args.cold) {
	const dir = buildCacheDir(process.env);
	// Without the cache, every segment is built from nothing and the merge assembles dist/ whole.
	console.log(`Cold build: removing the build cache ${dir} / 冷构建：清空构建缓存 ${dir}`);
	rmSync(dir, { recursive: true, force: true });
}
let steps;
let jobs;
try {
	jobs = buildJobs(process.env);
	steps = buildSteps(process.env, { cold: args.cold, segment: args.segment, mergeOnly: args.merge, jobs });
} catch (e) {
	console.error((e as Error).message);
	process.exit(2);
}
process.exitCode = await runBuild(steps, jobs);
