import type { Alert } from '../../schemas/alert.ts';
import { byCodeUnit } from '../order.ts';

/**
 * Whether an alert shows at `now`: from its start (inclusive) until its expiry (exclusive). The reader's browser
 * applies the same rule (see src/scripts/live-status.ts) so an expired alert disappears from an old page.
 */
export function alertShowing(alert: Pick<Alert, 'start' | 'expiry'>, now: Date | number): boolean {
	const t = Number(now);
	return Date.parse(alert.start) <= t && t < Date.parse(alert.expiry);
}

/**
 * The alerts a page built at `now` carries: those not yet expired (ones that start later are included, and
 * shown by the reader's browser once they start), most severe first, then latest start first.
 */
export function alertsToRender(alerts: readonly Alert[], now: Date | number): Alert[] {
	const t = Number(now);
	const rank = { severe: 0, warning: 1, info: 2 } as const;
	return alerts
		.filter((a) => Date.parse(a.expiry) > t)
		.sort(
			(a, b) =>
				rank[a.severity] - rank[b.severity] || Date.parse(b.start) - Date.parse(a.start) || byCodeUnit(a.id, b.id),
		);
}

/**
 * The alerts an area page carries in its HTML: those naming the area, an area around it or one inside it. An
 * alert for the whole service area (no areas) is left out: it would rebuild every area page when published and
 * again when it expires, where the home page and the outage list carry it in their HTML and every other page,
 * area pages included, shows it from /api/alerts.json.
 */
export function alertsForArea(alerts: readonly Alert[], areaId: string, related: ReadonlySet<string>): Alert[] {
	return alerts.filter((a) => a.areas.includes(areaId) || a.areas.some((id) => related.has(id)));
}
