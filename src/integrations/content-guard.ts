import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/paths.ts';
import { formatProblem, ContentError } from '../lib/content/problems.ts';
import { hasErrors, validateContent } from '../lib/content/validate.ts';

/**
 * Validates all content before Astro starts, so that `astro build` run on its own fails on bad content just as
 * `npm run build` does, before the content layer can fall back on its cache. Skipped when the build pipeline has
 * just checked the same folder (`CONTENT_CHECKED`); the collections' loaders validate what they load regardless.
 */
export function contentGuard(): AstroIntegration {
	return {
		name: 'content-guard',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (process.env.CONTENT_CHECKED && process.env.CONTENT_CHECKED === contentDir()) return;
				const set = validateContent(contentDir());
				for (const p of set.problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
				if (hasErrors(set.problems)) throw new ContentError(set.problems);
			},
		},
	};
}
