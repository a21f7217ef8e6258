/**
 * The merge of a segmented build (src/lib/build/segments/merge.ts): every segment of the plan, each complete,
 * into one site, then the check of its search index. The last step of `npm run build`; the deploy workflow runs
 * it (through `npm run build -- --merge`) after the segments' jobs.
 *   node scripts/merge-segments.ts [dist-dir]     (default: OUT_DIR or dist)
 * 合并各分段为一个网站（链接已关闭分段的文件、复制实时分段有变化的文件），并检查跨分段链接与搜索索引。
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planFile, segmentsRoot } from '../src/lib/build/segments/layout.ts';
import { MergeError, mergeSegments } from '../src/lib/build/segments/merge.ts';
import type { StoredPlan } from '../src/lib/build/segments/stored-plan.ts';
import { searchIndexProblems } from '../src/lib/search/check-index.ts';
import { buildCacheDir } from './lib/segments.ts';

const outDir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const root = process.env.BUILD_SEGMENTS_DIR ?? segmentsRoot(buildCacheDir(process.env));
const plan = JSON.parse(readFileSync(planFile(root), 'utf8')) as StoredPlan;
const started = performance.now();
try {
	const s = mergeSegments(root, outDir, plan);
	const how = s.full ? 'assembled whole' : 'updated';
	console.log(
		`Merged ${plan.closed.length + 1} segments into ${path.relative(process.cwd(), outDir) || '.'} (${how}): ${s.files} files, ${s.linked} linked, ${s.copied} copied, ${s.removed} removed; ${s.across} references between segments checked; ${((performance.now() - started) / 1000).toFixed(1)} s / 已合并 ${plan.closed.length + 1} 个分段`,
	);
} catch (e) {
	if (!(e instanceof MergeError)) throw e;
	for (const p of e.problems.slice(0, 200)) console.error(p);
	if (e.problems.length > 200)
		console.error(`… and ${e.problems.length - 200} more / 另有 ${e.problems.length - 200} 处`);
	console.error('\nMerge refused: nothing was merged / 合并未进行');
	process.exit(1);
}
// Pagefind names languages by <html lang>, lower-cased: zh-CN → zh-cn.
const problems = searchIndexProblems(outDir, ['zh-cn', 'en']);
if (problems.length > 0) {
	for (const p of problems) console.error(`error 错误: ${p}`);
	console.error('\nSearch index check failed / 搜索索引检查未通过');
	process.exit(1);
}
console.log('Search index check passed / 搜索索引检查通过');
