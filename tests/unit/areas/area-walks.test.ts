import { describe, expect, test } from 'vitest';
import { childAreas, flattenAreaTree, selfAndAncestors, selfAndDescendants } from '../../../src/lib/areas/tree.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';

const village = (id: string): AreaNodeInput => ({ id, kind: 'village', name: { zh: `${id}村` } });
// Built when a test asks (a mutation run then knows which test reached the area tree).
const areas = () =>
	flattenAreaTree([
		{
			id: 'd',
			kind: 'district',
			name: { zh: '片区' },
			children: [
				{ id: 't1', kind: 'town', name: { zh: '一镇' }, children: [village('v1'), village('v2')] },
				{ id: 't2', kind: 'town', name: { zh: '二镇' }, children: [village('v3')] },
			],
		},
	]).areas;

describe('walks over the area tree', () => {
	test.each([
		['d', ['d'], ['d', 't1', 'v1', 'v2', 't2', 'v3'], ['t1', 't2']],
		['t1', ['d', 't1'], ['t1', 'v1', 'v2'], ['v1', 'v2']],
		['v3', ['d', 't2', 'v3'], ['v3'], []],
		['nowhere', [], [], undefined],
	])('%s: up %j, down %j, children %j', (id, up, down, children) => {
		expect(selfAndAncestors(areas(), id)).toEqual(up);
		expect(selfAndDescendants(areas(), id)).toEqual(down);
		const area = areas().get(id);
		if (area) expect(childAreas(areas(), area).map((a) => a.id)).toEqual(children);
	});
});
