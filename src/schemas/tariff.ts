import { z } from 'astro/zod';
import { isoDateSchema, localizedTextSchema, slugSchema } from './common.ts';

/**
 * A price in yuan per kWh, written as published: a decimal string with up to 4 decimals, e.g. `"0.5880"`.
 * Kept as text (never a JSON number) so no floating-point value ever enters the arithmetic: the estimator reads
 * it as a whole number of ten-thousandths of a yuan (1/100 fen).
 */
export const priceSchema = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, {
	message:
		'must be a price in yuan per kWh written as text with at most 4 decimals, e.g. "0.5880" / 须为以文本书写的每千瓦时价格（元），最多 4 位小数，如 "0.5880"',
});

/** A clock time `HH:MM` on the hour or half hour; `24:00` is allowed as the end of the day. */
export const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[03]0$|^24:00$/, {
	message: 'must be a time HH:MM on the hour or half hour, 00:00 to 24:00 / 须为整点或半点时间 HH:MM（00:00 至 24:00）',
});

/** A month of the year, 1 (January) to 12 (December). */
export const monthSchema = z.number().int().min(1).max(12);

/** The time-of-use periods, most expensive first: 尖峰 (critical peak), 峰 (peak), 平 (flat), 谷 (valley). */
export const touPeriodKindSchema = z.enum(['critical', 'peak', 'flat', 'valley']);
export type TouPeriodKind = z.infer<typeof touPeriodKindSchema>;

/** One stretch of the day; `from` after `to` runs over midnight (22:00 to 08:00). */
export const hourRangeSchema = z
	.object({
		/** Start, inclusive. */
		from: clockTimeSchema,
		/** End, exclusive. */
		to: clockTimeSchema,
	})
	.strict();

/** One time-of-use period in a schedule: its kind, price and hours. */
export const touPeriodSchema = z
	.object({
		/** Which period this is. */
		kind: touPeriodKindSchema,
		/** The price of energy used in this period, yuan per kWh. */
		price: priceSchema,
		/** The hours of the day in this period; all periods of a schedule together cover 24 h exactly once. */
		hours: z.array(hourRangeSchema).min(1),
	})
	.strict();

/** The time-of-use periods for some months of the year (e.g. a summer schedule with a critical peak). */
export const touScheduleSchema = z
	.object({
		/** The months this schedule applies in; the schedules together cover every month exactly once. */
		months: z.array(monthSchema).min(1),
		/** The periods, each kind at most once. */
		periods: z.array(touPeriodSchema).min(2),
	})
	.strict();

/**
 * Time-of-use pricing for a tiered class, which households opt into. `tou-then-tiers` (先分时后阶梯): energy is
 * first priced by period, then the month's total is split into tiers and each tier's add-on is charged on it.
 */
export const timeOfUseSchema = z
	.object({
		/** How periods and tiers combine; the only rule in use is 先分时后阶梯. */
		combination: z.literal('tou-then-tiers'),
		/** The add-on per kWh for each tier, in tier order; the first tier's is "0". */
		tierAddOns: z.array(priceSchema).min(1),
		/** The schedules; together they cover every month once. */
		schedules: z.array(touScheduleSchema).min(1),
		/** Who may choose it and how, shown on the page. */
		note: localizedTextSchema.optional(),
	})
	.strict();

/** A season with its own tier boundaries (e.g. summer months with higher boundaries). */
export const tierSeasonSchema = z
	.object({
		/** Stable id, e.g. `summer`. */
		id: slugSchema,
		/** Name shown on the page, e.g. 夏季（5–10 月）. */
		name: localizedTextSchema,
		/** The months in this season; the seasons together cover every month exactly once. */
		months: z.array(monthSchema).min(1),
		/**
		 * The upper boundary of every tier but the last, in kWh per billing period, strictly increasing: `[200, 400]`
		 * means tier 1 is 0–200 kWh, tier 2 201–400 kWh, tier 3 above 400 kWh.
		 */
		boundaries: z.array(z.number().int().positive()).min(1),
	})
	.strict();

