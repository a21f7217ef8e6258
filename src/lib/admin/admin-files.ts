/**
 * The files of the content editor at /admin/: its page and start-up scripts (src/admin/), the site's stylesheet for
 * the previews, the configuration generated from the schemas, and Decap CMS's own prebuilt bundle, fetched from the
 * npm registry by itself (editor-packages.ts; no CDN: every file is served by the site itself). The build writes
 * them into dist/admin/; `npm run admin` serves them straight from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCmsConfig } from './config-file.ts';
import { bundleFileNames, decapBundleDir } from './editor-packages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where each file of /admin/ comes from, by its name under /admin/: a file to copy, or generated text.
 * Decap's bundle is `decap-cms.js` plus the chunks it loads on demand (`<n>.decap-cms.js`), without source maps.
 */
export function adminFiles(
	contentDir: string,
	env: Record<string, string | undefined> = process.env,
): Map<string, { file: string } | { text: string }> {
	const files = new Map<string, { file: string } | { text: string }>();
	for (const name of ['index.html', 'flags.js', 'setup.js'])
		files.set(name, { file: path.join(root, 'src/admin', name) });
	files.set('site.css', { file: path.join(root, 'src/styles/global.css') });
	files.set('config.yml', { text: renderCmsConfig(contentDir, env) });
	const bundle = decapBundleDir();
	for (const name of bundleFileNames(readdirSync(bundle))) files.set(name, { file: path.join(bundle, name) });
	return files;
}

/** The bytes of one admin file. */
export function adminFileBytes(source: { file: string } | { text: string }): Buffer {
	return 'file' in source ? readFileSync(source.file) : Buffer.from(source.text, 'utf8');
}
