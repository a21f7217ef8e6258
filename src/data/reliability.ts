/**
 * The service-quality figures of this build (src/lib/reliability/figures.ts), computed once from the shared outage
 * data.
 */
import { reliabilityReport } from '../lib/reliability/figures.ts';
import { once } from './once.ts';
import { getOutageData } from './outages.ts';

/** The build's outage data with its figures. */
export const getReliability = once(async () => {
	const data = await getOutageData();
	return { data, report: reliabilityReport(data.notices, data.areas, data.site, data.now) };
});
