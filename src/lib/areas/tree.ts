import { areaKinds, type Area, type AreaNodeInput } from '../../schemas/area.ts';
import type { Bilingual } from '../../schemas/errors.ts';
import { toHalfWidthDigits } from '../text/width.ts';

/** A problem found while flattening the area tree, located by the path of ids from the top. */
export interface AreaTreeProblem extends Bilingual {
	/** Where in the file, e.g. `chengguan > dongguan`. */
	entry: string;
	field: string;
}

/**
 * Flattens the nested area tree of `content/areas.json` into a map by id, in file order (depth first), and
 * checks the rules a schema of one node cannot: ids unique across the tree, each level of the right kind,
 * no deeper than village/community, and no Chinese name or alias shared by two areas (see `areaNameProblems`).
 */
export function flattenAreaTree(tree: AreaNodeInput[]): { areas: Map<string, Area>; problems: AreaTreeProblem[] } {
	const areas = new Map<string, Area>();
	const problems: AreaTreeProblem[] = [];
	const codeOwner = new Map<string, string>();
	const visit = (node: AreaNodeInput, ancestors: string[]) => {
		const depth = ancestors.length;
		const entry = [...ancestors, node.id].join(' > ');
		if (depth > 2) {
			problems.push({
				entry,
				field: 'children',
				en: 'the tree has three levels at most: district > town/street > village/community',
				zh: '区域最多三级：片区 > 镇/街道 > 村/社区',
			});
			return;
		}
		const allowed: readonly string[] = areaKinds[depth as 0 | 1 | 2];
		if (!allowed.includes(node.kind)) {
			problems.push({
				entry,
				field: 'kind',
				en: `at this level must be ${allowed.join(' or ')}, got "${node.kind}"`,
				zh: `此级别应为 ${allowed.join(' 或 ')}，实际为 "${node.kind}"`,
			});
		}
		if (areas.has(node.id)) {
			problems.push({
				entry,
				field: 'id',
				en: `duplicate id "${node.id}": ids must be unique across the whole tree`,
				zh: `区域编号 "${node.id}" 重复，须在全表唯一`,
			});
			return;
		}
		if (node.code !== undefined)
			problems.push(...codeProblems(node.code, depth, entry, codeOwner, areas.get(ancestors.at(-1) ?? '')?.code));
		areas.set(node.id, {
			id: node.id,
			kind: node.kind,
			...(node.code === undefined ? {} : { code: node.code }),
			name: node.name,
			pinyin: node.pinyin,
			aliases: node.aliases ?? [],
			depth: depth as 0 | 1 | 2,
			parent: ancestors.at(-1),
			ancestors,
			children: (node.children ?? []).map((c) => c.id),
		});
		for (const child of node.children ?? []) visit(child, [...ancestors, node.id]);
	};
	for (const node of tree) visit(node, []);
	problems.push(...areaNameProblems(areas));
	return { areas, problems };
}

/** Official code lengths by depth: county, town/street (乡级), village/community (村级). */
const CODE_LENGTH = [6, 9, 12] as const;

/**
 * The rules an area's official division code must keep: its length fits its level, it extends its parent's code
 * (a village's code begins with its town's), and no other area has it. `owners` maps each code seen to its entry.
 */
function codeProblems(
	code: string,
	depth: number,
	entry: string,
	owners: Map<string, string>,
	parentCode: string | undefined,
): AreaTreeProblem[] {
	const out: AreaTreeProblem[] = [];
	const want = CODE_LENGTH[depth];
	if (code.length !== want) {
		out.push({
			entry,
			field: 'code',
			en: `"${code}" has ${code.length} digits; at this level the official code has ${want}`,
			zh: `"${code}" 为 ${code.length} 位，此级别的统计用区划代码应为 ${want} 位`,
		});
	} else if (parentCode !== undefined && !code.startsWith(parentCode)) {
		out.push({
			entry,
			field: 'code',
			en: `"${code}" does not begin with its parent's code ${parentCode}: is the area under the right parent?`,
			zh: `"${code}" 不以上级区域的代码 ${parentCode} 开头：区域是否放错了上级？`,
		});
	}
	const first = owners.get(code);
	if (first !== undefined)
		out.push({
			entry,
			field: 'code',
			en: `"${code}" is also the code of ${first}: each official code belongs to one area`,
			zh: `"${code}" 也是 ${first} 的代码，每个统计用区划代码只属于一个区域`,
		});
	else owners.set(code, entry);
	return out;
}

/**
 * A Chinese name or alias as the importer compares it (half-width forms, no surrounding spaces): two names with
 * the same key are one name to it.
 */
export function areaNameKey(name: string): string {
	return toHalfWidthDigits(name).trim();
}

/**
 * Chinese names and aliases shared by two areas. The importer finds areas in a scope text by these names, so a
 * shared one would let a notice land on whichever area comes first in the file: refused, reported on the second
 * area with the first named. English names may repeat (河平村 and 和平村 are both Heping Village); the importer
 * reports such a name as ambiguous where an export uses it.
 */
export function areaNameProblems(areas: ReadonlyMap<string, Area>): AreaTreeProblem[] {
	const owner = new Map<string, { area: Area; field: string }>();
	const problems: AreaTreeProblem[] = [];
	const path = (a: Area) => [...a.ancestors, a.id].join(' > ');
	for (const area of areas.values()) {
		const names: Array<[string, string]> = [
			['name.zh', area.name.zh],
			...area.aliases.map((n, i): [string, string] => [`aliases[${i}]`, n]),
		];
		for (const [field, name] of names) {
			const key = areaNameKey(name);
			const first = owner.get(key);
			if (!first) owner.set(key, { area, field });
			else if (first.area.id !== area.id) {
				problems.push({
					entry: path(area),
					field,
					en: `"${name}" is also the ${first.field} of ${path(first.area)}: the importer could not tell which area a scope naming it means; rename it or drop the alias on one of the two`,
					zh: `"${name}" 也是 ${path(first.area)} 的 ${first.field}，导入时无法判断停电范围中的这个名称指哪个区域，请在其中一处改名或删去别名`,
				});
			}
		}
	}
	return problems;
}

/**
 * The walks over the area tree, in one place: up (an area and the areas enclosing it), down (an area and every area
 * inside it) and one level down (its children). Everything that rolls notices or alerts up or down the tree uses
 * these.
 */

/** The ids of `id` and the areas enclosing it, outermost first, then `id`; empty for an unknown area. */
export function selfAndAncestors(areas: ReadonlyMap<string, Area>, id: string): string[] {
	const area = areas.get(id);
	return area ? [...area.ancestors, id] : [];
}

/** The areas directly inside `area`, in file order (ids not in `areas` skipped). */
export function childAreas(areas: ReadonlyMap<string, Area>, area: Area): Area[] {
	return area.children.map((c) => areas.get(c)).filter((c): c is Area => c !== undefined);
}

/** The ids of `id` and every area inside it, depth first. */
export function selfAndDescendants(areas: ReadonlyMap<string, Area>, id: string): string[] {
	const out: string[] = [];
	const walk = (a: string) => {
		const area = areas.get(a);
		if (!area) return;
		out.push(a);
		area.children.forEach(walk);
	};
	walk(id);
	return out;
}
