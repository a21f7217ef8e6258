import { areaKinds, type Area, type AreaNodeInput } from '../schemas/area.ts';

/** A problem found while flattening the area tree, located by the path of ids from the top. */
export interface AreaTreeProblem {
	/** Where in the file, e.g. `chengguan > dongguan`. */
	entry: string;
	field: string;
	message: string;
}

/**
 * Flattens the nested area tree of `content/areas.json` into a map by id, in file order (depth first), and
 * checks the rules a schema of one node cannot: ids unique across the tree, each level of the right kind,
 * no deeper than village/community.
 */
export function flattenAreaTree(tree: AreaNodeInput[]): { areas: Map<string, Area>; problems: AreaTreeProblem[] } {
	const areas = new Map<string, Area>();
	const problems: AreaTreeProblem[] = [];
	const visit = (node: AreaNodeInput, ancestors: string[]) => {
		const depth = ancestors.length;
		const entry = [...ancestors, node.id].join(' > ');
		if (depth > 2) {
			problems.push({ entry, field: 'children', message: 'the tree has three levels at most: district > town/street > village/community / 区域最多三级：片区 > 镇/街道 > 村/社区' });
			return;
		}
		const allowed: readonly string[] = areaKinds[depth as 0 | 1 | 2];
		if (!allowed.includes(node.kind)) {
			problems.push({ entry, field: 'kind', message: `at this level must be ${allowed.join(' or ')}, got "${node.kind}" / 此级别应为 ${allowed.join(' 或 ')}，实际为 "${node.kind}"` });
		}
		if (areas.has(node.id)) {
			problems.push({ entry, field: 'id', message: `duplicate id "${node.id}": ids must be unique across the whole tree / 区域编号 "${node.id}" 重复，须在全表唯一` });
			return;
		}
		areas.set(node.id, {
			id: node.id,
			kind: node.kind,
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
	return { areas, problems };
}

/** The ids of `id` and every area inside it, depth first. */
export function selfAndDescendants(areas: Map<string, Area>, id: string): string[] {
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
