import type { APIRoute } from 'astro';
import { feedResponse, siteFeeds } from '../../data/feeds.ts';

/** /api/outages.schema.json: the JSON Schema of /api/outages.json, generated from its zod schema. */
export const GET: APIRoute = async () => feedResponse((await siteFeeds()).apiSchemaJson(), 'schema');
