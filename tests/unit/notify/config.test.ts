/** content/notify.json is checked by `npm run check` (validateContent) with located, bilingual messages. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { tempContent } from '../helpers.ts';

const wecom = { id: 'g1', type: 'wecom', label: { zh: '村委会群' }, urlEnv: 'NOTIFY_G1_URL' };
let content: ReturnType<typeof tempContent> | undefined;
afterEach(() => content?.cleanup());

function problemsWith(config: unknown): string[] {
	content = tempContent();
	content.write('notify.json', JSON.stringify(config));
	return validateContent(content.dir, { projectRoot: content.dir })
		.problems.filter((p) => p.file === 'notify.json')
		.map(formatProblem);
}

describe('notify.json', () => {
	it('the committed file is valid', () => {
		const set = validateContent('tests/fixtures/site');
		expect(set.problems.filter((p) => p.file.endsWith('notify.json'))).toEqual([]);
		expect(set.notify?.channels.length).toBeGreaterThan(0);
	});
	it.each([
		[
			'an unknown area id',
			{ channels: [{ ...wecom, areas: ['atlantis'] }] },
			/g1 > areas\[0\].*unknown area id "atlantis"/,
		],
		[
			'a secret written in place of its variable name',
			{ channels: [{ ...wecom, urlEnv: 'https://qyapi.weixin.qq.com/x?key=abc' }] },
			/g1 > urlEnv.*environment variable name/,
		],
		['two channels with one id', { channels: [wecom, { ...wecom }] }, /duplicate channel id "g1"/],
		['a signed robot without its secret', { channels: [{ ...wecom, type: 'dingtalk' }] }, /g1 > secretEnv/],
		['an unknown event', { channels: [{ ...wecom, events: ['birthday'] }] }, /g1 > events\[0\]/],
	])('reports %s', (_name, config, message) => {
		expect(problemsWith(config).join('\n')).toMatch(message);
	});
	it('is optional: without it there are no channels and no problem', () => {
		content = tempContent();
		rmSync(path.join(content.dir, 'notify.json'));
		const set = validateContent(content.dir);
		expect(set.notify).toBeUndefined();
		expect(set.problems.filter((p) => p.file.endsWith('notify.json'))).toEqual([]);
	});
});
