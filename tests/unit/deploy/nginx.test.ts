import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer } from '../../../scripts/lib/static-server.ts';
import { headersFor } from '../../../scripts/lib/security-headers.ts';

/**
 * deploy/nginx.conf run by a real nginx (where one is installed: `apt-get install nginx-light`) against a small
 * site, answering exactly like the local server the browser tests use: same status, content type and headers.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

const files: Record<string, string> = {
	'index.html': '<!doctype html><title>首页</title>',
	'404.html': '<!doctype html><title>未找到</title>',
	'en/index.html': '<!doctype html><title>Home</title>',
	'en/404/index.html': '<!doctype html><title>Not found</title>',
	'outages/index.html': '<!doctype html><title>停电</title>',
	'outages.xml': '<feed xmlns="http://www.w3.org/2005/Atom"/>',
	'en/areas/guanmou-cun.xml': '<feed xmlns="http://www.w3.org/2005/Atom"/>',
	'sitemap-index.xml': '<sitemapindex/>',
	'outages.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
	'api/outages.json': '[]',
	'_astro/index.B1x2y3.css': 'body{}',
	'_astro/page.C4d5e6.js': 'export{}',
	'pagefind/pagefind.js': 'export{}',
	'pagefind/index/zh-cn_2feaf63.pf_index': 'x',
	'pagefind/fragment/zh-cn_a09bb29.pf_fragment': 'x',
	'pagefind/wasm.unknown.pagefind': 'x',
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const paths = ['/', '/en/', '/outages/', '/outages', '/outages.xml', '/en/areas/guanmou-cun.xml', '/sitemap-index.xml', '/outages.ics', '/api/outages.json', '/_astro/index.B1x2y3.css', '/_astro/page.C4d5e6.js', '/pagefind/pagefind.js', '/pagefind/index/zh-cn_2feaf63.pf_index', '/pagefind/fragment/zh-cn_a09bb29.pf_fragment', '/pagefind/wasm.unknown.pagefind', '/favicon.svg', '/no-such-page/', '/en/no-such-page/'];

const freePort = () =>
	new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

/** What a client sees: status, the Location of a redirect, and the headers the policy is about. */
async function answer(origin: string, urlPath: string) {
	const res = await fetch(origin + urlPath, { redirect: 'manual' });
	const h: Record<string, string | null> = Object.fromEntries(
		['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'location'].map((k) => [k, res.headers.get(k)]),
	);
	const body = res.status === 301 ? '' : await res.text();
	return { status: res.status, location: h.location, headers: h, title: /<title>(.*?)<\/title>/.exec(body)?.[1] ?? null };
}

describe.runIf(NGINX)('deploy/nginx.conf on a real nginx', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-nginx-'));
	const site = path.join(dir, 'dist');
	let nginx: ChildProcess;
	let nginxOrigin = '';
	let localOrigin = '';
	const local = createStaticServer(site, headersFor);

	beforeAll(async () => {
		for (const [rel, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
			writeFileSync(path.join(site, rel), text);
		}
		const port = await freePort();
		const server = readFileSync('deploy/nginx.conf', 'utf8').replace('listen 80;', `listen 127.0.0.1:${port};`).replace('root /srv/power-notices/dist;', `root ${site};`);
		const conf = path.join(dir, 'nginx.conf');
		writeFileSync(
			conf,
			[
				'daemon off;',
				'user root;',
				'worker_processes 1;',
				`pid ${dir}/nginx.pid;`,
				`error_log ${dir}/error.log;`,
				'events {}',
				'http {',
				'    access_log off;',
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`),
				server,
				'}',
			].join('\n'),
		);
		nginx = spawn(NGINX as string, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
		nginxOrigin = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 100; i++) {
			try {
				await fetch(nginxOrigin);
				break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
		localOrigin = `http://127.0.0.1:${(local.address() as { port: number }).port}`;
	}, 30_000);

	afterAll(async () => {
		nginx?.kill();
		await new Promise((r) => local.close(r));
		rmSync(dir, { recursive: true, force: true });
	});

	test('the configuration is valid', async () => {
		const check = spawn(NGINX as string, ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		check.stderr?.on('data', (d) => (out += d));
		const code = await new Promise((r) => check.on('close', r));
		expect(out).toContain('syntax is ok');
		expect(code).toBe(0);
	});

	test.each(paths)('%s: nginx answers as the local server does', async (urlPath) => {
		const [fromNginx, fromLocal] = await Promise.all([answer(nginxOrigin, urlPath), answer(localOrigin, urlPath)]);
		// A redirect (folder without its slash) is compared by where it goes: nginx adds the headers to it too.
		if (fromLocal.status === 301) expect([fromNginx.status, fromNginx.location]).toEqual([301, fromLocal.location]);
		else expect(fromNginx).toEqual(fromLocal);
	});

	test.each([
		['/no-such-page/', 404, '未找到'],
		['/en/no-such-page/', 404, 'Not found'],
		['/outages.xml', 200, null],
	])('%s is %i (%s)', async (urlPath, status, title) => {
		const a = await answer(nginxOrigin, urlPath);
		expect([a.status, a.title]).toEqual([status, title]);
	});
});
