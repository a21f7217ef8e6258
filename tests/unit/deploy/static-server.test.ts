import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, resolveInside } from '../../../scripts/lib/static-server.ts';
import { headersFor } from '../../../src/lib/deploy/security-headers.ts';

/**
 * The local server (`npm run serve`, which can face a network through HOST) on a real socket: nothing outside its
 * folder is reachable, however the path is encoded; text is gzipped as the nginx example does.
 */
const SECRET = 'secret-key-outside-dist';
const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-static-'));
const site = path.join(dir, 'dist');
const bigText = `<!doctype html><title>首页</title><p>${'停电通知 '.repeat(200)}</p>`;
const files: Record<string, string> = {
	'dist/index.html': bigText,
	'dist/404.html': '<!doctype html><title>未找到</title>',
	'dist/en/404/index.html': '<!doctype html><title>Not found</title>',
	'dist/small.txt': 'tiny',
	'dist/outages.json': JSON.stringify({
		notices: Array.from({ length: 50 }, (_, i) => ({ id: i, title: '计划停电' })),
	}),
	'dist/card.png': 'PNG'.repeat(200),
	// Siblings of dist/ whose names start with "dist", and a file in the parent folder.
	'dist-old/key.txt': SECRET,
	'distribution/key.txt': SECRET,
	'key.txt': SECRET,
};

/** Sends `rawPath` exactly as written (fetch would normalise `..` away before it leaves the client). */
function get(origin: string, rawPath: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
		(resolve, reject) => {
			const req = request(`${origin}/`, { path: rawPath, headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
				);
			});
			req.on('error', reject);
			req.end();
		},
	);
}

describe('the local static server', () => {
	const server = createStaticServer(site, headersFor);
	let origin = '';
	beforeAll(async () => {
		for (const [rel, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
			writeFileSync(path.join(dir, rel), text);
		}
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((r) => server.close(r));
		rmSync(dir, { recursive: true, force: true });
	});

	test.each([
		'/..%2fdist-old/key.txt',
		'/..%2Fdist-old/key.txt',
		'/%2e%2e%2fdist-old/key.txt',
		'/%2E%2E%2Fdistribution/key.txt',
		'/%2e%2e/dist-old/key.txt',
		'/../dist-old/key.txt',
		'/..%2f..%2f' + path.basename(dir) + '%2fkey.txt',
		'/..%2fkey.txt',
		'/..%5cdist-old%5ckey.txt',
		'/..\\dist-old\\key.txt',
		'/%252e%252e%252fdist-old/key.txt',
		'/..%252fdist-old/key.txt',
		'/%2e%2e%5c%2e%2e%5ckey.txt',
		'/en/..%2f..%2fdist-old/key.txt',
		'/..%2fdist-old/key.txt%00.html',
		'/..%c0%afdist-old/key.txt',
	])('GET %s serves nothing from outside the folder', async (rawPath) => {
		const res = await get(origin, rawPath);
		expect(res.body.toString()).not.toContain(SECRET);
		expect([400, 404]).toContain(res.status);
	});

	test.each([
		['/', 200],
		['/small.txt', 200],
		['/no-such-file.txt', 404],
		['/en/no-such-page/', 404],
	])('GET %s is %i', async (rawPath, status) => {
		expect((await get(origin, rawPath)).status).toBe(status);
	});

	test.each([
		// [path, accept-encoding, content-encoding, vary]
		['/', 'gzip, deflate, br', 'gzip', 'Accept-Encoding'],
		['/', '', undefined, 'Accept-Encoding'],
		['/outages.json', 'gzip', 'gzip', 'Accept-Encoding'],
		// Below compressMinBytes: not worth it, as nginx's gzip_min_length decides.
		['/small.txt', 'gzip', undefined, undefined],
		// Images are compressed already.
		['/card.png', 'gzip', undefined, undefined],
	])('GET %s (Accept-Encoding: %j): Content-Encoding %s, Vary %s', async (rawPath, accept, encoding, vary) => {
		const res = await get(origin, rawPath, accept ? { 'accept-encoding': accept } : {});
		expect([res.headers['content-encoding'], res.headers.vary]).toEqual([encoding, vary]);
		const body = encoding === 'gzip' ? gunzipSync(res.body) : res.body;
		expect(body.toString()).toBe(files[`dist${rawPath === '/' ? '/index.html' : rawPath}`]);
	});
});

describe('resolveInside', () => {
	const base = path.resolve('/srv/site/dist');
	test.each([
		['/', base],
		['/index.html', path.join(base, 'index.html')],
		['/a/../b.html', path.join(base, 'b.html')],
		['/a/b/../../c', path.join(base, 'c')],
		['/..', null],
		['/../dist-old/key.txt', null],
		// Out and back in again names a file inside: harmless.
		['/../dist/index.html', path.join(base, 'index.html')],
		['/a/../../dist-old', null],
		['/a\0.html', null],
		// On POSIX a backslash is an ordinary character in a file name, never a separator.
		['/..\\x', path.sep === '/' ? path.join(base, '..\\x') : null],
	])('%j → %s', (pathname, expected) => expect(resolveInside(base, pathname)).toBe(expected));
});
