/**
 * `npm run notify` killed half-way (SIGKILL while a request is in flight) resumes on the next run: every message
 * the receiver accepted is recorded, nothing accepted is sent again, and what was cut off is sent.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/notify/state.ts';
import { tempContent } from '../helpers.ts';
import { startRobots } from './local-servers.ts';

const NOW = '2026-12-01T10:00:00+08:00';
const content = tempContent();
const statePath = path.join(content.dir, 'state.json');
let robots: Awaited<ReturnType<typeof startRobots>>;

beforeAll(async () => {
	robots = await startRobots(() => Date.now());
	content.write(
		'notify.json',
		JSON.stringify({
			maxAgeHours: 100000,
			digestOver: 1000,
			channels: [
				{
					id: 'app',
					type: 'webhook',
					label: { zh: '政务 App' },
					urlEnv: 'NOTIFY_T_HOOK_URL',
					secretEnv: 'NOTIFY_T_HOOK_SECRET',
				},
			],
		}),
	);
	// Notifications switched on before any of the sample notices was published: every upcoming one is news.
	writeState(statePath, { version: 1, since: '2026-01-01T00:00:00Z', notices: {}, sent: {} });
});
afterAll(async () => {
	await robots.close();
	content.cleanup();
});

/** Runs the command; resolves with its exit code (null when killed) and output. */
function notify(extra: string[] = []): { done: Promise<{ code: number | null; out: string }>; kill(): void } {
	const child = spawn(
		path.resolve('node_modules/.bin/node'),
		['scripts/notify.ts', '--content', content.dir, '--state', statePath, '--now', NOW, ...extra],
		{
			env: { ...process.env, ...robots.env, NOTIFY_NOW: '' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let out = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (out += d));
	return { done: new Promise((r) => child.on('exit', (code) => r({ code, out }))), kill: () => child.kill('SIGKILL') };
}

it('resumes after being killed half-way, without duplicates', { timeout: 120_000 }, async () => {
	const dry = await notify(['--dry-run']).done;
	const planned = Number(/== app: (\d+) message/.exec(dry.out)?.[1]);
	expect(planned, dry.out).toBeGreaterThan(3);

	const first = notify();
	robots.behaviour.holdRequest = 3;
	robots.behaviour.onHold = () => first.kill();
	const killed = await first.done;
	expect(killed.code).toBeNull();
	expect(robots.received).toHaveLength(2);
	expect(Object.keys(readState(statePath)?.sent ?? {})).toHaveLength(2);

	robots.behaviour.holdRequest = undefined;
	const resumed = await notify().done;
	expect(resumed.code, resumed.out).toBe(0);
	const ids = robots.received.map((r) => r.id);
	expect(ids).toHaveLength(planned);
	expect(new Set(ids).size).toBe(planned);

	const again = await notify().done;
	expect(again.code).toBe(0);
	expect(robots.received).toHaveLength(planned);
});
