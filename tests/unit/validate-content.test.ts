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
			(dir: string) => content.write('outages/notices.json', readFileSync(path.join(dir, 'outages/notices.json'), 'utf8').replace('"kind"', '"kind" "')),
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
			() => content.write('site.json', JSON.stringify({ ...JSON.parse(readFileSync(path.join(content.dir, 'site.json'), 'utf8')), timeZone: 'Mars/Olympus' })),
			/site\.json > timeZone: must be an IANA time zone/,
		],
		[
			'bad guidance frontmatter',
			() => content.write('guidance/zh-cn/zz-broken.mdx', '---\ntitle: 测试\nsummary: 测试\ncategory: cooking\nlastReviewed: 2026-13-01\n---\n正文\n'),
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
		expect(warnings.map(formatProblem)).toEqual([expect.stringMatching(/> start: published 20 h ahead; temporary outages need 24 h/)]);
	});
});
