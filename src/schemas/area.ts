import { z } from 'astro/zod';
import { localizedTextSchema, slugSchema } from './common.ts';

/** The levels of the area tree, top down: district ▸ town or street ▸ village or community. */
export const areaKinds = {
	/** Depth 0: 区/县/片区 — a district. */
	0: ['district'],
	/** Depth 1: 镇/乡 (town) or 街道 (street, urban sub-district). */
	1: ['town', 'street'],
	/** Depth 2: 村 (village) or 社区/小区 (community). */
	2: ['village', 'community'],
} as const;

export const areaKindSchema = z.enum(['district', 'town', 'street', 'village', 'community']);
export type AreaKind = z.infer<typeof areaKindSchema>;

/** An area as written in `content/areas.json`: a node of the area tree. */
export interface AreaNodeInput {
	id: string;
	kind: AreaKind;
	name: { zh: string; en?: string };
	pinyin?: string;
	aliases?: string[];
	children?: AreaNodeInput[];
}

/**
 * One node of the area tree in `content/areas.json`.
 * Notices name the areas they affect by `id`; the importer matches published scope text against `name` and
 * `aliases`.
 */
export const areaNodeSchema: z.ZodType<AreaNodeInput> = z.lazy(() =>
	z
		.object({
			/** Stable, URL-safe and unique across the whole tree: the area page is `/areas/<id>/`, kept forever. */
			id: slugSchema,
			/** The level: district at the top, then town or street, then village or community. */
			kind: areaKindSchema,
			/** The official name, e.g. 东关村 / Dongguan Village. */
			name: localizedTextSchema,
			/**
			 * The name in toneless pinyin, words separated by spaces, e.g. `dong guan cun`. Optional: derived from
			 * the Chinese name where missing; give it where a character has more than one reading.
			 */
			pinyin: z
				.string()
				.regex(/^[a-z]+( [a-z]+)*$/, { message: 'must be lower-case pinyin syllables separated by spaces / 须为以空格分隔的小写拼音' })
				.optional(),
			/** Other names people and the scheduling system use: former names, hamlets, estates, abbreviations. */
			aliases: z.array(z.string().trim().min(1)).default([]),
			/** The areas inside this one. */
			children: z.array(areaNodeSchema).default([]),
		})
		.strict(),
);

/** `content/areas.json`: the districts, each with its towns and streets, each with its villages and communities. */
export const areaTreeSchema = z.array(areaNodeSchema);

/** An area with its place in the tree made explicit: what the site and the scripts work with. */
export interface Area {
	id: string;
	kind: AreaKind;
	name: { zh: string; en?: string };
	pinyin?: string;
	aliases: string[];
	/** 0 for a district, 1 for a town or street, 2 for a village or community. */
	depth: 0 | 1 | 2;
	/** The id of the enclosing area; undefined for a district. */
	parent?: string;
	/** Ids of enclosing areas, outermost first. */
	ancestors: string[];
	/** Ids of the areas directly inside this one, in file order. */
	children: string[];
}
