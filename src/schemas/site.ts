import { z } from 'astro/zod';
import { localizedTextSchema, phoneSchema } from './common.ts';
import { isOrigin, isTimeZone, type ContentRule, type RuleMessage } from './rules.ts';

const timeZoneMessage: RuleMessage = {
	en: 'must be an IANA time zone such as Asia/Shanghai',
	zh: '须为 IANA 时区名，如 Asia/Shanghai',
};
const originMessage: RuleMessage = { en: 'must be an origin without a path', zh: '不能带路径' };
const both = (m: RuleMessage) => `${m.en} / ${m.zh}`;

/** One way to reach the utility, listed in the footer and on notice pages. */
export const contactSchema = z
	.object({
		/** What this contact is for, e.g. 24 小时供电服务热线 / 24-hour service hotline. */
		label: localizedTextSchema,
		/** Phone number, rendered as a `tel:` link. */
		phone: phoneSchema.optional(),
		/** E-mail address, rendered as a `mailto:` link. */
		email: z.email().optional(),
		/** Postal or street address. */
		address: localizedTextSchema.optional(),
		/** Opening hours in words, e.g. 工作日 8:30–17:30. */
		hours: localizedTextSchema.optional(),
	})
	.strict();

/**
 * The utility's own settings: `content/site.json`.
 * Everything the site says about the utility itself comes from here, never from page code.
 */
export const siteSchema = z
	.object({
		/** The utility's full name, e.g. 青山县供电局 / Qingshan County Power Supply Bureau. */
		name: localizedTextSchema,
		/** A short name for narrow headers and page titles; defaults to `name`. */
		shortName: localizedTextSchema.optional(),
		/** The round-the-clock service and fault hotline, shown in every page header as a `tel:` link. */
		hotline: phoneSchema,
		/**
		 * The utility's IANA time zone. Every time on the site is shown and interpreted in this zone, whatever the
		 * zone of the build machine or the reader. Default `Asia/Shanghai`.
		 */
		timeZone: z
			.string()
			.default('Asia/Shanghai')
			.refine(isTimeZone, { message: both(timeZoneMessage) }),
		/** The canonical origin the site is served from, e.g. `https://power.example.org`; no trailing path. */
		baseUrl: z.url().refine(isOrigin, { message: both(originMessage) }),
		/** Ways to reach the utility, in the order the footer lists them. */
		contacts: z.array(contactSchema).default([]),
		/**
		 * The least notice, in hours, that each kind of outage must be published with. A notice published later is
		 * flagged on its page and reported by `npm run check` as a warning. Defaults: planned 168 (7 days), temporary 24.
		 */
		leadTimeHours: z
			.object({
				/** 计划检修 planned maintenance. Default 168 hours (7 days). */
				planned: z.number().int().nonnegative().default(168),
				/** 临时检修 temporary maintenance. Default 24 hours. */
				temporary: z.number().int().nonnegative().default(24),
				/** Other outages. Default 24 hours. */
				other: z.number().int().nonnegative().default(24),
			})
			.strict()
			.default({ planned: 168, temporary: 24, other: 24 }),
		/** Whether the content is fictional sample content; pages then say so plainly. Default false. */
		sample: z.boolean().default(false),
	})
	.strict();

export type SiteConfig = z.output<typeof siteSchema>;
export type SiteConfigInput = z.input<typeof siteSchema>;

export { isTimeZone };

/**
 * The settings' rules beyond a field's type and pattern, for the content editor (src/schemas/rules.ts): the schema
 * above checks the same with the same words, field by field.
 */
export const siteRules: ContentRule[] = [
	{ kind: 'time-zone', field: 'timeZone', message: timeZoneMessage },
	{ kind: 'origin', field: 'baseUrl', message: originMessage },
];
