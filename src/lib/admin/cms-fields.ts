/**
 * Turns a zod object schema into the fields of a Decap CMS collection: one editor field per schema field, with the
 * widget its type calls for, `required` from optional/default, defaults, patterns and bounds from the schema's own
 * checks, and labels from the admin dictionary (src/i18n/admin.ts). Pure: no file system, no CMS.
 */
import type { z } from 'astro/zod';
import { isoDateSchema, localizedTextSchema, offsetDateTimeSchema } from '../../schemas/common.ts';
import { localizedTextLabels, optionLabels, type FieldText } from '../../i18n/admin.ts';

/** One Decap CMS field, as written into config.yml. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	i18n?: boolean;
	[option: string]: unknown;
}

/** What a collection may change about one field, by its path: a widget for long text, the choices of a list. */
export type FieldOverride = Partial<CmsField>;

export interface FieldContext {
	/** The collection's name, for messages. */
	collection: string;
	/** Labels and hints by field path (`faq.q`). */
	texts: Record<string, FieldText>;
	/** Overrides by field path. */
	overrides?: Record<string, FieldOverride>;
	/** Mark every field translatable (collections with one file per language). */
	i18n?: boolean;
}

// zod 4 keeps a schema's structure in `_zod.def`; the checks (regex, min, max) sit on it as `checks`.
type AnySchema = z.ZodType;
interface Def {
	type: string;
	shape?: Record<string, AnySchema>;
	innerType?: AnySchema;
	element?: AnySchema;
	entries?: Record<string, string>;
	out?: AnySchema;
	defaultValue?: unknown;
	checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
}
const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/default/preprocess wrappers, whether it may be left out, and its default. */
export function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; defaultValue?: unknown } {
	let s = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		const d = defOf(s);
		if (d.type === 'optional' && d.innerType) {
			optional = true;
			s = d.innerType;
		} else if (d.type === 'default' && d.innerType) {
			optional = true;
			defaultValue = d.defaultValue;
			s = d.innerType;
		} else if (d.type === 'pipe' && d.out)
			s = d.out; // z.preprocess: the value stored is what `out` accepts
		else return { inner: s, optional, defaultValue };
	}
}

/** The fields of an object schema, in schema order. Throws for anything that is not an object. */
export function objectShape(schema: AnySchema): Record<string, AnySchema> {
	const d = defOf(unwrap(schema).inner);
	if (d.type !== 'object' || !d.shape) throw new Error(`expected an object schema, got ${d.type}`);
	return d.shape;
}

/** Whether `schema` is the bilingual text `{ zh, en }` (edited as one group of two boxes). */
export const isLocalizedText = (schema: AnySchema) => unwrap(schema).inner === localizedTextSchema;

/** The editor fields for every field of `schema`. */
export function cmsFields(schema: AnySchema, ctx: FieldContext, prefix = ''): CmsField[] {
	return Object.entries(objectShape(schema)).map(([name, field]) => cmsField(name, field, ctx, prefix));
}

function cmsField(name: string, schema: AnySchema, ctx: FieldContext, prefix: string): CmsField {
	const path = `${prefix}${name}`;
	const text = ctx.texts[path];
	if (!text) {
		throw new Error(
			`${ctx.collection}: the schema field "${path}" has no label in src/i18n/admin.ts / 字段 "${path}" 在 src/i18n/admin.ts 中没有标签`,
		);
	}
	const { inner, optional, defaultValue } = unwrap(schema);
	const field: CmsField = { name, label: text.label, widget: 'string' };
	if (text.hint) field.hint = text.hint;
	if (optional) field.required = false;
	if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
		field.default = defaultValue;
	if (ctx.i18n) field.i18n = true;
	Object.assign(field, widgetFor(name, inner, ctx, path), ctx.overrides?.[path] ?? {});
	return field;
}

function widgetFor(name: string, schema: AnySchema, ctx: FieldContext, path: string): Partial<CmsField> {
	if (schema === offsetDateTimeSchema) {
		// Stored with the offset of the editor's device (+08:00 in China): the schema accepts any offset.
		return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
	}
	if (schema === isoDateSchema)
		return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
	if (schema === localizedTextSchema) {
		const sub = (lang: 'zh' | 'en'): CmsField => ({
			name: lang,
			label: localizedTextLabels[lang].label,
			hint: localizedTextLabels[lang].hint,
			widget: 'string',
			...(lang === 'en' ? { required: false } : {}),
			...(ctx.overrides?.[`${path}.${lang}`] ?? {}),
		});
		return { widget: 'object', collapsed: false, fields: [sub('zh'), sub('en')] };
	}
	const d = defOf(schema);
	switch (d.type) {
		case 'string':
			return { widget: 'string', ...stringChecks(d) };
		case 'number':
			return {
				widget: 'number',
				value_type: d.checks?.some((c) => c._zod.def.format === 'safeint') ? 'int' : 'float',
				...numberBounds(d),
			};
		case 'boolean':
			return { widget: 'boolean' };
		case 'enum':
			return { widget: 'select', options: enumOptions(name, d) };
		case 'object':
			return { widget: 'object', collapsed: false, fields: cmsFields(schema, { ...ctx, i18n: false }, `${path}.`) };
		case 'array': {
			const el = unwrap(d.element as AnySchema).inner;
			const ed = defOf(el);
			if (ed.type === 'enum') return { widget: 'select', multiple: true, options: enumOptions(name, ed) };
			if (ed.type === 'object')
				return { widget: 'list', collapsed: false, fields: cmsFields(el, { ...ctx, i18n: false }, `${path}.`) };
			if (ed.type === 'string') return { widget: 'list', ...minCount(d) };
			throw new Error(`${ctx.collection}: no editor widget for "${path}", a list of ${ed.type}`);
		}
		default:
			throw new Error(`${ctx.collection}: no editor widget for "${path}" (${d.type})`);
	}
}

/** The editor's pattern and messages from the schema's own regex, so the form refuses what `npm run check` would. */
function stringChecks(d: Def): Partial<CmsField> {
	for (const c of d.checks ?? []) {
		const cd = c._zod.def;
		if (cd.check === 'string_format' && cd.format === 'regex' && cd.pattern instanceof RegExp) {
			const message = typeof cd.error === 'function' ? String((cd.error as () => unknown)() ?? '') : '';
			return { pattern: [cd.pattern.source, message || `须符合格式 ${cd.pattern.source}`] };
		}
	}
	return {};
}

function numberBounds(d: Def): Partial<CmsField> {
	const out: Partial<CmsField> = {};
	for (const c of d.checks ?? []) {
		const cd = c._zod.def;
		if (cd.check === 'greater_than' && typeof cd.value === 'number') out.min = cd.inclusive ? cd.value : cd.value + 1;
		if (cd.check === 'less_than' && typeof cd.value === 'number') out.max = cd.inclusive ? cd.value : cd.value - 1;
	}
	return out;
}

function minCount(d: Def): Partial<CmsField> {
	const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
	return typeof min === 'number' && min > 0 ? { min } : {};
}

function enumOptions(name: string, d: Def): Array<{ label: string; value: string }> {
	const labels = optionLabels[name] ?? {};
	return Object.values(d.entries ?? {}).map((value) => ({
		label: labels[value] ? `${labels[value]}（${value}）` : value,
		value,
	}));
}
