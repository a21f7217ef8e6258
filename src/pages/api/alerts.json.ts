import type { APIRoute } from 'astro';
import { alertsDocument } from '../../lib/outages/alerts-feed.ts';
import { getOutageData } from '../../data/outages.ts';

/** /api/alerts.json: the urgent alerts for pages built before them (see src/lib/outages/alerts-feed.ts). */
export const GET: APIRoute = async () => {
	const { alerts, areas, site } = await getOutageData();
	return new Response(JSON.stringify(alertsDocument(alerts, areas, site.timeZone)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
