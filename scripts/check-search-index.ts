/**
 * Checks the Pagefind index of the built site: every language of the site indexed with pages in it, and the
 * files the search page loads present. Run by `npm run build` right after Pagefind.
 *   node scripts/check-search-index.ts [dist-dir]     (default: OUT_DIR or dist)
 * 检查搜索索引：每种语言都有已索引的页面，搜索页所需文件齐全。
 */
import path from 'node:path';
import { searchIndexProblems } from '../src/lib/search/check-index.ts';

const dir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
// Pagefind names languages by <html lang>, lower-cased: zh-CN → zh-cn.
const problems = searchIndexProblems(dir, ['zh-cn', 'en']);
if (problems.length > 0) {
	for (const p of problems) console.error(`error 错误: ${p}`);
	console.error('\nSearch index check failed / 搜索索引检查未通过');
	process.exit(1);
}
console.log('Search index check passed / 搜索索引检查通过');
