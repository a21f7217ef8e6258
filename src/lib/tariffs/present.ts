/**
 * Tariff figures in words, for the pages and the estimator island alike (so the page built without JavaScript and
 * the live result read the same): tier ranges, hours, months, and each breakdown line.
 */
import { punctuation } from '../../i18n/punctuation.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { TariffVersion, TieredPricing, TouPeriodKind } from '../../schemas/tariff.ts';
import type { Estimate, EstimateLine } from './estimate.ts';
import { formatPrice, formatYuan, groupThousands } from './money.ts';

export type TariffLocale = 'zh-cn' | 'en';

/** A localized text in `locale`, falling back to Chinese. */
export function tx(text: LocalizedText, locale: TariffLocale): string {
	return locale === 'en' && text.en ? text.en : text.zh;
}

const periodNames: Record<TouPeriodKind, LocalizedText & { en: string }> = {
	critical: { zh: '尖峰', en: 'Critical peak' },
	peak: { zh: '峰', en: 'Peak' },
	flat: { zh: '平', en: 'Flat' },
	valley: { zh: '谷', en: 'Valley' },
};

/** The name of a time-of-use period: 尖峰 / 峰 / 平 / 谷, or Critical peak / Peak / Flat / Valley. */
export function periodName(kind: TouPeriodKind, locale: TariffLocale): string {
	return tx(periodNames[kind], locale);
}

/** kWh with its unit: "450 千瓦时" / "450 kWh". */
export function kwhText(kwh: number, locale: TariffLocale): string {
	return locale === 'en' ? `${groupThousands(kwh)} kWh` : `${groupThousands(kwh)} 千瓦时`;
}

/** An amount: "289.60 元" / "¥289.60". */
export function yuanText(fen: number, locale: TariffLocale): string {
	return locale === 'en' ? `¥${formatYuan(fen)}` : `${formatYuan(fen)} 元`;
}

/** A price per kWh: "0.5880 元/千瓦时" / "¥0.5880 per kWh". */
export function priceText(price: string | number, locale: TariffLocale): string {
	const p = typeof price === 'number' ? formatPrice(price) : price;
	return locale === 'en' ? `¥${p} per kWh` : `${p} 元/千瓦时`;
}

/** The kWh range of tier `tier` given the boundaries: "201–400 千瓦时", "over 400 kWh". */
export function tierRangeText(tier: number, boundaries: readonly number[], locale: TariffLocale): string {
	const lower = tier === 0 ? 0 : boundaries[tier - 1];
	if (tier >= boundaries.length)
		return locale === 'en' ? `over ${groupThousands(lower)} kWh` : `${groupThousands(lower)} 千瓦时以上`;
	const from = tier === 0 ? 0 : lower + 1;
	return locale === 'en'
		? `${groupThousands(from)} to ${groupThousands(boundaries[tier])} kWh`
		: `${groupThousands(from)}–${groupThousands(boundaries[tier])} 千瓦时`;
}

/** Months as people say them: "5–10 月" / "May to October"; runs of consecutive months are joined. */
export function monthsText(months: readonly number[], locale: TariffLocale): string {
	const names = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	const sorted = [...months].sort((a, b) => a - b);
	const runs: Array<[number, number]> = [];
	for (const m of sorted) {
		const last = runs.at(-1);
		if (last && last[1] === m - 1) last[1] = m;
		else runs.push([m, m]);
	}
	if (locale === 'en') {
		if (sorted.length === 12) return 'all year';
		return runs
			.map(([a, b]) => (a === b ? names[a - 1] : `${names[a - 1]} to ${names[b - 1]}`))
			.join(punctuation.en.list);
	}
	if (sorted.length === 12) return '全年';
	return `${runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(punctuation['zh-cn'].list)} 月`;
}

/** Hours of a period: "08:00–11:00、18:00–22:00" / "08:00 to 11:00, 18:00 to 22:00". */
export function hoursText(hours: ReadonlyArray<{ from: string; to: string }>, locale: TariffLocale): string {
	return hours
		.map((h) => (locale === 'en' ? `${h.from} to ${h.to}` : `${h.from}–${h.to}`))
		.join(punctuation[locale].list);
}

/** Short date: "2026年7月1日" / "1 July 2026". */
export function dateText(isoDate: string, locale: TariffLocale): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	const names = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	return locale === 'en' ? `${d} ${names[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** The residential class of a version, the one the estimator works out; every version has one, tiered. */
export function residentialClass(
	version: TariffVersion,
): TariffVersion['classes'][number] & { pricing: TieredPricing } {
	const cls = version.classes.find((c) => c.id === 'residential');
	if (!cls || cls.pricing.kind !== 'tiered') throw new Error(`tariff ${version.id} has no tiered "residential" class`);
	return cls as TariffVersion['classes'][number] & { pricing: TieredPricing };
}

/** The residential (tiered) pricing of a version. */
export function residentialPricing(version: TariffVersion): TieredPricing {
	return residentialClass(version).pricing;
}

/** One breakdown line as the reader sees it: what it is, and the sum "200 千瓦时 × 0.5880 元/千瓦时". */
export function describeLine(
	line: EstimateLine,
	version: TariffVersion,
	classId: string,
	locale: TariffLocale,
): { label: string; working: string; amount: string } {
	const cls = version.classes.find((c) => c.id === classId);
	const working = `${kwhText(line.kwh, locale)} × ${priceText(line.priceUnits, locale)}`;
	const amount = yuanText(line.amountFen, locale);
	let label: string;
	switch (line.kind) {
		case 'tier': {
			const pricing = cls?.pricing as TieredPricing;
			label = `${tx(pricing.tiers[line.tier].name, locale)}${locale === 'en' ? ` (kWh ${groupThousands(line.from + 1)} to ${groupThousands(line.to)})` : `（第 ${groupThousands(line.from + 1)}–${groupThousands(line.to)} 千瓦时）`}`;
			break;
		}
		case 'addon': {
			const pricing = cls?.pricing as TieredPricing;
			const name = tx(pricing.tiers[line.tier].name, locale);
			label =
				locale === 'en'
					? `${name} add-on (kWh ${groupThousands(line.from + 1)} to ${groupThousands(line.to)} of the month)`
					: `${name}加价（当月第 ${groupThousands(line.from + 1)}–${groupThousands(line.to)} 千瓦时）`;
			break;
		}
		case 'period':
			label = locale === 'en' ? `${periodName(line.period, locale)} period` : `${periodName(line.period, locale)}时段`;
			break;
		case 'flat':
			label = cls ? tx(cls.name, locale) : classId;
			break;
		case 'surcharge':
			label = cls ? tx(cls.surcharges[line.surcharge].name, locale) : '';
			break;
	}
	return { label, working, amount };
}

/** A one-line summary of what was estimated: "1 月 · 3 人 · 450 千瓦时". */
export function estimateSummary(e: Estimate, householdSize: number, locale: TariffLocale): string {
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	return locale === 'en'
		? `${months[e.month - 1]} · ${householdSize} ${householdSize === 1 ? 'person' : 'people'} · ${kwhText(e.totalKwh, locale)}`
		: `${e.month} 月 · ${householdSize} 人 · ${kwhText(e.totalKwh, locale)}`;
}
