import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFileBytes, adminFiles } from '../lib/admin/admin-files.ts';
import { buildSegment } from '../lib/build/segments/current.ts';

/**
 * Writes the content editor into `<outDir>/admin/` after every build (src/lib/admin/admin-files.ts): the same bytes
 * for the same content, so a warm build still equals a cold one. Outside Astro's pages, hence outside the sitemap;
 * the search index and the link check skip /admin/ (docs/content-editor.md). A closed segment's build leaves it out:
 * the merged site takes the live segment's, and a hundred files written for nothing cost each closed segment time.
 */
export function adminCms(contentDir: string): AstroIntegration {
	return {
		name: 'admin-cms',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (buildSegment().kind === 'closed') return;
				const target = path.join(fileURLToPath(dir), 'admin');
				mkdirSync(target, { recursive: true });
				const files = adminFiles(contentDir);
				for (const [name, source] of files) writeFileSync(path.join(target, name), adminFileBytes(source));
				logger.info(`content editor: ${files.size} files in ${path.relative(process.cwd(), target)}/`);
			},
		},
	};
}
