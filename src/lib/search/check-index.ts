/**
 * After Pagefind has run: is the index there, in every language of the site, with pages in it, and with the
 * files the search page loads? Pagefind itself exits 0 when it indexes nothing (e.g. a layout lost its
 * data-pagefind-body), which would ship a search that finds nothing; this check turns that into a failed build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The files the search page loads from /pagefind/ (src/components/search/search-ui.ts). */
export const requiredBundleFiles = ['pagefind.js', 'pagefind-entry.json'];

/** Problems with the search index in `dir` (the built site), in English and Chinese; empty when it is fine. */
export function searchIndexProblems(dir: string, languages: readonly string[]): string[] {
	const bundle = path.join(dir, 'pagefind');
	const problems = requiredBundleFiles.filter((f) => !existsSync(path.join(bundle, f))).map((f) => `missing /pagefind/${f} / 缺少搜索文件 /pagefind/${f}`);
	if (!existsSync(path.join(bundle, 'pagefind-entry.json'))) return problems;
	let entry: { languages?: Record<string, { page_count?: number }> };
	try {
		entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
	} catch (e) {
		return [...problems, `pagefind-entry.json is not JSON: ${(e as Error).message} / 搜索索引入口文件损坏`];
	}
	for (const lang of languages) {
		const count = entry.languages?.[lang]?.page_count ?? 0;
		if (count === 0) problems.push(`the search index has no pages in language "${lang}" / 搜索索引中没有语言 "${lang}" 的页面`);
	}
	return problems;
}
