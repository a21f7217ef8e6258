/**
 * What a supply unit's page shows (/units/<id>/), worked out from the build's outage data: the page only arranges
 * it. The same model gives the page's incremental-build key, so the key covers exactly what the page renders.
 */
import type { Locale } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Unit } from '../../schemas/unit.ts';
import { cacheKey } from '../build/cache-key.ts';
import { hasLiveStatus } from '../outages/status.ts';
import { outageList, type ListedNotice } from '../outages/listing.ts';
import type { OutageData } from '../outages/outage-data.ts';

export interface UnitPageModel {
	unit: Unit;
	/** The areas it serves, as listed (unknown ids left out: content validation reports them). */
	served: Area[];
	/** Outages on now or coming in the areas it serves (and the areas inside them), as the outage list orders them. */
	current: ListedNotice[];
	/** Whether any listed status can still change (the page then says "as of" when it was built). */
	live: boolean;
}

/** The unit page model of `unit` at the build's `now`. */
export function unitPageModel(unit: Unit, data: Pick<OutageData, 'areas' | 'areaIndex' | 'now'>): UnitPageModel {
	const served = unit.areas.map((id) => data.areas.get(id)).filter((a): a is Area => a !== undefined);
	const byId = new Map<string, Notice>();
	for (const a of served) for (const n of data.areaIndex.forArea(a.id)) byId.set(n.id, n);
	const { current } = outageList([...byId.values()], data.now);
	return { unit, served, current, live: hasLiveStatus(current) };
}

/**
 * The incremental-build key of a unit page, like an area page's: the base (site, areas, units), the unit, the
 * listed notices by content and status, and the build time only while a status on the page can still change.
 */
export function unitPageKey(model: UnitPageModel, locale: Locale, data: Pick<OutageData, 'keys' | 'now'>): string {
	return cacheKey(
		data.keys.base,
		locale,
		model.unit.id,
		data.keys.listed(model.current),
		model.live ? data.now.toISOString() : null,
	);
}
