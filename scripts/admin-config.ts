/**
 * `npm run admin:config [-- <out-file>]`: writes the content editor's configuration, generated from the zod schemas
 * and the area tree in content/ (or CONTENT_DIR), to <out-file> (default: standard output). The build writes the
 * same file to dist/admin/config.yml; `npm run admin` serves it fresh on every request.
 */
import { writeFileSync } from 'node:fs';
import { renderCmsConfig } from '../src/lib/admin/config-file.ts';
import { contentDir } from '../src/lib/content/paths.ts';

const text = renderCmsConfig(contentDir());
const out = process.argv[2];
if (out) {
	writeFileSync(out, text);
	console.log(`wrote ${out}`);
} else process.stdout.write(text);
