import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { hasErrors, validateContent } from '../../src/lib/content/validate.ts';
import { tempContent } from './helpers.ts';

let content: ReturnType<typeof tempContent>;
afterEach(() => content?.cleanup());

const errorsOf = (dir: string) =>
	validateContent(dir, { projectRoot: dir })
		.problems.filter((p) => p.severity === 'error')
		.map(formatProblem);

const notices = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'outages/notices.json'), 'utf8'));

describe('validateContent', () => {
	test('the committed content, with sample notices, has no errors', () => {
		content = tempContent();
		const set = validateContent(content.dir);
		expect(set.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(set.notices.length).toBeGreaterThanOrEqual(30);
		expect(set.areas.size).toBeGreaterThanOrEqual(40);
	});

	test.each([
		[
			'malformed JSON',
			(dir: string) =>
				content.write(
					'outages/notices.json',
					readFileSync(path.join(dir, 'outages/notices.json'), 'utf8').replace('"kind"', '"kind" "'),
				),
			/outages\/notices\.json: is not valid JSON at line \d+, column \d+ .* \/ 不是有效的 JSON（第 \d+ 行第 \d+ 列）/,
		],
		['a missing file', (dir: string) => rmSync(path.join(dir, 'areas.json')), /areas\.json: file is missing/],
		[
			'a duplicate notice id',
			(dir: string) => {
				const list = notices(dir);
				list[5].id = list[4].id;
				content.write('outages/notices.json', JSON.stringify(list));
			},
			/notices\.json > (qs-\d{8}-[a-z-]+) \(#6\) > id: duplicate id "\1", first used by entry #5/,
		],
		[
			'an unknown area id',
			(dir: string) => {
				const list = notices(dir);
				list[2].areas.push('atlantis');
				content.write('outages/notices.json', JSON.stringify(list));
			},
			/notices\.json > qs-\d{8}-[a-z-]+ > areas\[\d\]: unknown area id "atlantis"/,
		],
		[
			'a duplicate area id',
			(dir: string) => {
				const tree = JSON.parse(readFileSync(path.join(dir, 'areas.json'), 'utf8'));
				tree[1].children[0].children[0].id = 'nanmen';
				content.write('areas.json', JSON.stringify(tree));
			},
			/areas\.json > beishan > guanmou > nanmen > id: duplicate id "nanmen"/,
		],
		[
			'an area of the wrong kind for its level',
			(dir: string) => {
				const tree = JSON.parse(readFileSync(path.join(dir, 'areas.json'), 'utf8'));
				tree[0].children[0].kind = 'village';
				content.write('areas.json', JSON.stringify(tree));
			},
			/areas\.json > chengqu > chengguan > kind: at this level must be town or street/,
		],
		[
			'a bad field deep in the area tree',
			(dir: string) => {
				const tree = JSON.parse(readFileSync(path.join(dir, 'areas.json'), 'utf8'));
				tree[0].children[1].children[2].name.zh = '';
				content.write('areas.json', JSON.stringify(tree));
			},
			/areas\.json > chengqu > dongcheng > xiangyang > name\.zh: must not be empty/,
		],
		[
			'a bad site time zone',
			() =>
				content.write(
					'site.json',
					JSON.stringify({
						...JSON.parse(readFileSync(path.join(content.dir, 'site.json'), 'utf8')),
						timeZone: 'Mars/Olympus',
					}),
				),
			/site\.json > timeZone: must be an IANA time zone/,
		],
		[
			'bad guidance frontmatter',
			() =>
				content.write(
					'guidance/zh-cn/zz-broken.mdx',
					'---\ntitle: 测试\nsummary: 测试\ncategory: cooking\nlastReviewed: 2026-13-01\n---\n正文\n',
				),
			/guidance\/zh-cn\/zz-broken\.mdx > category: must be one of/,
		],
	])('refuses %s with a precise message', (_name, breakIt, expected) => {
		content = tempContent();
		breakIt(content.dir);
		const errors = errorsOf(content.dir);
		expect(hasErrors(validateContent(content.dir).problems)).toBe(true);
		expect(errors.join('\n')).toMatch(expected);
	});

	test('reports every problem at once, not just the first', () => {
		content = tempContent();
		const list = notices(content.dir);
		list[0].kind = 'nope';
		list[3].end = list[3].start;
		list[7].areas = ['nowhere'];
		content.write('outages/notices.json', JSON.stringify(list));
		const errors = errorsOf(content.dir);
		expect(errors).toHaveLength(3);
	});

	test('warns, without failing, about a notice published with less than the required lead time', () => {
		content = tempContent();
		const set = validateContent(content.dir);
		const warnings = set.problems.filter((p) => p.severity === 'warning');
		expect(hasErrors(set.problems)).toBe(false);
		expect(warnings.map(formatProblem)).toEqual([
			expect.stringMatching(/> start: published 20 h ahead; temporary outages need 24 h/),
		]);
	});
});

describe('units.json, checked with the content', () => {
	const units = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'units.json'), 'utf8')).units;
	test.each([
		[
			'a duplicate unit id',
			(u: any[]) => (u[1].id = u[0].id),
			/units\.json > chengguan \(#2\) > id: duplicate id "chengguan"/,
		],
		[
			'a name another unit has as an other name',
			(u: any[]) => (u[1].otherNames = ['城关所']),
			/units\.json > dongcheng \(#2\) > otherNames\[0\]: "城关所" is already a name of unit "chengguan"/,
		],
		[
			'an unknown area id',
			(u: any[]) => (u[2].areas = ['guanmou', 'atlantis']),
			/units\.json > guanmou \(#3\) > areas\[1\]: unknown area id "atlantis"/,
		],
		[
			'a service the schema does not know',
			(u: any[]) => (u[0].services = ['haircuts']),
			/units\.json > chengguan \(#1\) > services\[0\]/,
		],
		[
			'a bad phone',
			(u: any[]) => (u[0].phones = [{ number: 'call us' }]),
			/units\.json > chengguan \(#1\) > phones\[0\]\.number/,
		],
	])('%s', (_name, change, message) => {
		content = tempContent();
		const list = units(content.dir);
		change(list);
		content.write('units.json', JSON.stringify({ units: list }));
		expect(errorsOf(content.dir).join('\n')).toMatch(message);
	});

	test('a notice naming a unit that is not in units.json', () => {
		content = tempContent();
		const list = notices(content.dir);
		list[3].unit.id = 'nowhere';
		content.write('outages/notices.json', JSON.stringify(list));
		expect(errorsOf(content.dir).join('\n')).toMatch(
			/outages\/notices\.json > .* > unit\.id: unknown unit id "nowhere": it is not in units\.json/,
		);
	});

	test('without units.json, notices naming units are refused; the units are otherwise optional', () => {
		content = tempContent();
		rmSync(path.join(content.dir, 'units.json'));
		expect(errorsOf(content.dir).join('\n')).toMatch(/unknown unit id "\w+": it is not in units\.json/);
		content.write('outages/notices.json', '[]\n');
		expect(errorsOf(content.dir)).toEqual([]);
	});
});
