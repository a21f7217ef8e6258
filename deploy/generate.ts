/**
 * `node deploy/generate.ts`: writes the deployment examples (deploy/nginx.conf, deploy/netlify/_headers,
 * deploy/netlify/_redirects) from src/lib/deploy/security-headers.ts. Run it after changing the policy there;
 * tests/unit/deploy/ fails until the committed files match.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderNetlifyHeaders, renderNetlifyRedirects, renderNginx } from './render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const generatedFiles: Record<string, () => string> = {
	'nginx.conf': renderNginx,
	'netlify/_headers': renderNetlifyHeaders,
	'netlify/_redirects': renderNetlifyRedirects,
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	for (const [name, render] of Object.entries(generatedFiles)) {
		const file = path.join(here, name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, render());
		console.log(`wrote ${path.relative(process.cwd(), file)}`);
	}
}
