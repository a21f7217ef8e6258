import type { APIRoute } from 'astro';
import { reliabilityCsv } from '../../lib/reliability/document.ts';
import { getReliability } from '../../data/reliability.ts';

/** /api/reliability.csv: the service-quality figures as a spreadsheet (UTF-8 with a BOM, for Excel and WPS). */
export const GET: APIRoute = async () => {
	const { data, report } = await getReliability();
	return new Response(reliabilityCsv(report, data.areas), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
