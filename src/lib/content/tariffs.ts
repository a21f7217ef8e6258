import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bilingualErrorMap, issueText } from '../../schemas/errors.ts';
import { tariffExplainerSchema, tariffVersionSchema, type TariffVersion } from '../../schemas/tariff.ts';
import { tariffFact } from '../tariffs/facts.ts';
import { tariffRuleProblems } from '../tariffs/rules.ts';
import { versionsShownFrom } from '../tariffs/versions.ts';
import { readFrontmatter } from './guidance.ts';
import { componentUses, type ComponentUse } from './mdx-refs.ts';
import { formatPath, type ContentProblem } from './problems.ts';
import { readJsonFile } from './read-json.ts';

/** Names under /tariffs/ that other pages use, so no explanation page may take them. */
export const reservedTariffSlugs = ['estimator', 'versions'];

/** Where tariff versions live inside the tariffs folder: one JSON file per version, named by its id. */
export const tariffVersionsFolder = 'versions';

/**
 * Reads and validates every tariff version in `<dir>/versions/*.json`: the shared schema, the rules across fields
 * (boundaries, month and hour coverage, worked examples) and across versions (file name = id, no two versions in
 * force on the same day, at most one without an end date). Problems are located `file > version id > field`.
 * The explanation pages are checked against every version a build on `date` (YYYY-MM-DD, the utility's zone) or
 * later can render, so a version committed ahead of its effective date is checked before the day it takes over.
 */
export function validateTariffs(dir: string, displayDir: string, date: string): { versions: TariffVersion[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const versions: Array<{ v: TariffVersion; file: string }> = [];
	const folder = path.join(dir, tariffVersionsFolder);
	const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];
	if (files.length === 0) {
		problems.push({ severity: 'error', file: `${displayDir}/${tariffVersionsFolder}`, en: 'has no tariff version (*.json): the tariff pages need at least one', zh: '没有电价版本文件（*.json），电价页面至少需要一个' });
	}
	for (const name of files) {
		const file = `${displayDir}/${tariffVersionsFolder}/${name}`;
		const raw = readJsonFile(path.join(folder, name), file);
		if (!raw.ok) {
			problems.push(raw.problem);
			continue;
		}
		const idOf = (raw.data as { id?: unknown } | null)?.id;
		const entry = typeof idOf === 'string' && idOf ? idOf : undefined;
		const parsed = tariffVersionSchema.safeParse(raw.data, { error: bilingualErrorMap });
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				problems.push({ severity: 'error', file, entry, field: formatPath(issue.path) || undefined, ...issueText(issue) });
			}
			continue;
		}
		const v = parsed.data;
		if (`${v.id}.json` !== name) {
			problems.push({ severity: 'error', file, entry: v.id, field: 'id', en: `id "${v.id}" must match the file name "${name}"`, zh: `编号 "${v.id}" 须与文件名 "${name}" 一致` });
		}
		const rules = tariffRuleProblems(v);
		problems.push(...rules.map((r) => ({ severity: 'error' as const, file, entry: v.id, field: r.field, en: r.en, zh: r.zh })));
		if (rules.length === 0) versions.push({ v, file });
	}
	const sorted = [...versions].sort((a, b) => (a.v.effectiveFrom < b.v.effectiveFrom ? -1 : 1));
	sorted.forEach((cur, i) => {
		const next = sorted[i + 1];
		if (!next) return;
		if (cur.v.effectiveTo === undefined || cur.v.effectiveTo >= next.v.effectiveFrom) {
			const until = cur.v.effectiveTo ?? 'open-ended';
			problems.push({ severity: 'error', file: next.file, entry: next.v.id, field: 'effectiveFrom', en: `starts ${next.v.effectiveFrom}, while "${cur.v.id}" (${cur.v.effectiveFrom} to ${until}) is still in force: versions must not overlap; give "${cur.v.id}" an effectiveTo before this date`, zh: `生效日期 ${next.v.effectiveFrom} 与版本 "${cur.v.id}"（${cur.v.effectiveFrom} 至 ${cur.v.effectiveTo ?? '无截止日期'}）重叠，请为 "${cur.v.id}" 设置早于此日期的 effectiveTo` });
		}
	});
	const shown = versionsShownFrom(sorted.map((x) => x.v), date);
	problems.push(...validateExplainers(path.join(dir, 'explainers'), `${displayDir}/explainers`, shown));
	return { versions: sorted.map((x) => x.v), problems };
}

/**
 * Checks the explanation pages: frontmatter against the shared schema, and every figure they quote
 * (`<Fact k="…" />`, `<WorkedExample id="…" />`) exists in each version the pages will show (`versions`, each with
 * the first day it is shown), so a renamed season or a removed example is reported here with the file, not only as
 * a failed build.
 */
export function validateExplainers(dir: string, displayDir: string, versions: ReadonlyArray<{ version: TariffVersion; from: string }>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const locale of ['zh-cn', 'en']) {
		const folder = path.join(dir, locale);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort()) {
			const file = `${displayDir}/${locale}/${name}`;
			const slug = name.replace(/\.mdx$/, '');
			if (reservedTariffSlugs.includes(slug) || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
				problems.push({ severity: 'error', file, en: `the name "${slug}" is taken by another page under /tariffs/ or is not lower-case letters, digits and hyphens: rename the file`, zh: `文件名 "${slug}" 与 /tariffs/ 下的其他页面冲突或含有小写字母、数字、连字符以外的字符，请改名` });
			}
			const source = readFileSync(path.join(folder, name), 'utf8');
			problems.push(...readFrontmatter(source, file, tariffExplainerSchema).problems);
			let uses: ComponentUse[];
			try {
				uses = componentUses(source, ['Fact', 'WorkedExample']);
			} catch (e) {
				problems.push({ severity: 'error', file, en: `is not valid MDX: ${(e as Error).message}`, zh: `不是有效的 MDX 文件` });
				continue;
			}
			for (const use of uses) {
				const key = use.component === 'Fact' ? 'k' : 'id';
				const value = use.attributes[key];
				const field = `<${use.component} ${key}="${value ?? ''}">${use.line ? ` (line ${use.line})` : ''}`;
				if (value === undefined) {
					const how = use.expressions.includes(key) ? 'is given as an expression' : 'is missing';
					problems.push({ severity: 'error', file, field, en: `${key} ${how}: write it as text, e.g. <${use.component} {...props} ${key}="${use.component === 'Fact' ? 'tier:1:price' : 'winter-450'}" />, so it can be checked before the build`, zh: `${key} 须写成文本（如 ${key}="…"），以便构建前检查` });
					continue;
				}
				for (const { version, from } of versions) {
					const when = `shown from ${from}`;
					const whenZh = `自 ${from} 起显示`;
					if (use.component === 'Fact') {
						try {
							tariffFact(version, value, locale === 'en' ? 'en' : 'zh-cn');
						} catch (e) {
							problems.push({ severity: 'error', file, field, en: `${(e as Error).message}, ${when}`, zh: `引用的电价数据在电价版本 ${version.id}（${whenZh}）中不存在` });
						}
					} else if (!version.examples.some((ex) => ex.id === value)) {
						problems.push({ severity: 'error', file, field, en: `tariff ${version.id} (${when}) has no worked example "${value}"`, zh: `电价版本 ${version.id}（${whenZh}）中没有算例 "${value}"` });
					}
				}
			}
		}
	}
	return problems;
}
