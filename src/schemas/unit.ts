import { z } from 'astro/zod';
import { localizedTextSchema, phoneSchema, slugSchema } from './common.ts';
import type { ContentRule } from './rules.ts';

/** What residents can do at a supply unit's counter. */
export const unitServiceSchema = z.enum([
	/** 缴费: paying electricity bills. */
	'payment',
	/** 业扩报装 / 新装: a new connection. */
	'new-connection',
	/** 增容、减容、变更用电: raising or lowering the contracted capacity, changing the account. */
	'capacity-change',
	/** 故障报修: reporting a fault. */
	'fault-repair',
	/** 电能表校验: having a meter checked. */
	'meter-check',
	/** 电费发票: invoices. */
	'invoice',
]);
export type UnitService = z.infer<typeof unitServiceSchema>;

/** One phone number of a unit, with what it is for. */
export const unitPhoneSchema = z
	.object({
		/** The number as people dial it, e.g. 0839-5550141. */
		number: phoneSchema,
		/** What the number is for, e.g. 营业厅 / Service counter; optional for the main number. */
		label: localizedTextSchema.optional(),
	})
	.strict();

/**
 * One supply unit (供电所 / 营业厅): an entry of `content/units.json`. Notices name their unit by `id`; the
 * importer finds the unit of an export row by `name.zh` or any of `otherNames`, and takes its phone from here
 * when the export has none.
 */
export const unitSchema = z
	.object({
		/** Stable, URL-safe id, unique across units: the unit page is `/units/<id>/`, kept forever. */
		id: slugSchema,
		/** The name residents know, e.g. 城关供电所 / Chengguan Supply Office. */
		name: localizedTextSchema,
		/**
		 * Other names exports and people use for the same unit, e.g. the full 青山县供电局城关供电所, a former name,
		 * or an abbreviation. Unique across all units, like the names.
		 */
		otherNames: z.array(z.string().trim().min(1)).default([]),
		/**
		 * Its phones, the main one first: the first is the one notices give for the unit's outages. May be empty
		 * while a unit has no public number; the importer then needs a phone column for its rows.
		 */
		phones: z.array(unitPhoneSchema).default([]),
		/** Where its counter is. */
		address: localizedTextSchema,
		/** Opening hours of the counter, in words, e.g. 周一至周五 8:30–17:30. */
		hours: localizedTextSchema,
		/** Ids into `content/areas.json` of the areas it serves (an area includes the areas inside it); at least one. */
		areas: z.array(slugSchema).min(1),
		/** What can be done at its counter. */
		services: z.array(unitServiceSchema).default([]),
	})
	.strict();
export type Unit = z.infer<typeof unitSchema>;

/**
 * `content/units.json`: every supply unit, under `units` (an object, not a bare list: the content editor, Decap
 * CMS, edits a single file only when its top level is an object).
 */
export const unitFileSchema = z
	.object({
		/** The supply units, in the order the units page lists them. */
		units: z.array(unitSchema),
	})
	.strict();

/**
 * The rules of `content/units.json` across its units: each id used once, each name (and other name) by one unit
 * only, as `validateUnits` checks them (the importer finds a unit by any of its names). The content editor refuses
 * a file that breaks one before it is saved (src/schemas/rules.ts).
 */
export const unitFileRules: ContentRule[] = [
	{
		kind: 'unique',
		field: 'units.id',
		list: 'units',
		key: 'id',
		message: {
			en: 'duplicate id "{value}", first used by entry #{other}',
			zh: '供电所编号 "{value}" 重复（第 {other} 条已使用）',
		},
	},
	{
		kind: 'unique-names',
		field: 'units.name.zh',
		list: 'units',
		name: 'name.zh',
		others: 'otherNames',
		owner: 'id',
		message: {
			en: '"{value}" is already a name of unit "{other}": the importer could not tell them apart',
			zh: '"{value}" 已是供电所 "{other}" 的名称：导入时无法区分',
		},
	},
];

/** The phone notices give for a unit: its main (first) number, if it has one. */
export function mainPhone(unit: Pick<Unit, 'phones'>): string | undefined {
	return unit.phones[0]?.number;
}
