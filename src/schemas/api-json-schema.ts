import { z } from 'astro/zod';
import { isoDateSchema, offsetDateTimeSchema } from './common.ts';

const OFFSET_DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$';
const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The JSON Schema (draft 2020-12) of one of the site's JSON documents, generated from its zod schema: the shared
 * building blocks named in `metadata` become `$defs`, and the formats zod checks with refinements (which have no
 * JSON Schema form and are left out by `z.toJSONSchema`) are given back as `pattern`s. `$id` is the schema's own
 * URL; title and description head the document.
 */
export function apiJsonSchema(
	schema: z.ZodType,
	opts: {
		selfUrl: string;
		title: string;
		description: string;
		metadata: z.core.$ZodRegistry<{ id?: string; description?: string }>;
	},
): Record<string, unknown> {
	const json = z.toJSONSchema(schema, {
		target: 'draft-2020-12',
		io: 'output',
		metadata: opts.metadata,
		reused: 'inline',
		override: (ctx) => {
			if (ctx.zodSchema === offsetDateTimeSchema) ctx.jsonSchema.pattern = OFFSET_DATE_TIME_PATTERN;
			if (ctx.zodSchema === isoDateSchema) ctx.jsonSchema.pattern = ISO_DATE_PATTERN;
		},
	}) as Record<string, unknown>;
	return {
		$schema: json.$schema,
		$id: opts.selfUrl,
		title: opts.title,
		description: opts.description,
		...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
	};
}
