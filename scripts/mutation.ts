/**
 * `npm run test:mutation`: StrykerJS (stryker.config.mjs; arguments are passed on, e.g. `-- --mutate
 * src/lib/notify/events.ts`), then the check Stryker has no option for: every module at or above the break
 * threshold, not only the run as a whole. A full run (no `--mutate`) writes the scores into docs/mutation-scores.md;
 * in GitHub Actions they go into the job summary as well. See docs/testing.md "Mutation testing".
 * 变异测试：每个模块的得分都不得低于阈值；完整运行时把各模块得分写入 docs/mutation-scores.md。
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import config, { notMutated } from '../stryker.config.mjs';
import { bin } from './lib/build-steps.ts';
import {
	belowBreak,
	formatScore,
	moduleScores,
	scoresMarkdown,
	totalScore,
	type MutationReport,
} from './lib/mutation-scores.ts';
import { run } from './lib/run-steps.ts';

const SCORES_PAGE = 'docs/mutation-scores.md';
const reportFile: string = config.jsonReporter.fileName;
const { break: breakAt, high } = config.thresholds;

const args = process.argv.slice(2);
const partial = args.some((a) => a === '-m' || a.startsWith('--mutate'));
const started = Date.now();
const code = await run(process.execPath, [bin('stryker'), 'run', ...args]);

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
