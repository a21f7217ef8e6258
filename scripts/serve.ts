/**
 * `npm run serve`: serves the built site in dist/ (or `OUT_DIR`) at http://127.0.0.1:4321/ (`PORT` to change).
 * 在本机预览已生成的网站。
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createStaticServer } from './lib/static-server.ts';
import { headersFor } from '../src/lib/deploy/security-headers.ts';

const root = path.resolve(process.env.OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync(path.join(root, 'index.html'))) {
	console.error(`No built site in ${root}: run npm run build first / 尚未生成网站，请先运行 npm run build`);
	process.exit(1);
}
// The deployment's headers (Content-Security-Policy, caching) and its gzip, as deploy/nginx.conf sends them
// (tests/unit/deploy/nginx.test.ts compares the two), so what works and weighs here is what residents get.
createStaticServer(root, headersFor).listen(port, host, () => {
	console.log(
		`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (Ctrl+C to stop / 按 Ctrl+C 停止)`,
	);
});
