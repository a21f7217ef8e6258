/**
 * The outage data every outage, area, unit and home page shares, worked out once per build from the collections:
 * notices by id, the area index, the list at build time, the alerts to show and the incremental-build keys.
 * Pages only look things up here. src/data/outages.ts loads it for Astro.
 */
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Unit } from '../../schemas/unit.ts';
import { pageKeys, type PageKeys } from '../build/page-keys.ts';
import { alertsToRender } from './alerts.ts';
import { buildAreaNoticeIndex, type AreaNoticeIndex } from './area-index.ts';
import { outageList, type OutageList } from './listing.ts';

export interface OutageData {
	site: SiteConfig;
	/** The build's "now". */
	now: Date;
	/**
	 * Every notice this build knows in full, in file order: its own, then (in the live segment's build) the closed
	 * segments' notices a page can still show (src/lib/build/segments/closed.ts). Lists, records and figures read these.
	 */
	notices: Notice[];
	/** The notices this build publishes pages for: its segment's (every notice in a whole-site build). */
	own: Notice[];
	byId: Map<string, Notice>;
	areas: Map<string, Area>;
	/** Supply units by id, in file order. */
	units: Map<string, Unit>;
	areaIndex: AreaNoticeIndex;
	list: OutageList;
	/** Alerts not yet expired at build time, most severe first. */
	alerts: Alert[];
	/** Incremental-build keys (see src/lib/build/page-keys.ts). */
	keys: PageKeys;
}

/** What the outage data is made from: the collections, the build's clock and the content layer's digests. */
export interface OutageSources {
	/** The build's own notices (the content layer's). */
	notices: Notice[];
	/** Closed notices a page of this build can still show (the live segment's build), after `notices`. */
	history?: Notice[];
	areas: Map<string, Area>;
	alerts: Alert[];
	site: SiteConfig;
	units: Unit[];
	now: Date;
	/** A notice's content digest from the content layer, where it has one. */
	digest?: (n: Notice) => string | undefined;
}

/** The shared outage data of a build. */
export function outageData(sources: OutageSources): OutageData {
	const { areas, alerts, site, units, now, digest } = sources;
	const own = sources.notices;
	const notices = sources.history?.length ? [...own, ...sources.history] : own;
	return {
		keys: pageKeys(site, areas, now, digest, units),
		site,
		now,
		notices,
		own,
		byId: new Map(notices.map((n) => [n.id, n])),
		areas,
		units: new Map(units.map((u) => [u.id, u])),
		areaIndex: buildAreaNoticeIndex(areas, notices),
		list: outageList(notices, now),
		alerts: alertsToRender(alerts, now),
	};
}
