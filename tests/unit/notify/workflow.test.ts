/** The deploy workflow runs `npm run notify` after the publish, never blocking it, with every secret notify.json names. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateContent } from '../../../src/lib/content/validate.ts';

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
	it('passes every secret named in content/notify.json', () => {
		const config = validateContent('content').notify;
		const named = (config?.channels ?? []).flatMap((c) =>
			'smtpUrlEnv' in c ? [c.smtpUrlEnv] : [c.urlEnv, ...('secretEnv' in c ? [c.secretEnv] : [])],
		);
		expect(named.length).toBeGreaterThan(0);
		for (const name of named) expect(send.env?.[name], name).toBe(`\${{ secrets.${name} }}`);
	});
	it('records what was sent even when a channel failed, and pushes the state file back', () => {
		expect(send['continue-on-error']).toBe(true);
		const commit = job.steps.find((s) => s.run?.includes('git add notify/state.json')) as Step;
		expect(commit.if).toBe('always()');
		expect(commit.run).toMatch(/git push origin HEAD:main/);
		expect(job.permissions?.contents).toBe('write');
	});
});