/** One tier of a tiered tariff. */
export const tierSchema = z
	.object({
		/** Name shown on the page, e.g. 第一档. */
		name: localizedTextSchema,
		/** The price of energy in this tier, yuan per kWh. */
		price: priceSchema,
	})
	.strict();

/** The household-size adjustment: bigger households get every boundary raised. */
export const householdAdjustmentSchema = z
	.object({
		/** Households with at least this many registered people qualify. */
		minPeople: z.number().int().min(2),
		/** kWh added to every tier boundary, per billing period. */
		raiseKwh: z.number().int().positive(),
		/** How to apply (documents, where), shown on the page. */
		note: localizedTextSchema.optional(),
	})
	.strict();

/** Tiered pricing (阶梯电价), optionally with time-of-use. */
export const tieredPricingSchema = z
	.object({
		kind: z.literal('tiered'),
		/** The billing period the boundaries count over: a month, or a year (usage adds up from January). */
		period: z.enum(['month', 'year']),
		/** The tiers, cheapest first; one more than each season's boundaries. */
		tiers: z.array(tierSchema).min(2),
		/** The seasons and their boundaries; one season with all 12 months where there is no seasonal change. */
		seasons: z.array(tierSeasonSchema).min(1),
		/** The household-size adjustment, where there is one. */
		household: householdAdjustmentSchema.optional(),
		/** Time-of-use pricing, where households may choose it. */
		timeOfUse: timeOfUseSchema.optional(),
	})
	.strict();

/** A single price for every kWh. */
export const flatPricingSchema = z
	.object({
		kind: z.literal('flat'),
		/** The price, yuan per kWh. */
		price: priceSchema,
	})
	.strict();

/** A charge per kWh on top of, or inside, the energy price (government funds and levies). */
export const surchargeSchema = z
	.object({
		/** Name as on the bill, e.g. 国家重大水利工程建设基金. */
		name: localizedTextSchema,
		/** Yuan per kWh. */
		price: priceSchema,
		/** `true`: already inside the prices above, listed for information; `false`: added to the bill. */
		included: z.boolean(),
	})
	.strict();

/** A customer class (用户类别) and how it is priced. */
export const customerClassSchema = z
	.object({
		/** Stable id, e.g. `residential`. */
		id: slugSchema,
		/** Name shown on the page, e.g. 居民生活用电. */
		name: localizedTextSchema,
		/** Who belongs to it. */
		description: localizedTextSchema.optional(),
		/** How energy is priced. */
		pricing: z.discriminatedUnion('kind', [tieredPricingSchema, flatPricingSchema]),
		/** Funds and levies per kWh. */
		surcharges: z.array(surchargeSchema).default([]),
	})
	.strict();
export type CustomerClass = z.infer<typeof customerClassSchema>;

/** What a worked example puts into the estimator. */
export const exampleInputSchema = z
	.object({
		/** The customer class; default `residential`. */
		classId: slugSchema.default('residential'),
		/** The month billed, 1 to 12. */
		month: monthSchema,
		/** Registered people in the household. */
		householdSize: z.number().int().min(1).default(1),
		/** The month's total kWh, for a meter without time-of-use. */
		kwh: z.number().int().min(0).optional(),
		/** kWh per time-of-use period, for a time-of-use meter. */
		periods: z.partialRecord(touPeriodKindSchema, z.number().int().min(0)).optional(),
		/** For yearly boundaries: kWh already used this year before this month. */
		usedBeforeKwh: z.number().int().min(0).optional(),
	})
	.strict();
export type ExampleInput = z.infer<typeof exampleInputSchema>;

