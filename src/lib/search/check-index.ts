/**
 * After the search step: is the index there, in every language of the site, with pages in it, and with the
 * files the search page loads? Pagefind itself exits 0 when it indexes nothing (e.g. a layout lost its
 * data-pagefind-body), which would ship a search that finds nothing; this check turns that into a failed build.
 * It checks the live bundle (/pagefind/) and every archive and open-month bundle the manifest lists
 * (src/lib/search/index-site.ts): each must be there, whole, and hold the pages the manifest says; a bundle folder
 * the manifest does not list is a problem too (the search page would never search it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { searchArchiveSchema, type SearchArchive } from '../../schemas/search-archive.ts';

/** The files the search page loads from /pagefind/ (src/components/search/search-ui.ts). */
export const requiredBundleFiles = ['pagefind.js', 'pagefind-entry.json'];
/** The archive bundles' list, under the site root. */
export const archiveManifest = 'pagefind/archive/manifest.json';

type Entry = { languages?: Record<string, { hash?: string; page_count?: number }> };

/** Reads a bundle's pagefind-entry.json, or says why it cannot. */
function readEntry(dir: string, where: string): Entry | string {
	const file = path.join(dir, 'pagefind-entry.json');
	if (!existsSync(file)) return `missing ${where}pagefind-entry.json / 缺少搜索文件 ${where}pagefind-entry.json`;
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Entry;
	} catch (e) {
		return `${where}pagefind-entry.json is not JSON: ${(e as Error).message} / 搜索索引入口文件损坏`;
	}
}

/** Each language's meta file (the index's root) must exist; Pagefind names it after the language's hash. */
function missingMeta(dir: string, where: string, entry: Entry): string[] {
	return Object.values(entry.languages ?? {})
		.filter((l) => l.hash && !existsSync(path.join(dir, `pagefind.${l.hash}.pf_meta`)))
		.map((l) => `missing ${where}pagefind.${l.hash}.pf_meta / 缺少搜索索引文件 ${where}pagefind.${l.hash}.pf_meta`);
}

/** Problems with the search index in `dir` (the built site), in English and Chinese; empty when it is fine. */
export function searchIndexProblems(dir: string, languages: readonly string[]): string[] {
	const bundle = path.join(dir, 'pagefind');
	const problems = requiredBundleFiles
		.filter((f) => !existsSync(path.join(bundle, f)))
		.map((f) => `missing /pagefind/${f} / 缺少搜索文件 /pagefind/${f}`);
	if (!existsSync(path.join(bundle, 'pagefind-entry.json'))) return problems;
	const entry = readEntry(bundle, '/pagefind/');
	if (typeof entry === 'string') return [...problems, entry];
	problems.push(...missingMeta(bundle, '/pagefind/', entry));
	for (const lang of languages) {
		const count = entry.languages?.[lang]?.page_count ?? 0;
		if (count === 0)
			problems.push(`the search index has no pages in language "${lang}" / 搜索索引中没有语言 "${lang}" 的页面`);
	}
	return [...problems, ...archiveProblems(dir)];
}

/** Problems with the merged bundles (archive and open months): the manifest, and each bundle against it. */
function archiveProblems(dir: string): string[] {
	const file = path.join(dir, archiveManifest);
	if (!existsSync(file)) return [`missing /${archiveManifest} / 缺少搜索归档清单 /${archiveManifest}`];
	let manifest: SearchArchive;
	try {
		const parsed = searchArchiveSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		if (!parsed.success)
			return [
				`/${archiveManifest} is not a valid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} / 搜索归档清单格式错误`,
			];
		manifest = parsed.data;
	} catch (e) {
		return [`/${archiveManifest} is not JSON: ${(e as Error).message} / 搜索归档清单损坏`];
	}
	const problems: string[] = [];
	// Every bundle folder must be listed: the search page only ever merges what the manifest names.
	for (const [folder, listed] of [
		['archive', manifest.bundles],
		['open', manifest.open],
	] as const) {
		const ids = new Set(listed.map((b) => b.id));
		const parent = path.join(dir, 'pagefind', folder);
		if (!existsSync(parent)) continue;
		for (const name of readdirSync(parent, { withFileTypes: true })) {
			if (name.isDirectory() && !ids.has(name.name))
				problems.push(
					`/pagefind/${folder}/${name.name}/ is not in the manifest, so no search reaches it / 搜索分包 ${folder}/${name.name} 未列入清单，搜索不到`,
				);
		}
	}
	for (const b of [...manifest.bundles, ...manifest.open]) {
		const where = b.path;
		const bundleDir = path.join(dir, ...where.split('/').filter(Boolean));
		const entry = readEntry(bundleDir, where);
		if (typeof entry === 'string') {
			problems.push(entry);
			continue;
		}
		problems.push(...missingMeta(bundleDir, where, entry));
		const counts = Object.fromEntries(Object.entries(entry.languages ?? {}).map(([l, v]) => [l, v.page_count ?? 0]));
		for (const lang of new Set([...Object.keys(counts), ...Object.keys(b.pages)])) {
			if ((counts[lang] ?? 0) !== (b.pages[lang] ?? 0)) {
				problems.push(
					`${where} holds ${counts[lang] ?? 0} pages in "${lang}", the manifest says ${b.pages[lang] ?? 0} / 搜索分包 ${b.id} 的 "${lang}" 页数（${counts[lang] ?? 0}）与清单（${b.pages[lang] ?? 0}）不符`,
				);
			}
		}
		if (Object.values(counts).every((n) => n === 0)) problems.push(`${where} has no pages / 搜索分包 ${b.id} 没有页面`);
	}
	return problems;
}
