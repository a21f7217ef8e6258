import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { contentTypeFor, isCompressible } from './security-headers.ts';

/** Content types for what the site publishes: one table, shared with the deployment examples. */
export { contentTypes } from './security-headers.ts';

/** Extra response headers, as a static host would send them: `headersFor` in security-headers.ts (the deployment examples send the same). */
export type HeaderRule = (urlPath: string) => Record<string, string>;

/**
 * A small static file server for the built site, behaving like a plain static host: `/x/` serves `/x/index.html`,
 * `/x` redirects to `/x/` where that is a folder, unknown paths get the 404 page of their language with status 404.
 * `gzip` compresses text as the deployment examples do (the benchmark measures transfer sizes with it).
 */
export function createStaticServer(root: string, headers: HeaderRule = () => ({}), options: { gzip?: boolean } = {}): Server {
	const base = path.resolve(root);
	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const file = path.join(base, pathname);
		if (!file.startsWith(base)) {
			res.writeHead(403).end('Forbidden');
			return;
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		let target = file;
		if (existsSync(target) && statSync(target).isDirectory()) {
			if (!pathname.endsWith('/')) {
				res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
				return;
			}
			target = path.join(target, 'index.html');
		}
		let status = 200;
		if (!existsSync(target) || !statSync(target).isFile()) {
			status = 404;
			const localized404 = pathname.startsWith('/en/') ? path.join(base, 'en/404/index.html') : path.join(base, '404.html');
			target = existsSync(localized404) ? localized404 : '';
		}
		const type = target ? contentTypeFor(`/${path.relative(base, target).split(path.sep).join('/')}`) : 'text/plain; charset=utf-8';
		const gzip = options.gzip && target !== '' && isCompressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, { 'content-type': type, ...headers(pathname), ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
		if (!target) res.end('Not found');
		else if (req.method === 'HEAD') res.end();
		else if (gzip) createReadStream(target).pipe(createGzip()).pipe(res);
		else createReadStream(target).pipe(res);
	});
}
