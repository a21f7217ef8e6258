/**
 * `npm run admin`: the content editor for a local trial, at http://localhost:4322/admin/ (`PORT`, `HOST` to change).
 * One server on one origin: the editor's files (/admin/, its configuration generated afresh from the schemas on
 * every load), Decap CMS's local backend (decap-server's file-system proxy, POST /api/v1) writing straight into
 * content/ of this folder (or of `--repo <dir>`), and the built site in dist/ (or `OUT_DIR`) when there is one.
 * Nothing is committed: review with `git diff`, then commit as usual.
 * 本机试用内容编辑器：保存直接写入 content/，用 git diff 检查后提交。
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DecapServer, Express } from './lib/decap-server.ts';
import { adminFileBytes, adminFiles } from '../src/lib/admin/admin-files.ts';
import { decapBundleDir, editorRequire } from '../src/lib/admin/editor-packages.ts';
import { contentTypeFor, headersFor } from '../src/lib/deploy/security-headers.ts';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({ options: { repo: { type: 'string' } } });
// The folder whose content/ the editor writes into: Decap's collection paths (content/alerts, …) are relative to it.
const repo = path.resolve(values.repo ?? process.env.INIT_CWD ?? process.cwd());
const port = Number(process.env.PORT ?? 4322);
const host = process.env.HOST ?? '127.0.0.1';
const site = path.resolve(process.env.OUT_DIR ?? 'dist');

// decap-server and express are the editor's own packages (admin/), installed on first use, and Decap's browser
// bundle is fetched once (docs/content-editor.md): both before listening, so no page load waits for them.
const editor = editorRequire();
const express = editor('express') as Express;
const decapServer = editor('decap-server/dist/middlewares.js') as DecapServer;
decapBundleDir();

process.env.GIT_REPO_DIRECTORY = repo;
const app = express();
app.disable('x-powered-by');
await decapServer.registerLocalFs(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });

app.get(['/admin', '/admin/', '/admin/:name'], (req, res) => {
	if (req.path === '/admin') return res.redirect(301, '/admin/');
	const name = req.params.name ?? 'index.html';
	const source = adminFiles(path.join(repo, 'content')).get(name);
	if (!source) return res.status(404).type('text/plain').send('Not found');
	res.set({ ...headersFor(`/admin/${name}`), 'content-type': contentTypeFor(`/admin/${name}`) });
	res.send(adminFileBytes(source));
});

const hasSite = existsSync(path.join(site, 'index.html'));
if (hasSite) {
	const staticSite = createStaticServer(site, headersFor);
	app.use((req, res) => void staticSite.emit('request', req, res));
}

app.listen(port, host, () => {
	const origin = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${port}`;
	console.log(`内容编辑器 Content editor: ${origin}/admin/  (writes into ${path.join(repo, 'content')}/)`);
	console.log(
		hasSite
			? `网站 Site: ${origin}/ (${path.relative(process.cwd(), site) || '.'})`
			: `没有已生成的网站：先运行 npm run build 可同时浏览网站 / no built site in ${site}: run npm run build to browse it too`,
	);
	console.log('按 Ctrl+C 停止 / Ctrl+C to stop');
});
