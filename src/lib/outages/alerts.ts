import type { Alert } from '../../schemas/alert.ts';

/**
 * Whether an alert shows at `now`: from its start (inclusive) until its expiry (exclusive). The reader's browser
 * applies the same rule (see src/scripts/live-status.ts) so an expired alert disappears from an old page.
 */
export function alertShowing(alert: Pick<Alert, 'start' | 'expiry'>, now: Date | number): boolean {
	const t = typeof now === 'number' ? now : now.getTime();
	return Date.parse(alert.start) <= t && t < Date.parse(alert.expiry);
}

/**
 * The alerts a page built at `now` carries: those not yet expired (ones that start later are included, and
 * shown by the reader's browser once they start), most severe first, then latest start first.
 */
export function alertsToRender(alerts: readonly Alert[], now: Date | number): Alert[] {
	const t = typeof now === 'number' ? now : now.getTime();
	const rank = { severe: 0, warning: 1, info: 2 } as const;
	return alerts
		.filter((a) => Date.parse(a.expiry) > t)
		.sort((a, b) => rank[a.severity] - rank[b.severity] || Date.parse(b.start) - Date.parse(a.start) || a.id.localeCompare(b.id));
}

/** The alerts concerning `areaId` (listed directly, or for an enclosing or enclosed area) or the whole service area. */
export function alertsForArea(alerts: readonly Alert[], areaId: string, related: ReadonlySet<string>): Alert[] {
	return alerts.filter((a) => a.areas.length === 0 || a.areas.includes(areaId) || a.areas.some((id) => related.has(id)));
}
