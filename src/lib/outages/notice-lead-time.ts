/**
 * The notice a resident was given for an outage's current window: measured from when that window was announced (its
 * first publication, or its latest rescheduling) to its start. This is what a notice page, the content check and
 * the importer warn about ("short notice"), since a resident plans around the window they were told.
 * The service-quality figures use a stricter definition on purpose — the first publication against the start as
 * first announced, so a reschedule cannot make a late notice look punctual: see src/lib/reliability/lead-time.ts.
 * Both take the required hours from site.json `leadTimeHours`.
 */
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';

const HOUR = 3_600_000;

/**
 * When the notice's current window was announced: the latest history entry that set the window (its first
 * publication, or its latest rescheduling).
 */
export function windowAnnouncedAt(notice: Notice): string {
	const setter = notice.history.findLast((h) => h.event === 'published' || h.event === 'rescheduled');
	return setter?.at ?? notice.publishedAt;
}

/**
 * How short of the required lead time a notice was published, in hours; 0 when it met it. The requirement
 * depends on the notice's kind (site.json `leadTimeHours`). Cancelled notices never fall short.
 */
export function leadTimeShortfallHours(notice: Notice, leadTimeHours: SiteConfig['leadTimeHours']): number {
	if (notice.lifecycle === 'cancelled') return 0;
	const required = leadTimeHours[notice.kind];
	const given = (Date.parse(notice.start) - Date.parse(windowAnnouncedAt(notice))) / HOUR;
	return Math.max(0, required - given);
}

/** The lead time actually given, in whole hours, rounded down. */
export function leadTimeGivenHours(notice: Notice): number {
	return Math.floor((Date.parse(notice.start) - Date.parse(windowAnnouncedAt(notice))) / HOUR);
}
