/**
 * `npm run test:mutation`: StrykerJS (stryker.config.mjs; arguments are passed on, e.g. `-- --mutate
 * src/lib/notify/events.ts`), then the check Stryker has no option for: every module at or above the break
 * threshold, not only the run as a whole. A full run (no `--mutate`, no `--ignoreStatic`) writes the scores into
 * docs/mutation-scores.md; in GitHub Actions they go into the job summary as well. StrykerJS is a package of its own, mutation/
 * (docs/install.md), installed here on first use; its vitest runner uses the project's own vitest. See docs/testing.md
 * "Mutation testing".
 * 变异测试：首次运行时安装 StrykerJS（mutation/）；每个模块的得分都不得低于阈值；完整运行时把各模块得分写入
 * docs/mutation-scores.md。
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import config, { notMutated } from '../stryker.config.mjs';
import {
	belowBreak,
	formatScore,
	moduleScores,
	scoresMarkdown,
	totalScore,
	type MutationReport,
} from './lib/mutation-scores.ts';
import { run } from './lib/run-steps.ts';
import { ownPackageRequire } from '../src/lib/build/own-packages.ts';

const SCORES_PAGE = 'docs/mutation-scores.md';
// The config sets both; its type (Stryker's options) has every field optional.
const reportFile = config.jsonReporter?.fileName as string;
const { break: breakAt, high } = config.thresholds as { break: number; high: number };

const args = process.argv.slice(2);
// A run of some modules, or one that skips the static mutants, says nothing of the whole: it leaves the page alone.
const partial = args.some((a) => a === '-m' || a.startsWith('--mutate') || a === '--ignoreStatic');
const stryker = ownPackageRequire(path.resolve('mutation'), { zh: '变异测试工具 StrykerJS', en: 'StrykerJS' });
const cli = path.join(path.dirname(stryker.resolve('@stryker-mutator/core/package.json')), 'bin/stryker.js');
const started = Date.now();
const code = await run(process.execPath, [cli, 'run', ...args]);

// A report older than this run is a previous run's: it says nothing about this one.
let fresh = false;
try {
	fresh = statSync(reportFile).mtimeMs >= started;
} catch {
	// No report at all.
}
if (!fresh) {
	console.error(`\n✖ Stryker wrote no report (${reportFile}) / 变异测试未生成报告`);
	process.exit(code || 1);
}

const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MutationReport;
const scores = moduleScores(report);
const low = belowBreak(scores, breakAt);
const markdown = await format(scoresMarkdown(scores, { breakAt, high, framework: report.framework, notMutated }), {
	...(await resolveConfig(SCORES_PAGE)),
	filepath: SCORES_PAGE,
});
if (!partial) {
	writeFileSync(SCORES_PAGE, markdown);
	console.log(`\nScores written to ${SCORES_PAGE} / 各模块得分已写入 ${SCORES_PAGE}`);
}
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);

console.log(`\nAll modules / 全部模块: ${formatScore(totalScore(scores).score)} (${scores.length})`);
if (low.length > 0) {
	console.error(`\n✖ Below the break of ${breakAt} % / 低于阈值 ${breakAt} %:`);
	for (const s of low)
		console.error(`  ${s.file}: ${formatScore(s.score)} (${s.survived} survived, ${s.noCoverage} no coverage)`);
}
process.exit(code || (low.length > 0 ? 1 : 0));
