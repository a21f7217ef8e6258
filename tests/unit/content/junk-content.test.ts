import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { tempContent } from '../helpers.ts';

let content: ReturnType<typeof tempContent>;
afterEach(() => content?.cleanup());

const read = (rel: string) => JSON.parse(readFileSync(path.join(content.dir, rel), 'utf8'));
const errorsOf = (dir: string) =>
	validateContent(dir, { projectRoot: dir })
		.problems.filter((p) => p.severity === 'error')
		.map(formatProblem);

describe('junk characters in the content are refused, saying which, where and why', () => {
	test.each([
		[
			'a NUL inside a notice scope',
			() => {
				const list = read('outages/notices.json');
				list[3].scope.zh = `${list[3].scope.zh}\u0000`;
				content.write('outages/notices.json', JSON.stringify(list, null, '\t'));
				return `outages/notices.json > ${list[3].id} (#4) > scope.zh: contains invisible junk: U+0000 NULL at character ${list[3].scope.zh.length}`;
			},
		],
		[
			'a carriage return, written \\r in the JSON, in a notice reason',
			() => {
				const list = read('outages/notices.json');
				list[1].reason.zh = `更换电杆\r\n加固拉线`;
				content.write('outages/notices.json', JSON.stringify(list, null, '\t'));
				return `outages/notices.json > ${list[1].id} (#2) > reason.zh: contains invisible junk: U+000D CARRIAGE RETURN at character 5`;
			},
		],
		[
			'a zero-width space in an area name',
			() => {
				const tree = read('areas.json');
				tree[0].children[0].children[0].name.zh = '南\u200b门社区';
				content.write('areas.json', JSON.stringify(tree));
				return `areas.json > chengqu > chengguan > nanmen > name.zh: contains invisible junk: U+200B ZERO WIDTH SPACE at character 2`;
			},
		],
		[
			'a line separator in site.json',
			() => {
				const site = read('site.json');
				site.name.zh = `${site.name.zh}\u2028`;
				content.write('site.json', JSON.stringify(site));
				return `site.json > name.zh: contains invisible junk: U+2028 LINE SEPARATOR`;
			},
		],
		[
			'a BOM inside an alert',
			() => {
				const alert = read('alerts/sample-fault-dongcheng.json');
				alert.title.zh = `抢修\ufeff${alert.title.zh}`;
				content.write('alerts/sample-fault-dongcheng.json', JSON.stringify(alert));
				return `alerts/sample-fault-dongcheng.json > sample-fault-dongcheng > title.zh: contains invisible junk: U+FEFF`;
			},
		],
		[
			'a control character in a guidance page',
			() => {
				const rel = 'guidance/zh-cn/lightning.mdx';
				const text = readFileSync(path.join(content.dir, rel), 'utf8').split('\n');
				text[10] = `${text[10]}\u0008`;
				content.write(rel, text.join('\n'));
				return `guidance/zh-cn/lightning.mdx > line 11: contains invisible junk: U+0008 BACKSPACE`;
			},
		],
	])('%s', (_, damage) => {
		content = tempContent();
		expect(errorsOf(content.dir)).toEqual([]);
		const expected = damage();
		const errors = errorsOf(content.dir);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`error 错误: ${expected}`);
		expect(errors[0]).toMatch(/ \/ .*含有不可见的杂字符|第 \d+ 行含有不可见的杂字符/);
	});

	test('a byte-order mark at the start of a JSON file is not junk', () => {
		content = tempContent();
		content.write('site.json', `\ufeff${readFileSync(path.join(content.dir, 'site.json'), 'utf8')}`);
		expect(errorsOf(content.dir)).toEqual([]);
	});

	test('npm run check exits 1 on a NUL inside a notice and names it', () => {
		content = tempContent();
		const list = read('outages/notices.json');
		list[0].reason.zh = `更换\u0000电杆`;
		content.write('outages/notices.json', JSON.stringify(list, null, '\t'));
		const node = existsSync(path.resolve('node_modules/.bin/node')) ? path.resolve('node_modules/.bin/node') : process.execPath;
		const r = spawnSync(node, [path.resolve('scripts/check.ts')], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content.dir } });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`> ${list[0].id} (#1) > reason.zh: contains invisible junk: U+0000 NULL at character 3 (a control character`);
		expect(r.stderr).toContain('Content check failed');
	}, 60_000); // a child process on Node 24: allow for a machine busy with other work
});
