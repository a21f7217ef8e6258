/**
 * The parts of incremental-build keys that pages share (see cache-key.ts): what every page shows around its
 * content, a notice's content, and what moves with the clock.
 */
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { ListedNotice } from '../outages/listing.ts';
import { finalStatuses, outageStatus, type OutageStatus } from '../outages/status.ts';
import { utcOffsetLabel } from '../time.ts';
import { cacheKey, memoKey } from './cache-key.ts';

export interface PageKeys {
	/**
	 * What every page shows around its content: the site settings (header, footer, contacts), the area tree
	 * (names in links everywhere), the supply units (named and linked from area and notice pages) and the zone's
	 * UTC offset in the footer (it moves with daylight saving).
	 */
	base: string;
	/** A notice's content: the content layer's digest of its entry where there is one. */
	notice: (n: Notice) => string;
	/** An alert's content. */
	alert: (a: Alert) => string;
	/**
	 * What a notice shows that moves with the clock: its status, and the build time while the status can still
	 * change (an "as of" time is shown next to it); a final status (ended, cancelled) is just itself.
	 */
	live: (n: Notice) => string;
	/** A notice's status alone: for pages that show no "as of" time and are rebuilt when a status changes. */
	status: (n: Notice) => OutageStatus;
	/** The keys of a list of notices with their statuses, as lists and cards show them. */
	listed: (items: readonly ListedNotice[]) => string[];
	/** The keys of a list of notices with their statuses alone (no build time), for pages without "as of". */
	statuses: (items: readonly ListedNotice[]) => string[];
}

/**
 * The shared key parts of a build at `now`. `digest` gives a notice's content digest where the content layer has
 * one (Astro's entry digest); otherwise the notice is serialised once per build.
 */
export function pageKeys(
	site: SiteConfig,
	areas: ReadonlyMap<string, Area>,
	now: Date,
	digest: (n: Notice) => string | undefined = () => undefined,
	units: readonly Unit[] = [],
): PageKeys {
	const own = memoKey<Notice>();
	const notice = (n: Notice) => digest(n) ?? own(n);
	const nowIso = now.toISOString();
	const live = (n: Notice) => {
		const status = outageStatus(n, now);
		return finalStatuses.has(status) ? status : `${status}@${nowIso}`;
	};
	return {
		base: cacheKey(site, [...areas.values()], units, utcOffsetLabel(now, site.timeZone)),
		notice,
		alert: memoKey<Alert>(),
		live,
		status: (n) => outageStatus(n, now),
		listed: (items) => items.map((i) => `${notice(i.notice)}:${live(i.notice)}`),
		statuses: (items) => items.map((i) => `${notice(i.notice)}:${i.status}`),
	};
}
