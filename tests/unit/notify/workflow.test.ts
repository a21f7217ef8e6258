/** The deploy workflow runs `npm run notify` after the publish, never blocking it, passing the channels' secrets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPLOY_WORKFLOW, workflowSecretProblems } from '../../../src/lib/notify/workflow-secrets.ts';
import { notifyConfigSchema } from '../../../src/schemas/notify.ts';

interface Step {
	name?: string;
	run?: string;
	env?: Record<string, string>;
	if?: string;
	'continue-on-error'?: boolean;
}
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
	jobs: Record<string, { needs?: string | string[]; if?: string; steps: Step[]; permissions?: Record<string, string> }>;
};
const job = workflow.jobs.notify;
const send = job.steps.find((s) => s.run === 'npm run notify') as Step;

describe('deploy workflow: notify job', () => {
	it('runs after the build-and-publish job succeeded, as a job of its own', () => {
		expect(job.needs).toBe('build');
		expect(job.if).toContain("needs.build.result == 'success'");
		expect(workflow.jobs.build.steps.some((s) => s.run === 'npm run notify')).toBe(false);
	});
	it('passes its secrets as `NAME: ${{ secrets.NAME }}`, the form `npm run check` looks for', () => {
		const passed = Object.entries(send.env ?? {}).filter(([name]) => name.startsWith('NOTIFY_'));
		expect(passed.length).toBeGreaterThan(0);
		for (const [name, value] of passed) expect(value, name).toBe(`\${{ secrets.${name} }}`);
		// Which secrets notify.json names is the utility's own: `npm run check` warns of one this step does not pass.
		const config = notifyConfigSchema.parse({
			channels: [
				{ id: 'passed', type: 'wecom', label: { zh: '群' }, urlEnv: passed[0][0] },
				{ id: 'missing', type: 'wecom', label: { zh: '群' }, urlEnv: 'NOTIFY_NOT_IN_THE_WORKFLOW_URL' },
			],
		});
		const files = { notify: 'content/notify.json', workflow: DEPLOY_WORKFLOW };
		const problems = workflowSecretProblems(config, readFileSync(DEPLOY_WORKFLOW, 'utf8'), files);
		expect(problems.map((p) => `${p.entry} > ${p.field}`)).toEqual(['missing > urlEnv']);
	});
	it('records what was sent even when a channel failed, and pushes the state file back', () => {
		expect(send['continue-on-error']).toBe(true);
		const commit = job.steps.find((s) => s.run?.includes('git add notify/state.json')) as Step;
		expect(commit.if).toBe('always()');
		expect(commit.run).toMatch(/git push origin HEAD:main/);
		expect(job.permissions?.contents).toBe('write');
	});
});
