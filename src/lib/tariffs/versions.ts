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
	return [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
}

/** Whether a version's dates lie wholly before `date` (superseded), contain it (current) or after it (upcoming). */
export function versionStatus(v: TariffVersion, date: string): 'superseded' | 'current' | 'upcoming' {
	if (date < v.effectiveFrom) return 'upcoming';
	if (v.effectiveTo !== undefined && v.effectiveTo < date) return 'superseded';
	return 'current';
}
