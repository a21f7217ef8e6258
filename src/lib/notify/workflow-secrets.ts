import { parse } from 'yaml';
import type { NotifyConfig } from '../../schemas/notify.ts';
import type { ContentProblem } from '../content/problems.ts';

/** The deploy workflow whose `npm run notify` step sends the messages (docs/notifications.md, "In the workflow"). */
export const DEPLOY_WORKFLOW = '.github/workflows/deploy.yml';

/** Each environment variable a channel reads a secret from: its `urlEnv`, `secretEnv` or `smtpUrlEnv`. */
export function channelSecrets(config: NotifyConfig): Array<{ channel: string; field: string; name: string }> {
	return config.channels.flatMap((c) =>
		(['urlEnv', 'secretEnv', 'smtpUrlEnv'] as const).flatMap((field) => {
			const name = (c as Partial<Record<typeof field, string>>)[field];
			return name ? [{ channel: c.id, field, name }] : [];
		}),
	);
}

interface Step {
	run?: unknown;
	env?: Record<string, unknown>;
}

/**
 * The secrets `notify.json` names that the deploy workflow's `npm run notify` step does not pass on as
 * `NAME: ${{ secrets.NAME }}`, one warning each, located at the channel's field: without it that channel only waits,
 * reported as missing, on every run. Nothing when the workflow has no such step (notifications sent some other way).
 * `files` are the names messages show.
 */
export function workflowSecretProblems(
	config: NotifyConfig,
	workflowText: string,
	files: { notify: string; workflow: string },
): ContentProblem[] {
	const workflow = parse(workflowText) as { jobs?: Record<string, { steps?: Step[] }> } | null;
	const steps = Object.values(workflow?.jobs ?? {}).flatMap((job) => job?.steps ?? []);
	const send = steps.filter((s) => typeof s.run === 'string' && /\bnpm run notify\b/.test(s.run));
	if (send.length === 0) return [];
	const passed = (name: string) => send.some((s) => s.env?.[name] === `\${{ secrets.${name} }}`);
	return channelSecrets(config)
		.filter((s) => !passed(s.name))
		.map((s) => ({
			severity: 'warning',
			file: files.notify,
			entry: s.channel,
			field: s.field,
			en: `${files.workflow} does not pass the secret ${s.name} to "npm run notify": add "${s.name}: \${{ secrets.${s.name} }}" to that step's env, or this channel sends nothing`,
			zh: `${files.workflow} 的 "npm run notify" 步骤未传入密钥 ${s.name}：请在该步骤的 env 中加入 "${s.name}: \${{ secrets.${s.name} }}"，否则此渠道不会发送`,
		}));
}
