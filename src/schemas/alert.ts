import { z } from 'astro/zod';
import { localizedTextSchema, offsetDateTimeSchema, slugSchema } from './common.ts';
import { refineWith, type ContentRule } from './rules.ts';

/** How serious an urgent alert is: sets its colour and wording. */
export const alertSeveritySchema = z.enum([
	/** 提示: for information, e.g. a fault being repaired in one street. */
	'info',
	/** 注意: act on it, e.g. an unplanned outage across a town. */
	'warning',
	/** 紧急: danger, e.g. severe weather, fallen lines. */
	'severe',
]);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

/**
 * One urgent alert: a file `content/alerts/<id>.json` (the file name is its id). Shown as a banner on every page,
 * and on the pages of the areas it names, from `start` until `expiry`; readers' browsers hide it once it expires,
 * even on a page built earlier.
 */
export const alertObjectSchema = z
	.object({
		/** The headline, one short line, e.g. 暴雨预警：部分线路可能停电. */
		title: localizedTextSchema,
		/** What is happening and what to do, in one or two plain sentences. */
		text: localizedTextSchema,
		/** Ids into `content/areas.json` of the areas concerned; empty (the default) means the whole service area. */
		areas: z.array(slugSchema).default([]),
		/** info, warning or severe. Default `warning`. */
		severity: alertSeveritySchema.default('warning'),
		/** When the alert starts to show: ISO 8601 with offset. */
		start: offsetDateTimeSchema,
		/** When it stops showing: ISO 8601 with offset, after `start`. */
		expiry: offsetDateTimeSchema,
	})
	.strict();

/**
 * An alert's rules across its fields: it ends after it starts. The schema applies them; the content editor refuses
 * an alert that breaks one before it is saved (src/schemas/rules.ts).
 */
export const alertRules: ContentRule[] = [
	{
		kind: 'after',
		field: 'expiry',
		than: 'start',
		message: { en: 'must be after start {other}', zh: '结束时间须晚于开始时间 {other}' },
	},
];

/** An alert with its cross-field rules. Area ids are checked by `validateContent`. */
export const alertSchema = alertObjectSchema.superRefine(refineWith(alertRules));

export type AlertInput = z.input<typeof alertSchema>;
/** An alert as the site uses it: with its id (the file name). */
export type Alert = z.output<typeof alertSchema> & { id: string };
