import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { compressMinBytes, contentTypeFor, isCompressible } from '../../src/lib/deploy/security-headers.ts';

/** Content types for what the site publishes: one table, shared with the deployment examples. */
export { contentTypes } from '../../src/lib/deploy/security-headers.ts';

/** Extra response headers, as a static host would send them: `headersFor` in security-headers.ts (the deployment examples send the same). */
export type HeaderRule = (urlPath: string) => Record<string, string>;

/**
 * The file `pathname` (already percent-decoded) names inside `base`, or null when it would lie outside it.
 * A string-prefix test is not enough: `/../dist-old/x` resolves to a sibling of `dist` that starts with "dist".
 * The check is on the path relative to `base`, after normalisation, so `..` segments however they were encoded
 * (`%2f`, `%2e%2e`) cannot climb out; a NUL byte, which no real file name holds, is refused too.
 */
export function resolveInside(base: string, pathname: string): string | null {
	if (pathname.includes('\0')) return null;
	const file = path.resolve(base, `.${path.posix.sep}${pathname}`);
	const rel = path.relative(base, file);
	if (rel === '') return file;
	if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
	return file;
}

/**
 * Whether a conditional GET may get a 304, as nginx decides: If-None-Match lists the file's ETag (weak or strong
 * form), or, without If-None-Match, If-Modified-Since is exactly its Last-Modified (nginx's `if_modified_since exact`).
 */
function isNotModified(req: IncomingHttpHeaders, v: { etag: string; 'last-modified': string }): boolean {
	const inm = req['if-none-match'];
	if (inm !== undefined)
		return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === v.etag);
	return req['if-modified-since'] === v['last-modified'];
}

const stat = (file: string): Stats | undefined => {
	try {
		return statSync(file);
	} catch {
		return undefined;
	}
};

/**
 * A small static file server for the built site, answering as the nginx example (deploy/nginx.conf) does:
 * `/x/` serves `/x/index.html`, `/x` redirects to `/x/` where that is a folder, unknown paths get the 404 page of
 * their language with status 404, nothing outside `root` is served. Text of at least `compressMinBytes` is gzipped
 * when the client accepts it (`Vary: Accept-Encoding` on every compressible response), like nginx's `gzip_vary on`;
 * `gzip: false` turns compression off.
 */
export function createStaticServer(
	root: string,
	headers: HeaderRule = () => ({}),
	options: { gzip?: boolean } = {},
): Server {
	const base = path.resolve(root);
	const compress = options.gzip ?? true;
	return createServer((req, res) => {
		let url: URL;
		let pathname: string;
		try {
			url = new URL(req.url ?? '/', 'http://localhost');
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('Bad request');
			return;
		}
		const file = resolveInside(base, pathname);
		if (file === null) {
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
			return;
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		let target = file;
		let info = stat(target);
		if (info?.isDirectory()) {
			if (!pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			target = path.join(target, 'index.html');
			info = stat(target);
		}
		let status = 200;
		if (!info?.isFile()) {
			status = 404;
			const localized404 = pathname.startsWith('/en/')
				? path.join(base, 'en/404/index.html')
				: path.join(base, '404.html');
			info = stat(localized404);
			target = info?.isFile() ? localized404 : '';
		}
		// Validators as nginx makes them (ETag "<mtime hex>-<size hex>", weak once gzipped; Last-Modified, which nginx
		// leaves off its 404 page), so a reload after max-age revalidates with a 304 here as it does in production.
		const validators =
			target && info
				? {
						etag: `"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}"`,
						'last-modified': info.mtime.toUTCString(),
					}
				: undefined;
		const type = target
			? contentTypeFor(`/${path.relative(base, target).split(path.sep).join('/')}`)
			: 'text/plain; charset=utf-8';
		const size = target && info ? info.size : 0;
		const compressible = compress && target !== '' && isCompressible(type) && size >= compressMinBytes;
		const gzip = compressible && req.method === 'GET' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const etag = validators && (gzip ? `W/${validators.etag}` : validators.etag);
		const common = {
			...headers(pathname),
			...(compressible ? { vary: 'Accept-Encoding' } : {}),
			...(validators && status === 200 ? { 'last-modified': validators['last-modified'] } : {}),
			...(etag ? { etag } : {}),
		};
		if (validators && status === 200 && isNotModified(req.headers, validators)) {
			// nginx answers before compressing: the 304 carries the plain (strong) ETag.
			res.writeHead(304, { ...common, etag: validators.etag }).end();
			return;
		}
		res.writeHead(status, {
			'content-type': type,
			...common,
			...(gzip ? { 'content-encoding': 'gzip' } : target ? { 'content-length': String(size) } : {}),
		});
		if (!target) res.end('Not found');
		else if (req.method === 'HEAD') res.end();
		else if (gzip) createReadStream(target).pipe(createGzip()).pipe(res);
		else createReadStream(target).pipe(res);
	});
}
