import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bilingualErrorMap, issueText } from '../../schemas/errors.ts';
import { guidanceSchema } from '../../schemas/guidance.ts';
import type { z } from 'astro/zod';
import { formatPath, type ContentProblem } from './problems.ts';

/** The locale folders guidance lives in. */
export const guidanceLocales = ['zh-cn', 'en'] as const;

/** Splits an MDX file into its YAML frontmatter and body; undefined frontmatter when there is none. */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string } {
	const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/.exec(text);
	if (!m) return { body: text };
	return { frontmatter: m[1], body: text.slice(m[0].length) };
}

/**
 * Reads an MDX file's frontmatter and validates it with `schema`: the data where it is valid, the body either way,
 * and a located problem for a missing frontmatter, invalid YAML or each schema issue.
 */
export function readFrontmatter<T>(text: string, file: string, schema: z.ZodType<T>): { data?: T; body: string; problems: ContentProblem[] } {
	const { frontmatter, body } = splitFrontmatter(text);
	if (frontmatter === undefined) {
		return { body, problems: [{ severity: 'error', file, en: 'has no frontmatter (--- title: … ---) at the top', zh: '文件开头缺少 frontmatter（--- title: … ---）' }] };
	}
	let raw: unknown;
	try {
		raw = parseYaml(frontmatter);
	} catch (e) {
		return { body, problems: [{ severity: 'error', file, field: 'frontmatter', en: `is not valid YAML: ${(e as Error).message}`, zh: `frontmatter 不是有效的 YAML` }] };
	}
	const parsed = schema.safeParse(raw, { error: bilingualErrorMap });
	if (parsed.success) return { data: parsed.data, body, problems: [] };
	return {
		body,
		problems: parsed.error.issues.map((issue) => ({ severity: 'error' as const, file, field: formatPath(issue.path) || undefined, ...issueText(issue) })),
	};
}

/**
 * Validates the frontmatter of every guidance article with the shared schema, and that related slugs exist in
 * the same language. The MDX body itself is compiled, and so checked, by the Astro build.
 */
export function validateGuidance(dir: string, displayDir: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const locale of guidanceLocales) {
		const localeDir = path.join(dir, locale);
		if (!existsSync(localeDir)) continue;
		const files = readdirSync(localeDir).filter((f) => /\.mdx?$/.test(f)).sort();
		const slugs = new Set(files.map((f) => f.replace(/\.mdx?$/, '')));
		for (const name of files) {
			const file = `${displayDir}/${locale}/${name}`;
			const slug = name.replace(/\.mdx?$/, '');
			if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
				problems.push({ severity: 'error', file, en: 'file name must be lower-case letters, digits and hyphens: it becomes the URL', zh: '文件名只能包含小写字母、数字和连字符（用作网址）' });
			}
			const read = readFrontmatter(readFileSync(path.join(localeDir, name), 'utf8'), file, guidanceSchema);
			problems.push(...read.problems);
			if (!read.data) continue;
			read.data.related.forEach((r, i) => {
				if (!slugs.has(r)) {
					problems.push({ severity: 'error', file, field: `related[${i}]`, en: `no ${locale} article "${r}"`, zh: `没有此语言的文章 "${r}"` });
				}
			});
		}
	}
	return problems;
}
