import type { TariffVersion } from '../../schemas/tariff.ts';

/**
 * The version in force on `date` (YYYY-MM-DD in the utility's zone): the one whose effective dates contain it.
 * Versions never overlap (content validation refuses it), so there is at most one.
 */
export function versionInForce(versions: readonly TariffVersion[], date: string): TariffVersion | undefined {
	return versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo));
}

/** Versions newest first (by effective date): the order they are listed in. */
export function versionsNewestFirst(versions: readonly TariffVersion[]): TariffVersion[] {
	return [...versions].sort((a, b) =>
		a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0,
	);
}

/** Whether a version's dates lie wholly before `date` (superseded), contain it (current) or after it (upcoming). */
export function versionStatus(v: TariffVersion, date: string): 'superseded' | 'current' | 'upcoming' {
	if (date < v.effectiveFrom) return 'upcoming';
	if (v.effectiveTo !== undefined && v.effectiveTo < date) return 'superseded';
	return 'current';
}

/**
 * The version the explanation pages and the estimator show on `date`: the one in force, or the newest when none
 * is (before the first version or in a gap), so the explanations always have figures.
 */
export function versionShown(versions: readonly TariffVersion[], date: string): TariffVersion | undefined {
	return versionInForce(versions, date) ?? versionsNewestFirst(versions)[0];
}

/** The day after `date` (YYYY-MM-DD), by the calendar. */
function nextDay(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/**
 * Every version a page built on `date` or any later day can show (see `versionShown`), each with the first of those
 * days it is shown, in that order. What is shown changes only where a version starts or the day after one ends, so
 * those days (after `date`) are the only ones to look at. A version published ahead of its effective date is here;
 * one already superseded on `date` is not, since no build from then on renders it.
 */
export function versionsShownFrom(
	versions: readonly TariffVersion[],
	date: string,
): Array<{ version: TariffVersion; from: string }> {
	const boundaries = versions.flatMap((v) => [
		v.effectiveFrom,
		...(v.effectiveTo === undefined ? [] : [nextDay(v.effectiveTo)]),
	]);
	const days = [...new Set([date, ...boundaries.filter((d) => d > date)])].sort();
	const out: Array<{ version: TariffVersion; from: string }> = [];
	for (const day of days) {
		const version = versionShown(versions, day);
		if (version && !out.some((x) => x.version.id === version.id)) out.push({ version, from: day });
	}
	return out;
}
