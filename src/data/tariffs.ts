/**
 * The tariff collections (versions and explanation pages) and what every tariff page derives from them: the
 * version in force on the build's date. The logic lives in src/lib/tariffs/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lib/clock.ts';
import { versionInForce, versionShown } from '../lib/tariffs/versions.ts';
import { zonedDate } from '../lib/time.ts';
import type { TariffVersion } from '../schemas/tariff.ts';
import { getSite } from './collections.ts';
import { once } from './once.ts';

/** Every tariff version, oldest first. */
export const getTariffVersions = once(() =>
	getCollection('tariffs').then((entries) =>
		entries.map((e) => e.data).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)),
	),
);

/** The build's date in the utility's zone: which version is "in force". */
export async function buildDate(): Promise<string> {
	return zonedDate(buildNow(), (await getSite()).timeZone);
}

/** The version in force at build time, or the newest one when none is (so explanations always have figures). */
export async function getCurrentVersion(): Promise<{ version: TariffVersion; inForce: boolean }> {
	const all = await getTariffVersions();
	const date = await buildDate();
	return { version: versionShown(all, date) as TariffVersion, inForce: versionInForce(all, date) !== undefined };
}

/** Every explanation page, by `order`. */
export const getTariffExplainers = once((): Promise<Array<CollectionEntry<'tariffExplainers'>>> =>
	getCollection('tariffExplainers').then((entries) =>
		entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
	),
);
