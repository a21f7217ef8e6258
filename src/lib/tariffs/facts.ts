import type { TariffVersion, TouPeriodKind } from '../../schemas/tariff.ts';
import { estimate } from './estimate.ts';
import {
	dateText,
	hoursText,
	kwhText,
	monthsText,
	priceText,
	residentialPricing,
	yuanText,
	type TariffLocale,
} from './present.ts';

/**
 * One figure from a tariff version, in words, for the explanation pages' running text: `<Fact k="tier:2:price" />`.
 * The text never types a number itself, so it cannot disagree with the data. An unknown key or one the version
 * lacks throws, which stops the build.
 *
 * Keys (residential class): `tier:<n>:price` (n from 1), `boundary:<season>:<n>`, `season:<season>:months`,
 * `household:minPeople`, `household:raise`, `period:<kind>:price`, `period:<kind>:hours` (`period:critical:months`
 * for the months that have one), `addon:<n>`, `effectiveFrom`, `example:<id>:total`, `example:<id>:kwh`.
 */
export function tariffFact(version: TariffVersion, key: string, locale: TariffLocale): string {
	const pricing = residentialPricing(version);
	const parts = key.split(':');
	const fail = (why: string) => new Error(`tariff fact "${key}" (version ${version.id}): ${why}`);
	const tierIndex = (n: string) => {
		const i = Number(n) - 1;
		if (!Number.isInteger(i) || i < 0 || i >= pricing.tiers.length) throw fail(`no tier ${n}`);
		return i;
	};
	switch (parts[0]) {
		case 'tier':
			if (parts[2] === 'price') return priceText(pricing.tiers[tierIndex(parts[1])].price, locale);
			break;
		case 'boundary': {
			const season = pricing.seasons.find((s) => s.id === parts[1]);
			if (!season) throw fail(`no season "${parts[1]}"`);
			const b = season.boundaries[Number(parts[2]) - 1];
			if (b === undefined) throw fail(`no boundary ${parts[2]}`);
			return kwhText(b, locale);
		}
		case 'season': {
			const season = pricing.seasons.find((s) => s.id === parts[1]);
			if (!season) throw fail(`no season "${parts[1]}"`);
			if (parts[2] === 'months') return monthsText(season.months, locale);
			break;
		}
		case 'household':
			if (!pricing.household) throw fail('no household adjustment');
			if (parts[1] === 'minPeople') return String(pricing.household.minPeople);
			if (parts[1] === 'raise') return kwhText(pricing.household.raiseKwh, locale);
			break;
		case 'period': {
			const kind = parts[1] as TouPeriodKind;
			const schedules = pricing.timeOfUse?.schedules.filter((s) => s.periods.some((p) => p.kind === kind)) ?? [];
			if (schedules.length === 0) throw fail(`no ${kind} period`);
			// The schedules were chosen for having one.
			const period = schedules[0].periods.find((p) => p.kind === kind) as (typeof schedules)[0]['periods'][0];
			if (parts[2] === 'price') return priceText(period.price, locale);
			if (parts[2] === 'hours') return hoursText(period.hours, locale);
			if (parts[2] === 'months')
				return monthsText(
					schedules.flatMap((s) => s.months),
					locale,
				);
			break;
		}
		case 'addon': {
			const addOn = pricing.timeOfUse?.tierAddOns[tierIndex(parts[1])];
			if (addOn === undefined) throw fail('no time-of-use add-ons');
			return priceText(addOn, locale);
		}
		case 'effectiveFrom':
			return dateText(version.effectiveFrom, locale);
		case 'example': {
			const ex = version.examples.find((e) => e.id === parts[1]);
			if (!ex) throw fail(`no worked example "${parts[1]}"`);
			const result = estimate(version, ex.input);
			if (parts[2] === 'total') return yuanText(result.totalFen, locale);
			if (parts[2] === 'kwh') return kwhText(result.totalKwh, locale);
			break;
		}
	}
	throw fail('unknown key');
}
