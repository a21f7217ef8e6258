import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bin } from '../../scripts/lib/build-steps.ts';
import { fixtureBuildEnv, prepareFixtureContent } from '../fixture-site.ts';

/**
 * `npm run dev` (astro dev) shows a content edit without a restart: the collections' loaders watch the content
 * folder, and nothing keeps content between requests in dev.
 */
describe('the dev server', () => {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-dev-'));
	const contentDir = path.join(work, 'content');
	const port = 4500 + Math.floor(Math.random() * 400);
	let server: ChildProcess | undefined;
	let output = '';

	beforeAll(async () => {
		prepareFixtureContent(contentDir);
		const env = fixtureBuildEnv({ contentDir, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
		server = spawn(process.execPath, [bin('astro'), 'dev', '--port', String(port), '--host', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		server.stdout?.on('data', (d) => (output += d));
		server.stderr?.on('data', (d) => (output += d));
		await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/outages/`)).ok, 120_000, () => output);
	}, 180_000);
	afterAll(() => {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
		rmSync(work, { recursive: true, force: true });
	});

	test('shows an edited notice on the next request', { timeout: 180_000 }, async () => {
		const file = path.join(contentDir, 'outages/notices.json');
		const notices = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; reason: { zh: string } }>;
		const notice = notices[notices.length - 1];
		const url = `http://127.0.0.1:${port}/outages/${notice.id}/`;
		expect(await (await fetch(url)).text()).toContain(notice.reason.zh);

		notice.reason.zh = '更换老旧电杆（开发服务器测试）';
		writeFileSync(file, `${JSON.stringify(notices, null, '\t')}\n`);
		await waitFor(async () => (await (await fetch(url)).text()).includes('更换老旧电杆（开发服务器测试）'), 60_000, () => output);
	});
});

/** Polls `check` every half second until it holds; fails with `log()` after `ms`. */
async function waitFor(check: () => Promise<boolean>, ms: number, log: () => string): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		try {
			if (await check()) return;
		} catch {
			// not up yet
		}
		if (Date.now() > until) throw new Error(`timed out; dev server output:\n${log().slice(-3000)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}
