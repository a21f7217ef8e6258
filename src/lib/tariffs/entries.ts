/**
 * Build-time access to the tariff collections (Astro only; the logic lives in the plain modules beside this one).
 * Read once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { TariffVersion } from '../../schemas/tariff.ts';
import { buildNow } from '../clock.ts';
import { getSite } from '../../data/collections.ts';
import { zonedDate } from '../time.ts';
import { versionInForce, versionShown } from './versions.ts';

let versions: Promise<TariffVersion[]> | undefined;
let explainers: Promise<Array<CollectionEntry<'tariffExplainers'>>> | undefined;

/** Every tariff version, oldest first. */
export function getTariffVersions(): Promise<TariffVersion[]> {
	versions ??= getCollection('tariffs').then((entries) =>
		entries.map((e) => e.data).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1)),
	);
	return versions;
}

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
export function getTariffExplainers(): Promise<Array<CollectionEntry<'tariffExplainers'>>> {
	explainers ??= getCollection('tariffExplainers').then((entries) =>
		entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
	);
	return explainers;
}
