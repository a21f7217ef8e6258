/**
 * The content editor's configuration (Decap CMS, served at /admin/), generated from the zod schemas in src/schemas
 * and the labels in src/i18n/admin.ts: one source of truth, so the editor cannot offer a field the build refuses or
 * miss one it needs. Adding a collection is one entry in `collections` (and its labels in the dictionary).
 * Notices are not here on purpose: they come from the scheduling export, never from hand edits.
 */
import type { z } from 'astro/zod';
import { adminZhCN, type CollectionText } from '../../i18n/admin.ts';
import { alertObjectSchema, alertRules } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import { guidanceSchema } from '../../schemas/guidance.ts';
import type { ContentRule } from '../../schemas/rules.ts';
import { siteRules, siteSchema } from '../../schemas/site.ts';
import { tariffExplainerSchema } from '../../schemas/tariff.ts';
import { unitFileRules, unitFileSchema } from '../../schemas/unit.ts';
import { cmsFields, type CmsField, type FieldOverride } from './cms-fields.ts';

/** Where staff upload the scheduling export: `npm run inbox` (and the deploy workflow) imports what lands here. */
export const INBOX_FOLDER = 'content/imports/inbox';

/** One editable collection: which schema, where its files are, how they are written. */
export interface CollectionEntry {
	/** The collection's name in the CMS and its key in the admin dictionary. */
	name: keyof typeof adminZhCN.collections;
	/** The zod object schema of one file (its frontmatter, for MDX). */
	schema: z.ZodType;
	/** One file per entry in a folder (`folder`), with one folder per language (`i18n`), or a single file. */
	store:
		| { kind: 'folder'; folder: string; format: 'json'; slug: string }
		| { kind: 'mdx'; folder: string; slug: string }
		| { kind: 'file'; file: string };
	/** What the collection changes about a generated field, by path (the schema still decides which fields exist). */
	overrides?: (ctx: ConfigInput) => Record<string, FieldOverride>;
	/**
	 * The schema's rules across fields and entries (src/schemas/rules.ts), which `npm run check` applies: each goes
	 * onto the field it concerns as `rules`, and the editor refuses an entry that breaks one (src/admin/setup.js).
	 */
	rules?: readonly ContentRule[];
	/** The list's sort field and the template of an entry's line in it. */
	summary?: string;
	sortBy?: string;
}

/** What the configuration depends on besides the schemas. */
export interface ConfigInput {
	/** The area tree, flattened: the choices of "affected areas". */
	areas: ReadonlyMap<string, Area>;
	/** The production git backend (docs/content-editor.md, "Local trial and production backend"): host and repository. */
	backend?: { name: string; repo?: string; branch?: string; base_url?: string; [option: string]: unknown };
}

/** How the collection lists show a date-time (dayjs format, as Decap's `date` summary filter takes it). */
const LIST_DATE = 'YYYY年M月D日 HH:mm';

/** A new entry's file name: the time it was created, e.g. `20261201-0215`; ids must stay URL-safe and stable. */
const TIME_SLUG = '{{year}}{{month}}{{day}}-{{hour}}{{minute}}';

/** The body of an MDX file: edited as raw text so MDX component tags (`<TierTable />`) survive untouched. */
const MDX_BODY: CmsField = { name: 'body', label: '', widget: 'markdown', modes: ['raw'], i18n: true };

/** The editable collections, in the order of the editor's menu. */
export const collections: CollectionEntry[] = [
	{
		name: 'alerts',
		schema: alertObjectSchema,
		store: { kind: 'folder', folder: 'content/alerts', format: 'json', slug: TIME_SLUG },
		overrides: ({ areas }) => ({
			// The two halves of the alert's text get a box of several lines.
			'text.zh': { widget: 'text' },
			'text.en': { widget: 'text' },
			areas: { widget: 'select', multiple: true, options: areaOptions(areas) },
			// No "{{now}}" default: Decap fills it in as the form opens, which marks a new, untouched form as having
			// unsaved changes. The field's own 现在 (now) button sets the time in one tap.
		}),
		rules: alertRules,
		// Dates as people read them, in the editor's own time zone (the staff's device): 2026年12月2日 06:00.
		summary: `{{start | date('${LIST_DATE}')}} 至 {{expiry | date('${LIST_DATE}')}} · {{title.zh}}`,
		sortBy: 'start',
	},
	{
		name: 'guidance',
		schema: guidanceSchema,
		store: { kind: 'mdx', folder: 'content/guidance', slug: TIME_SLUG },
		summary: '{{title}}',
	},
	{
		name: 'tariffExplainers',
		schema: tariffExplainerSchema,
		store: { kind: 'mdx', folder: 'content/tariffs/explainers', slug: TIME_SLUG },
		summary: '{{order}} · {{title}}',
		sortBy: 'order',
	},
	{
		name: 'units',
		schema: unitFileSchema,
		store: { kind: 'file', file: 'content/units.json' },
		overrides: ({ areas }) => ({ 'units.areas': { widget: 'select', multiple: true, options: areaOptions(areas) } }),
		rules: unitFileRules,
	},
	{ name: 'settings', schema: siteSchema, store: { kind: 'file', file: 'content/site.json' }, rules: siteRules },
];

