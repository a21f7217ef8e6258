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
	code?: string;
	name: { zh: string; en?: string };
	pinyin?: string;
	aliases?: string[];
	children?: AreaNodeInput[];
}

/**
 * The official statistical division code (国家统计局 统计用区划代码) of an area: 6 digits for a county, 9 for a
 * town or street (乡级), 12 for a village or community (村级). `npm run areas` fills it in.
 */
export const divisionCodeSchema = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, {
	message:
		'must be an official division code of 6 (county), 9 (town/street) or 12 (village/community) digits / 须为 6 位（县级）、9 位（乡级）或 12 位（村级）统计用区划代码',
});

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
			/**
			 * The official statistical division code (统计用区划代码), where the area is one: 6 digits at the top (a
			 * county), 9 for a town or street, 12 for a village or community. Optional: a supply district or an
			 * industrial park has none. Unique across the tree, and each starts with its parent's code.
			 */
			code: divisionCodeSchema.optional(),
			/** The official name, e.g. 东关村 / Dongguan Village. */
			name: localizedTextSchema,
			/**
			 * The name in toneless pinyin, words separated by spaces, e.g. `dong guan cun`. Optional: derived from
			 * the Chinese name where missing; give it where a character has more than one reading.
			 */
			pinyin: z
				.string()
				.regex(/^[a-z]+( [a-z]+)*$/, {
					message: 'must be lower-case pinyin syllables separated by spaces / 须为以空格分隔的小写拼音',
				})
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
	/** The official division code (统计用区划代码), where the area has one. */
	code?: string;
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
