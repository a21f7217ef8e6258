/** `npm run check` warns of a secret notify.json names that the deploy workflow does not pass to `npm run notify`. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { channelSecrets, workflowSecretProblems } from '../../../src/lib/notify/workflow-secrets.ts';
import { notifyConfigSchema, type NotifyConfigInput } from '../../../src/schemas/notify.ts';
import { tempContent } from '../helpers.ts';

const channels: NotifyConfigInput['channels'] = [
	{ id: 'village', type: 'wecom', label: { zh: '村委会群' }, urlEnv: 'NOTIFY_VILLAGE_URL' },
	{
		id: 'town',
		type: 'dingtalk',
		label: { zh: '镇政府群' },
		urlEnv: 'NOTIFY_TOWN_URL',
		secretEnv: 'NOTIFY_TOWN_SECRET',
	},
	{
		id: 'duty',
		type: 'email',
		label: { zh: '值班邮件' },
		smtpUrlEnv: 'NOTIFY_SMTP_URL',
		from: 'a <a@example.org>',
		to: ['b@example.org'],
	},
];
const config = notifyConfigSchema.parse({ channels });
const files = { notify: 'content/notify.json', workflow: '.github/workflows/deploy.yml' };

/** A workflow whose notify step passes `env`. */
const workflow = (env: Record<string, string>, run = 'npm run notify') =>
	JSON.stringify({ jobs: { notify: { steps: [{ uses: 'actions/checkout@v4' }, { run, env }] } } });
const secret = (name: string) => `\${{ secrets.${name} }}`;
const all = Object.fromEntries(channelSecrets(config).map((s) => [s.name, secret(s.name)]));

describe('workflowSecretProblems', () => {
	test('every channel secret, in file order', () => {
		expect(channelSecrets(config).map((s) => `${s.channel}.${s.field}=${s.name}`)).toEqual([
			'village.urlEnv=NOTIFY_VILLAGE_URL',
			'town.urlEnv=NOTIFY_TOWN_URL',
			'town.secretEnv=NOTIFY_TOWN_SECRET',
			'duty.smtpUrlEnv=NOTIFY_SMTP_URL',
		]);
	});

	test.each([
		['every secret passed', all, []],
		['one missing', { ...all, NOTIFY_TOWN_SECRET: undefined }, ['town > secretEnv']],
		['one from another secret', { ...all, NOTIFY_SMTP_URL: secret('NOTIFY_OTHER') }, ['duty > smtpUrlEnv']],
		['one written in as a value', { ...all, NOTIFY_VILLAGE_URL: 'https://qyapi.example/x' }, ['village > urlEnv']],
		['none', {}, ['village > urlEnv', 'town > urlEnv', 'town > secretEnv', 'duty > smtpUrlEnv']],
	])('%s', (_name, env, expected) => {
		const problems = workflowSecretProblems(config, workflow(env as Record<string, string>), files);
		expect(problems.map((p) => `${p.entry} > ${p.field}`)).toEqual(expected);
		expect(problems.every((p) => p.severity === 'warning' && p.file === files.notify)).toBe(true);
	});

	test('the message names the workflow, the secret and the line to add, in both languages', () => {
		const [p] = workflowSecretProblems(config, workflow({ ...all, NOTIFY_VILLAGE_URL: '' }), files);
		expect(formatProblem(p)).toBe(
			'warning 警告: content/notify.json > village > urlEnv: .github/workflows/deploy.yml does not pass the secret NOTIFY_VILLAGE_URL to "npm run notify": add "NOTIFY_VILLAGE_URL: ${{ secrets.NOTIFY_VILLAGE_URL }}" to that step\'s env, or this channel sends nothing / .github/workflows/deploy.yml 的 "npm run notify" 步骤未传入密钥 NOTIFY_VILLAGE_URL：请在该步骤的 env 中加入 "NOTIFY_VILLAGE_URL: ${{ secrets.NOTIFY_VILLAGE_URL }}"，否则此渠道不会发送',
		);
	});

	test.each([
		['no notify step', workflow({}, 'npm run build')],
		['no jobs', 'name: Build\n'],
		['an empty file', ''],
	])('a workflow with %s is not checked', (_name, text) => {
		expect(workflowSecretProblems(config, text, files)).toEqual([]);
	});
});

describe('npm run check', () => {
	const content = tempContent();
	afterAll(() => content.cleanup());

	test('warns of a channel whose secret the deploy workflow does not pass, and still passes', () => {
		content.write(
			'notify.json',
			JSON.stringify({ channels: [{ ...channels[0], urlEnv: 'NOTIFY_NOT_IN_THE_WORKFLOW_URL' }] }),
		);
		const node = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;
		const r = spawnSync(node, ['scripts/check.ts'], {
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: content.dir, SITE_NOW: '2026-12-01T10:00:00+08:00' },
		});
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toMatch(
			/^warning 警告: .*notify\.json > village > urlEnv: \.github\/workflows\/deploy\.yml does not pass the secret NOTIFY_NOT_IN_THE_WORKFLOW_URL/m,
		);
	});
});
