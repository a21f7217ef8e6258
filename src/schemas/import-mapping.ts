import { z } from 'astro/zod';
import { noticeKindSchema } from './notice.ts';

/**
 * The fields of a notice the importer reads from the scheduling export, one column each. A row gives its window
 * either as `start` and `end`, or as `date` plus `window` (e.g. 停电日期 2026-12-03 and 停电时间 08:00-17:30), or as
 * `date` plus a time alone in `start` and `end`.
 */
export const importFieldSchema = z.enum([
	/** 计划编号: the scheduling system's own plan number; becomes the notice's `sourceId` and, slugified, its id. */
	'sourceId',
	/** 停电开始时间: date and time power goes off (or the time alone, with `date`). */
	'start',
	/** 停电结束时间: date and time power is back (or the time alone, with `date`). */
	'end',
	/** 停电日期: the date, where the times are given separately. */
	'date',
	/** 停电时间/时间段: the window as text, e.g. 08:00-17:30 or 22:00-次日06:00, with `date`. */
	'window',
	/** 停电线路/设备名称: the line or equipment worked on. */
	'line',
	/** 停电范围: the affected scope, as published; the areas are found in it by name and alias. */
	'scope',
	/** 所属区域/涉及村（社区）: area names, aliases or ids, separated by 、 or commas; added to those found in the scope. */
	'areas',
	/** 检修内容/停电原因: the work done, or the reason. */
	'reason',
	/** 供电所: the responsible supply unit, by its name or any of its other names in content/units.json. */
	'unit',
	/** 联系电话: the unit's phone for this outage; optional: without it, the unit's phone from content/units.json. */
	'phone',
	/** 停电类型: 计划 (planned), 临时 (temporary) or other; see `kinds`. */
	'kind',
	/** 变电站: the substation the outage is fed from; optional. */
	'substation',
	/** 台区: the transformer districts switched off, one or more, separated by 、 or commas; optional. */
	'transformerDistricts',
	/**
	 * 实际送电时间: when power actually came back, where the export reports it; optional. It updates a notice already
	 * published (a `restored` history entry), and must lie after the start and not after the import's clock.
	 */
	'restoredAt',
]);
export type ImportField = z.infer<typeof importFieldSchema>;

const headerNames = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]);

/**
 * A mapping file (`npm run import -- <file> --mapping <mapping.json>`): how a particular export's column headers and
 * outage types map to notice fields, on top of (or instead of) the built-in mapping.
 *
 * @example { "columns": { "start": "开工时间", "end": "完工时间" }, "kinds": { "故障抢修": "temporary" } }
 */
export const importMappingSchema = z
	.object({
		/** Optional link to a JSON Schema, for editors; ignored. */
		$schema: z.string().optional(),
		/**
		 * Header names for each field (one name or a list). Matching ignores spaces, letter case, full-width forms
		 * and a trailing note in brackets such as （必填）.
		 */
		columns: z.partialRecord(importFieldSchema, headerNames).default({}),
		/** Whether `columns` replaces the built-in names of the fields it lists (true) or adds to them (false, default). */
		replaceColumns: z.boolean().default(false),
		/** Outage-type texts (停电类型 column) and the notice kind each means; added to the built-in ones. */
		kinds: z.record(z.string().trim().min(1), noticeKindSchema).default({}),
		/** The kind of a row with no type column or an empty type cell. Default `planned`. */
		defaultKind: noticeKindSchema.default('planned'),
	})
	.strict();

export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;