/**
 * The choices of an "areas" field: every area of the tree, labelled with its name and where it lies
 * (北山村（北山镇 › 北山片区）) so staff pick by the name residents use; the value stored is the area's id.
 */
export function areaOptions(areas: ReadonlyMap<string, Area>): Array<{ label: string; value: string }> {
	return [...areas.values()].map((a) => {
		const where = a.ancestors.map((id) => areas.get(id)?.name.zh ?? id);
		return { label: where.length ? `${a.name.zh}（${where.join(' › ')}）` : a.name.zh, value: a.id };
	});
}

/** The editor fields of one collection entry (without the MDX body), each rule on the field it concerns. */
export function collectionFields(entry: CollectionEntry, input: ConfigInput): CmsField[] {
	const texts = (adminZhCN.collections[entry.name] as CollectionText).fields;
	const overrides = { ...entry.overrides?.(input) };
	for (const rule of entry.rules ?? []) {
		const { field, message, ...params } = rule;
		const rules = [...((overrides[field]?.rules as unknown[] | undefined) ?? []), { ...params, message }];
		overrides[field] = { ...overrides[field], rules };
	}
	const fields = cmsFields(entry.schema, {
		collection: entry.name,
		texts,
		overrides,
		i18n: entry.store.kind === 'mdx',
	});
	for (const rule of entry.rules ?? []) {
		if (!fieldAt(fields, rule.field)?.rules)
			throw new Error(
				`${entry.name}: rule "${rule.kind}" names the field "${rule.field}", which the editor does not have / 规则所指字段 "${rule.field}" 不存在`,
			);
	}
	return fields;
}

/** The editor field at a dotted path (`units.name.zh`). */
export function fieldAt(fields: readonly CmsField[], path: string): CmsField | undefined {
	const [name, ...rest] = path.split('.');
	const field = fields.find((f) => f.name === name);
	if (!field || rest.length === 0) return field;
	return fieldAt((field.fields as CmsField[] | undefined) ?? [], rest.join('.'));
}

/** The whole Decap CMS configuration object (written as admin/config.yml). */
export function cmsConfig(input: ConfigInput): Record<string, unknown> {
	return {
		// The production backend; `npm run admin` switches to its local backend on localhost (src/admin/setup.js).
		backend: input.backend ?? { name: 'github', repo: 'qingshan-power/notices', branch: 'main' },
		// Every save is a commit; the deploy workflow checks it before anything is published.
		publish_mode: 'simple',
		locale: 'zh_Hans',
		site_url: '/',
		display_url: '/',
		media_folder: INBOX_FOLDER,
		public_folder: `/${INBOX_FOLDER}`,
		i18n: { structure: 'multiple_folders', locales: ['zh-cn', 'en'], default_locale: 'zh-cn' },
		collections: collections.map((entry) => collectionConfig(entry, input)),
	};
}

function collectionConfig(entry: CollectionEntry, input: ConfigInput): Record<string, unknown> {
	const text = adminZhCN.collections[entry.name] as CollectionText;
	const fields = collectionFields(entry, input);
	const common = { name: entry.name, label: text.label, label_singular: text.singular, description: text.description };
	const listing = {
		...(entry.summary ? { summary: entry.summary } : {}),
		...(entry.sortBy ? { sortable_fields: [entry.sortBy] } : {}),
	};
	const s = entry.store;
	switch (s.kind) {
		case 'folder':
			return {
				...common,
				folder: s.folder,
				extension: 'json',
				format: 'json',
				create: true,
				delete: true,
				slug: s.slug,
				identifier_field: 'title',
				...listing,
				fields,
			};
		case 'mdx':
			return {
				...common,
				folder: s.folder,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				delete: false,
				slug: s.slug,
				i18n: true,
				...listing,
				fields: [...fields, { ...MDX_BODY, label: text.fields.body?.label ?? '正文', hint: text.fields.body?.hint }],
			};
		case 'file':
			return { ...common, files: [{ name: entry.name, label: text.label, file: s.file, fields }] };
	}
}
