import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { adminZhCN } from '../../../src/i18n/admin.ts';
import { zhCN } from '../../../src/i18n/zh-cn.ts';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { areaOptions, cmsConfig, collections, type CollectionEntry } from '../../../src/lib/admin/cms-config.ts';
import { renderCmsConfig } from '../../../src/lib/admin/config-file.ts';
import { cmsFields, type CmsField } from '../../../src/lib/admin/cms-fields.ts';
import { areaTreeSchema } from '../../../src/schemas/area.ts';
import { phoneSchema, slugSchema } from '../../../src/schemas/common.ts';

const { areas } = flattenAreaTree(
	areaTreeSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8'))),
);
const config = cmsConfig({ areas }) as {
	collections: Array<
		Record<string, unknown> & { name: string; fields?: CmsField[]; files?: Array<{ fields: CmsField[] }> }
	>;
};
const fieldsOf = (name: string): CmsField[] => {
	const c = config.collections.find((x) => x.name === name);
	return (c?.fields ?? c?.files?.[0].fields ?? []) as CmsField[];
};

/**
 * Every field path of a zod object schema, read through zod's public API (shape, unwrap, element), independently
 * of the generator's own walk: `title`, `title.zh`, `faq`, `faq.q`, …
 */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
	let s: z.ZodType = schema;
	for (;;) {
		if (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
		else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
		else break;
	}
	if (s instanceof z.ZodArray) return schemaPaths(s.element as z.ZodType, prefix);
	if (!(s instanceof z.ZodObject)) return [];
	return Object.entries(s.shape).flatMap(([k, v]) => [
		`${prefix}${k}`,
		...schemaPaths(v as z.ZodType, `${prefix}${k}.`),
	]);
}

/** Every field path of the generated editor fields. */
function editorPaths(fields: CmsField[], prefix = ''): string[] {
	return fields.flatMap((f) => [
		`${prefix}${f.name}`,
		...editorPaths((f.fields as CmsField[] | undefined) ?? [], `${prefix}${f.name}.`),
	]);
}

const isMdx = (e: CollectionEntry) => e.store.kind === 'mdx';

describe.each(collections.map((c) => [c.name, c] as const))('collection %s', (name, entry) => {
	test('every schema field has an editor field, and the editor has no field the schema lacks', () => {
		const expected = schemaPaths(entry.schema).sort();
		const editor = editorPaths(fieldsOf(name)).filter((p) => !(isMdx(entry) && p === 'body'));
		expect(editor.sort()).toEqual(expected);
	});

	test('every field has a Chinese label, and the dictionary labels no field the schema lacks', () => {
		const texts = adminZhCN.collections[name].fields as Record<string, unknown>;
		const bilingualHalves = /\.(zh|en)$/;
		const needed = schemaPaths(entry.schema).filter((p) => !bilingualHalves.test(p));
		expect(
			Object.keys(texts)
				.filter((k) => !(isMdx(entry) && k === 'body'))
				.sort(),
		).toEqual(needed.sort());
		for (const f of fieldsOf(name)) expect(f.label, f.name).toMatch(/\p{Script=Han}/u);
	});
});

describe('the generator', () => {
	const schema = z.object({ title: z.string(), added: z.number().int().min(1).max(12).optional() }).strict();

	test('a schema field without a label stops it, naming the field', () => {
		expect(() => cmsFields(schema, { collection: 'demo', texts: { title: { label: '标题' } } })).toThrow(
			/demo: the schema field "added" has no label/,
		);
	});

	test('required, bounds and widgets come from the schema', () => {
		const fields = cmsFields(schema, {
			collection: 'demo',
			texts: { title: { label: '标题' }, added: { label: '月' } },
		});
		expect(fields).toEqual([
			{ name: 'title', label: '标题', widget: 'string' },
			{ name: 'added', label: '月', widget: 'number', required: false, value_type: 'int', min: 1, max: 12 },
		]);
	});

	test('a field type it cannot edit stops it rather than being left out', () => {
		const odd = z.object({ when: z.date() });
		expect(() => cmsFields(odd, { collection: 'demo', texts: { when: { label: '时间' } } })).toThrow(
			/no editor widget for "when"/,
		);
	});
});

describe('what the editor lets through is what the schema accepts', () => {
	const patternOf = (fields: CmsField[], name: string) =>
		new RegExp((fields.find((f) => f.name === name)?.pattern as [string, string])[0]);
	test.each([
		['0839-5550199', true],
		['+86 839 555 0199', true],
		['call us', false],
		['12', false],
	])('hotline %s: %s', (value, ok) => {
		expect(patternOf(fieldsOf('settings'), 'hotline').test(value)).toBe(ok);
		expect(phoneSchema.safeParse(value).success).toBe(ok);
	});

	test('alert severities offer exactly the schema’s values, with the site’s words', () => {
		const severity = fieldsOf('alerts').find((f) => f.name === 'severity');
		expect(severity?.options).toEqual(
			Object.entries(zhCN.alerts.severity).map(([value, label]) => ({ label: `${label}（${value}）`, value })),
		);
		expect(severity?.default).toBe('warning');
	});

	test('areas are chosen by name from the whole tree; the ids stored are valid', () => {
		const field = fieldsOf('alerts').find((f) => f.name === 'areas');
		const options = field?.options as Array<{ label: string; value: string }>;
		expect(field?.multiple).toBe(true);
		expect(options.map((o) => o.value)).toEqual([...areas.keys()]);
		for (const o of options) expect(slugSchema.safeParse(o.value).success).toBe(true);
		expect(areaOptions(areas).find((o) => o.value === 'nanmen')?.label).toBe('南门社区（城区供电片区 › 城关街道）');
	});

	test.each(readdirSync('tests/fixtures/site/alerts').map((f) => path.join('tests/fixtures/site/alerts', f)))(
		'every key of %s has an editor field',
		(file) => {
			const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			expect(Object.keys(data).filter((k) => !fieldsOf('alerts').some((f) => f.name === k))).toEqual([]);
		},
	);
});

describe('the configuration file', () => {
	test('is the generated object as YAML, with the area tree of the content folder', () => {
		expect(parse(renderCmsConfig(path.resolve('tests/fixtures/site'), {}))).toEqual(config);
	});

	test('guidance and tariff explanations are edited per language in content/<…>/<locale>/<slug>.mdx', () => {
		for (const name of ['guidance', 'tariffExplainers']) {
			const c = config.collections.find((x) => x.name === name);
			expect(c).toMatchObject({ extension: 'mdx', format: 'frontmatter', i18n: true });
			expect(fieldsOf(name).every((f) => f.i18n === true)).toBe(true);
		}
		expect(config).toMatchObject({
			i18n: { structure: 'multiple_folders', locales: ['zh-cn', 'en'], default_locale: 'zh-cn' },
		});
	});

	test('notices are not editable: they come from the scheduling export', () => {
		expect(JSON.stringify(config)).not.toContain('content/outages');
		expect(config).toMatchObject({ media_folder: 'content/imports/inbox' });
	});

	test('the production backend comes from the environment', () => {
		expect(
			parse(renderCmsConfig(path.resolve('tests/fixtures/site'), { CMS_REPO: 'bureau/site', CMS_BRANCH: 'live' }))
				.backend,
		).toEqual({ name: 'github', repo: 'bureau/site', branch: 'live' });
	});
});
