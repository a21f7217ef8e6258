import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/feeds/site-feeds.ts';
import { reliabilityApiDocument } from '../../lib/reliability/document.ts';
import { getReliability } from '../../lib/reliability/site-reliability.ts';

/** /api/reliability.json: the service-quality figures (format: src/schemas/reliability-api.ts). */
export const GET: APIRoute = async () => {
	const { data, report } = await getReliability();
	return feedResponse(JSON.stringify(reliabilityApiDocument(report, data.areas, data.site)), 'json');
};
