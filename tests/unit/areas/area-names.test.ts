import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { AreaMatcher } from '../../../src/lib/import/areas.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import { tempContent } from '../helpers.ts';

/** A small tree written for the test: one district, two towns, a village in each. */
function tree(a: Partial<AreaNodeInput>, b: Partial<AreaNodeInput>): AreaNodeInput[] {
	return [
		{
			id: 'd',
			kind: 'district',
			name: { zh: '山区片区', en: 'Hill District' },
			children: [
				{
					id: 't1',
					kind: 'town',
					name: { zh: '东镇', en: 'East Town' },
					children: [{ id: 'v1', kind: 'village', name: { zh: '河平村', en: 'Heping Village' }, ...a }],
				},
				{
					id: 't2',
					kind: 'town',
					name: { zh: '西镇', en: 'West Town' },
					children: [{ id: 'v2', kind: 'village', name: { zh: '和平村', en: 'Heping Village' }, ...b }],
				},
			],
		},
	];
}

describe('no Chinese name or alias answers for two areas', () => {
	// Before the fix nothing checked this, and the importer silently took the first area.
	test.each([
		[
			'a name shared by two villages',
			{},
			{ name: { zh: '河平村' } },
			['d > t2 > v2', 'name.zh', '河平村', 'name.zh of d > t1 > v1'],
		],
		[
			"an alias that is another area's name",
			{},
			{ aliases: ['河平村'] },
			['d > t2 > v2', 'aliases[0]', '河平村', 'name.zh of d > t1 > v1'],
		],
		[
			'an alias shared by two areas',
			{ aliases: ['老街'] },
			{ aliases: ['新街', '老街'] },
			['d > t2 > v2', 'aliases[1]', '老街', 'aliases[0] of d > t1 > v1'],
		],
		[
			'the same alias in full-width forms',
			{ aliases: ['3组'] },
			{ aliases: ['３组'] },
			['d > t2 > v2', 'aliases[0]', '３组', 'aliases[0] of d > t1 > v1'],
		],
		[
			'a village named like a town',
			{ name: { zh: '西镇' } },
			{},
			['d > t2', 'name.zh', '西镇', 'name.zh of d > t1 > v1'],
		],
	])('%s is refused, naming both areas', (_, a, b, [entry, field, value, first]) => {
		const { problems } = flattenAreaTree(tree(a, b));
		expect(problems).toEqual([
			{
				entry,
				field,
				en: expect.stringContaining(`"${value}" is also the ${first}: the importer could not tell which area`),
				zh: expect.stringMatching(new RegExp(`^"${value}" 也是 .* 的 .*，导入时无法判断`)),
			},
		]);
	});

	test.each([
		["an alias equal to the area's own name", { aliases: ['河平村', '河平'] }, {}],
		['the same English name on two areas', {}, {}],
	])('%s is allowed', (_, a, b) => {
		expect(flattenAreaTree(tree(a, b)).problems).toEqual([]);
	});

	test('npm run check reports it as file > entry > field: value and why', () => {
		const content = tempContent();
		try {
			content.write('areas.json', JSON.stringify(tree({}, { aliases: ['河平村'] })));
			content.write('outages/notices.json', '[]');
			const errors = validateContent(content.dir, { projectRoot: content.dir })
				.problems.filter((p) => p.severity === 'error')
				.map(formatProblem);
			expect(errors.filter((e) => e.startsWith('error 错误: areas.json'))).toEqual([
				'error 错误: areas.json > d > t2 > v2 > aliases[0]: "河平村" is also the name.zh of d > t1 > v1: the importer could not tell which area a scope naming it means; rename it or drop the alias on one of the two / "河平村" 也是 d > t1 > v1 的 name.zh，导入时无法判断停电范围中的这个名称指哪个区域，请在其中一处改名或删去别名',
			]);
		} finally {
			content.cleanup();
		}
	});
});

describe("an English name two areas share, in an export's area column", () => {
	const matcher = () => new AreaMatcher(flattenAreaTree(tree({}, {})).areas);
	test.each([
		['Heping Village', [], [{ text: 'Heping Village', candidates: ['v1', 'v2'] }]],
		['heping village、东镇', ['t1'], [{ text: 'heping village', candidates: ['v1', 'v2'] }]],
		['和平村, v1', ['v2', 'v1'], []],
	])('%j: ids %j, ambiguous %j', (text, ids, ambiguous) => {
		const m = matcher().matchList(text);
		expect(m.ids).toEqual(ids);
		expect(m.ambiguous).toEqual(ambiguous);
		expect(m.unmatched).toEqual([]);
	});
});
