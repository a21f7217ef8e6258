import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';
import { reliabilityApiDocument } from '../../lib/reliability/document.ts';
import { getReliability } from '../../data/reliability.ts';

/** /api/reliability.json: the service-quality figures (format: src/schemas/reliability-api.ts). */
export const GET: APIRoute = async () => {
	const { data, report } = await getReliability();
	return feedResponse(JSON.stringify(reliabilityApiDocument(report, data.areas, data.site)), 'json');
};