/** A worked example: inputs and the amount worked out by hand from the published rules. */
export const workedExampleSchema = z
	.object({
		/** Stable id, used to place the example in the explanation pages. */
		id: slugSchema,
		/** What it shows, e.g. 冬季一个月用 450 千瓦时. */
		title: localizedTextSchema,
		/** The inputs. */
		input: exampleInputSchema,
		/** The bill worked out by hand, yuan with 2 decimals as text, e.g. "289.60"; the tests hold the estimator to it. */
		expectedTotal: z.string().regex(/^\d+\.\d{2}$/, {
			message: 'must be yuan with 2 decimals, e.g. "289.60" / 须为两位小数的金额（元），如 "289.60"',
		}),
	})
	.strict();
export type WorkedExample = z.infer<typeof workedExampleSchema>;

/** The published document a tariff version comes from. */
export const tariffSourceSchema = z
	.object({
		/** Its title, e.g. 关于调整居民阶梯电价的通知. */
		title: localizedTextSchema,
		/** Its document number, e.g. 青发改价格〔2026〕18号. */
		number: z.string().trim().min(1),
		/** The date it was issued. */
		date: isoDateSchema,
		/** Where to read it. */
		url: z.url(),
	})
	.strict();

/**
 * One version of the tariff, `content/tariffs/versions/<id>.json`: the prices in force between two dates. Versions
 * never overlap; the one whose dates contain the build date is "in force", the others stay browsable.
 */
export const tariffVersionSchema = z
	.object({
		/** Stable id, also the URL: `/tariffs/versions/<id>/`; must equal the file name. */
		id: slugSchema,
		/** Name shown on the page, e.g. 2026 年 7 月起执行的电价. */
		title: localizedTextSchema,
		/** First day in force (YYYY-MM-DD, the utility's time zone). */
		effectiveFrom: isoDateSchema,
		/** Last day in force, inclusive; absent while it is the current version. */
		effectiveTo: isoDateSchema.optional(),
		/** `true` when the figures are examples, not real prices: every page showing them says so. */
		sample: z.boolean(),
		/** The document that sets these prices. */
		source: tariffSourceSchema,
		/** What changed from the previous version, shown on the page. */
		changes: localizedTextSchema.optional(),
		/** The customer classes; `residential` is the one the estimator is for. */
		classes: z.array(customerClassSchema).min(1),
		/** Worked examples, checked against the estimator by the unit tests and shown on the pages. */
		examples: z.array(workedExampleSchema).default([]),
	})
	.strict();
export type TariffVersion = z.infer<typeof tariffVersionSchema>;
export type TieredPricing = z.infer<typeof tieredPricingSchema>;
export type TimeOfUse = z.infer<typeof timeOfUseSchema>;

/** Astro's YAML reader turns an unquoted date into a Date at UTC midnight: take it back to YYYY-MM-DD. */
const isoDateFromYaml = (v: unknown) =>
	v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v;

/**
 * The frontmatter of a tariff explanation page, `content/tariffs/explainers/<locale>/<slug>.mdx`. The same slug in
 * both locale folders makes a translation pair. Numbers are never typed into the text: components read them from
 * the tariff version in force.
 */
export const tariffExplainerSchema = z
	.object({
		/** The page title, e.g. 阶梯电价是怎么算的. */
		title: z.string().trim().min(1),
		/** One or two sentences: the meta description and the link text on the tariffs page. */
		summary: z.string().trim().min(1).max(200),
		/** Position in the list on the tariffs page, smallest first. */
		order: z.number().int().min(0),
		/** Words readers search for, e.g. 电费高 for why a bill rises. */
		keywords: z.array(z.string().trim().min(1)).default([]),
		/**
		 * When the text was last checked as still right (YYYY-MM-DD). The page also changes when a new tariff version
		 * comes into force, so search engines get the later of the two as dateModified.
		 */
		lastReviewed: z.preprocess(isoDateFromYaml, isoDateSchema).optional(),
		/** When the page was first published (YYYY-MM-DD), for datePublished. Default: lastReviewed. */
		published: z.preprocess(isoDateFromYaml, isoDateSchema).optional(),
	})
	.strict();
export type TariffExplainer = z.infer<typeof tariffExplainerSchema>;
