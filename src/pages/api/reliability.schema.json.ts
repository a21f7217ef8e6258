import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { feedResponse } from '../../data/feeds.ts';
import { reliabilityUrls } from '../../lib/reliability/document.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { reliabilityApiJsonSchema } from '../../schemas/reliability-api.ts';

/** /api/reliability.schema.json: the JSON Schema of /api/reliability.json, generated from its zod schema. */
export const GET: APIRoute = async () =>
	feedResponse(
		`${JSON.stringify(reliabilityApiJsonSchema(absoluteUrl(reliabilityUrls.schema, (await getSite()).baseUrl)), null, '\t')}\n`,
		'schema',
	);
