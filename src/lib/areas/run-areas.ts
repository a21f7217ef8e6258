import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { areaTreeSchema, type AreaNodeInput } from '../../schemas/area.ts';
import { bilingualErrorMap, issueText } from '../../schemas/errors.ts';
import { flattenAreaTree } from './tree.ts';
import { contentFiles } from '../content/validate.ts';
import { codeListDir, loadCounty } from './code-files.ts';
import { CodeListError, countyLookupMessage } from './division-codes.ts';
import { mergeOfficialTree, serializeAreaTree } from './merge-official.ts';
import { officialCounty } from './official-tree.ts';

export interface AreasOptions {
	/** The county: its name as the code list writes it (剑阁县), or its 6-digit code. */
	county: string;
	/** Write a fresh tree of the county alone to this file instead of merging into content/areas.json. */
	out?: string;
	/** The folder with the code lists (provinces.csv … villages.csv); default: the npm package, installed on demand. */
	dataDir?: string;
	/** Where the package is installed on demand. */
	cacheDir: string;
	/** The content folder whose areas.json is merged into. */
	contentDir: string;
	/** File names in messages are relative to it. */
	projectRoot?: string;
	print: (line: string) => void;
}

/**
 * `npm run areas`: builds a county's area tree from the official division codes, and merges it into
 * content/areas.json (or, with `out`, writes it alone to a file). Refuses, writing nothing, when the county is
 * unknown or ambiguous, or when the result would not pass `npm run check`. Returns the exit code.
 */
export function runAreas(o: AreasOptions): 0 | 1 {
	const root = o.projectRoot ?? process.cwd();
	const show = (file: string) => path.relative(root, file).split(path.sep).join('/') || file;
	const refuse = (en: string, zh: string, more: string[] = []): 1 => {
		o.print(`错误 error — ${zh} / ${en}`);
		more.forEach((l) => o.print(`  ${l}`));
		o.print('未写入任何文件。Nothing was written.');
		return 1;
	};
	if (o.out && path.resolve(o.out) === path.resolve(o.contentDir, contentFiles.areas)) {
		// A fresh tree written over the site's own would drop every area notices name: merging is what keeps them.
		return refuse(
			`--out ${o.out} is the site's own area tree, which a fresh tree would replace, dropping the areas notices name: leave out --out to merge into it`,
			`--out ${o.out} 就是网站自己的区域表，写入新表会删去公告引用的区域：去掉 --out 即可合并进去`,
		);
	}
	try {
		const dir = codeListDir({ dataDir: o.dataDir, cacheDir: o.cacheDir, print: o.print });
		const found = loadCounty(dir, o.county);
		if (!found.lookup.ok || !found.county) {
			const m = countyLookupMessage(o.county, found.lookup.ok ? [] : found.lookup.candidates);
			return refuse(m.en, m.zh, m.choices);
		}
		const c = found.lookup.county;
		const official = officialCounty(found.county, found.towns, found.villages);
		o.print(
			`代码表 Division codes: ${c.code} ${c.province} ${c.city} ${c.name} — ${found.towns.length} 个乡级 towns/streets, ${found.villages.length} 个村级 villages/communities`,
		);

		let existing: AreaNodeInput[] = [];
		let target = o.out ? path.resolve(o.out) : path.join(o.contentDir, contentFiles.areas);
		// A new site has no area tree yet: the county's tree is the whole of it.
		if (!o.out && existsSync(target)) {
			const parsed = areaTreeSchema.safeParse(JSON.parse(readFileSync(target, 'utf8')), { error: bilingualErrorMap });
			if (!parsed.success) {
				return refuse(
					`${show(target)} is not a valid area tree (run npm run check): ${issueText(parsed.error.issues[0]).en}`,
					`${show(target)} 不是有效的区域表（请运行 npm run check）：${issueText(parsed.error.issues[0]).zh}`,
				);
			}
			existing = parsed.data;
		}
		const { tree, report } = mergeOfficialTree(existing, official, o.out ? new Set() : referencedAreaIds(o.contentDir));

		// The result must pass the same checks as `npm run check`, or nothing is written.
		const flat = flattenAreaTree(areaTreeSchema.parse(tree));
		if (flat.problems.length > 0) {
			return refuse(
				'the merged tree would not pass npm run check',
				'合并后的区域表无法通过 npm run check',
				flat.problems.map((p) => `${p.entry} > ${p.field}: ${p.zh} / ${p.en}`),
			);
		}
		for (const a of report.added)
			o.print(`+ 新增 added ${a.id}  ${a.name}  ${a.code}${a.parent ? `  ⊂ ${a.parent}` : ''}`);
		for (const a of report.coded) o.print(`~ 代码 code ${a.id}  ${a.code}`);
		for (const a of report.unofficial) {
			o.print(
				`? 保留 kept ${a.id}  ${a.name} — 代码表中没有 not in the code list${a.referenced ? '，有公告引用 referenced by notices' : ''}`,
			);
		}
		const text = serializeAreaTree(tree);
		let before = '';
		try {
			before = readFileSync(target, 'utf8');
		} catch {
			// A new --out file.
		}
		if (text === before) o.print(`${show(target)} 已是最新，未改动。${show(target)} is up to date: not rewritten.`);
		else {
			writeFileAtomic.sync(target, text);
			target = show(target);
			o.print(
				`已写入 Wrote ${target}: 新增 added ${report.added.length}, 补代码 coded ${report.coded.length}, 共 ${flat.areas.size} 个区域 areas in all.${o.out ? '' : ` Review it with: git diff ${target}`}`,
			);
		}
		return 0;
	} catch (e) {
		if (e instanceof CodeListError) return refuse(e.en, e.zh);
		throw e;
	}
}

/**
 * The ids of every area the content names: notices, alerts and, where it exists, the units directory. The merge
 * never removes an area anyway; these are marked in its report so staff know which unofficial areas are in use.
 */
export function referencedAreaIds(contentDir: string): Set<string> {
	const ids = new Set<string>();
	const collect = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) {
				if (k === 'areas' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && ids.add(id));
				else collect(v);
			}
		}
	};
	const read = (rel: string) => {
		try {
			collect(JSON.parse(readFileSync(path.join(contentDir, rel), 'utf8')));
		} catch {
			// Missing or malformed: npm run check reports it.
		}
	};
	read(contentFiles.notices);
	read('units.json');
	let alerts: string[] = [];
	try {
		alerts = readdirSync(path.join(contentDir, contentFiles.alerts)).filter((f) => f.endsWith('.json'));
	} catch {
		// No alerts folder.
	}
	for (const f of alerts) read(`${contentFiles.alerts}/${f}`);
	return ids;
}
