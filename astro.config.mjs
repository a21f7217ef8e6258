// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { adminCms } from './src/integrations/admin-cms.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { careMode } from './src/integrations/care-mode.ts';
import { keepDist } from './src/integrations/keep-dist.ts';
import { astroCsp } from './src/lib/deploy/security-headers.ts';
import { sitemapHreflang } from './src/lib/sitemap-links.ts';

// Where content is read from and the site written to; tests and the benchmark point these elsewhere.
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const site = readSiteOrigin(path.join(contentDir, 'site.json'));

export default defineConfig({
	site,
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		inlineStylesheets: 'never',
		// Rendering one page at a time leaves the CPU idle while each page's files are written (a closed segment's
		// build of 3,300 notices spent 27 of 62 s waiting); four at a time took 47 s instead of 53 (2 vCPU).
		concurrency: 4,
	},
	// Astro 7's default ('jsx') drops whitespace between inline elements, gluing words together on the page and
	// in the search index. `true` removes only whitespace that cannot change the rendering.
	compressHTML: true,
	devToolbar: { enabled: false },
	// Pages whose cacheKey (from getStaticPaths: the data they render, see src/lib/build/cache-key.ts) and code are
	// unchanged since the previous build in this cacheDir are not rendered again: a publish costs what changed.
	experimental: { incrementalBuild: true },
	// dist/ is kept between builds, so a skipped page is left in place rather than copied back from the cache;
	// keepDist() removes what the build no longer produces. `npm run build` starts from an empty dist/ whenever
	// there is no cache to go with it (scripts/build.ts).
	vite: {
		build: {
			emptyOutDir: false,
			// Astro inlines scripts under 4 KB into each page that has them. The read-aloud island is not needed to show
			// a page: as a file it stays out of every notice's HTML, and one cached copy serves every notice and article.
			assetsInlineLimit: (file) => (file.includes('ReadAloud.astro') ? false : undefined),
			rolldownOptions: {
				// Rolldown warns, ten lines for each MDX file, every build, that it may not keep the directive Astro's MDX
				// compiler puts at the top of the module ("use astro:head-inject"): Astro's own marker, which Astro reads
				// before bundling. The warning buries the build log's real messages for staff reading it.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
		// The dev server watches the project for edits; build output, the benchmark's synthetic site (tens of
		// thousands of folders) and the caches are not sources, and watching them can exhaust the system's inotify
		// watches (ENOSPC), after which content edits are no longer seen.
		server: { watch: { ignored: ['**/.bench*/**', '**/dist/**', '**/.cache/**'] } },
	},
	// Content-Security-Policy as a <meta> tag in every page, with the hashes of the small scripts Astro inlines:
	// the policy lives in src/lib/deploy/security-headers.ts, shared with the servers and deployment examples.
	security: { csp: astroCsp },
	// No syntax colouring of code blocks: Shiki's inline styles are what the Content-Security-Policy forbids (Astro
	// warns of it every build), and a notice or an article has no code to colour; a code block stays a plain <pre>.
	markdown: { syntaxHighlight: false },
	// Astro's log with the files an incremental build kept counted, not listed one per line (build-log.ts).
	logger: { entrypoint: './src/integrations/build-log.ts' },
	i18n: {
		locales: ['zh-cn', 'en'],
		defaultLocale: 'zh-cn',
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		// Before anything else: builds in this folder share .astro/ (see build-lock.ts).
		buildLock(),
		mdx(),
		// hreflang alternates added by our own hooks: the integration's i18n option is quadratic in page count.
		sitemap(sitemapHreflang()),
		// The content editor at /admin/ (Decap CMS, configured from the zod schemas): static files, not pages.
		adminCms(contentDir),
		// Care mode's boot script in every page's head, before the first paint (hashed into the page's CSP).
		careMode(),
		// Last: what the integrations above write in astro:build:done counts as this build's output.
		keepDist(),
	],
});

/**
 * The canonical origin from site.json; content validation reports a bad file in full, so fall back quietly.
 * @param {string} file
 */
function readSiteOrigin(file) {
	try {
		return new URL(JSON.parse(readFileSync(file, 'utf8')).baseUrl).origin;
	} catch {
		return 'http://localhost';
	}
}
