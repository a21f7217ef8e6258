import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer } from '../../../scripts/lib/static-server.ts';
import { headersFor } from '../../../src/lib/deploy/security-headers.ts';

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
	// Big enough to be compressed (compressMinBytes), one of each kind of text the site publishes, and an image.
	'guidance/index.html': `<!doctype html><title>用电安全</title><p>${'用电安全 '.repeat(100)}</p>`,
	'_astro/big.D7e8f9.css': `body{margin:0}${'.x{color:#000}'.repeat(40)}`,
	'_astro/big.E1f2a3.js': `export const x=${JSON.stringify('x'.repeat(400))};`,
	'api/big.json': JSON.stringify(Array.from({ length: 30 }, (_, i) => ({ id: i }))),
	'big.xml': `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry/>'.repeat(60)}</feed>`,
	'big.ics': `BEGIN:VCALENDAR\r\n${'X-A:1\r\n'.repeat(60)}END:VCALENDAR\r\n`,
	'pagefind/wasm.zh-cn.pagefind': 'x'.repeat(600),
	'pagefind/big.pf_meta': 'x'.repeat(600),
	'og/site.png': 'P'.repeat(600),
	'robots.txt': `User-agent: *\n${'Disallow: /admin/\n'.repeat(20)}`,
};
/** Every kind of file, asked for with and without Accept-Encoding: gzip. */
const compressionPaths = [
	'/guidance/',
	'/_astro/big.D7e8f9.css',
	'/_astro/big.E1f2a3.js',
	'/api/big.json',
	'/big.xml',
	'/big.ics',
	'/pagefind/wasm.zh-cn.pagefind',
	'/pagefind/big.pf_meta',
	'/og/site.png',
	'/robots.txt',
	'/favicon.svg',
	'/outages.ics',
	'/no-such-page/',
];
const paths = [
	'/robots.txt',
	'/og/site.png',
	'/',
	'/en/',
	'/outages/',
	'/outages',
	'/outages.xml',
	'/en/areas/guanmou-cun.xml',
	'/sitemap-index.xml',
	'/outages.ics',
	'/api/outages.json',
	'/_astro/index.B1x2y3.css',
	'/_astro/page.C4d5e6.js',
	'/pagefind/pagefind.js',
	'/pagefind/index/zh-cn_2feaf63.pf_index',
	'/pagefind/fragment/zh-cn_a09bb29.pf_fragment',
	'/pagefind/wasm.unknown.pagefind',
	'/favicon.svg',
	'/no-such-page/',
	'/en/no-such-page/',
];

/** A GET with exactly these request headers; the body decoded as the client would (gunzip when gzipped). */
function rawGet(url: string, headers: Record<string, string>) {
	return new Promise<{ status: number; header: (k: string) => string | null; text: () => string }>(
		(resolve, reject) => {
			const req = request(url, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const raw = Buffer.concat(chunks);
					const header = (k: string) => {
						const v = res.headers[k];
						return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
					};
					const body = header('content-encoding') === 'gzip' ? gunzipSync(raw) : raw;
					resolve({ status: res.statusCode ?? 0, header, text: () => body.toString('utf8') });
				});
			});
			req.on('error', reject);
			req.end();
		},
	);
}

const freePort = () =>
	new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

/**
 * What a client sees: status, the Location of a redirect, and the headers the policy is about. Sent with
 * node:http rather than fetch, which would ask for compression and then hide it (it decodes the body and keeps
 * no Content-Encoding a test could compare).
 */
async function answer(origin: string, urlPath: string, acceptEncoding?: string) {
	const res = await rawGet(origin + urlPath, acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
	const h: Record<string, string | null> = Object.fromEntries(
		[
			'content-type',
			'cache-control',
			'content-security-policy',
			'x-content-type-options',
			'referrer-policy',
			'location',
			'content-encoding',
			'vary',
			'etag',
			'last-modified',
		].map((k) => [k, res.header(k)]),
	);
	const body = res.status === 301 ? '' : res.text();
	return {
		status: res.status,
		location: h.location,
		headers: h,
		title: /<title>(.*?)<\/title>/.exec(body)?.[1] ?? null,
	};
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
		const server = readFileSync('deploy/nginx.conf', 'utf8')
			.replace('listen 80;', `listen 127.0.0.1:${port};`)
			.replace('root /srv/power-notices/dist;', `root ${site};`);
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
		const check = spawn(NGINX as string, ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', dir], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
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

	test.each(
		compressionPaths.flatMap((p) => [
			[p, 'gzip, deflate, br'],
			[p, ''],
		]),
	)('%s (Accept-Encoding: %j): nginx compresses as the local server does', async (urlPath, accept) => {
		const [fromNginx, fromLocal] = await Promise.all([
			answer(nginxOrigin, urlPath, accept),
			answer(localOrigin, urlPath, accept),
		]);
		expect(fromNginx).toEqual(fromLocal);
	});

	// A reload after max-age revalidates: the validators nginx sent get a 304 from both, a stale one a 200.
	test.each([
		['/guidance/', 'gzip'],
		['/guidance/', ''],
		['/og/site.png', ''],
		['/_astro/big.D7e8f9.css', 'gzip'],
	])('%s (Accept-Encoding: %j): conditional requests answered as nginx does', async (urlPath, accept) => {
		const first = await rawGet(nginxOrigin + urlPath, accept ? { 'accept-encoding': accept } : {});
		const etag = first.header('etag') as string;
		const lastModified = first.header('last-modified') as string;
		expect(etag).toMatch(/^(W\/)?"[0-9a-f]+-[0-9a-f]+"$/);
		const conditionals: Array<Record<string, string>> = [
			{ 'if-none-match': etag },
			{ 'if-none-match': `"0-0", ${etag}` },
			{ 'if-modified-since': lastModified },
			{ 'if-none-match': '"0-0"' },
			{ 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
		];
		for (const conditional of conditionals) {
			const h = { ...conditional, ...(accept ? { 'accept-encoding': accept } : {}) };
			const [fromNginx, fromLocal] = await Promise.all([
				rawGet(nginxOrigin + urlPath, h),
				rawGet(localOrigin + urlPath, h),
			]);
			expect([fromLocal.status, fromLocal.header('etag')], JSON.stringify(conditional)).toEqual([
				fromNginx.status,
				fromNginx.header('etag'),
			]);
		}
	});

	test("text is compressed, images and Pagefind's pre-compressed files are not", async () => {
		const encodings = await Promise.all(
			compressionPaths.map(async (p) => [p, (await answer(nginxOrigin, p, 'gzip')).headers['content-encoding']]),
		);
		expect(Object.fromEntries(encodings)).toEqual({
			'/guidance/': 'gzip',
			'/_astro/big.D7e8f9.css': 'gzip',
			'/_astro/big.E1f2a3.js': 'gzip',
			'/api/big.json': 'gzip',
			'/big.xml': 'gzip',
			'/big.ics': 'gzip',
			'/pagefind/wasm.zh-cn.pagefind': null,
			'/pagefind/big.pf_meta': null,
			'/og/site.png': null,
			'/robots.txt': 'gzip',
			'/favicon.svg': null,
			'/outages.ics': null,
			'/no-such-page/': null,
		});
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
