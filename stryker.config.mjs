// `npm run test:mutation`: mutation testing of the domain modules with StrykerJS. Each mutant (a small deliberate
// bug in one module) runs against only the tests that reach its line (coverage per test, tests related to the
// file); a mutant no test notices "survives". See docs/testing.md "Mutation testing".
/**
 * The modules under src/lib/ that are not mutated, each with the reason: glue (command lines, file and network
 * I/O) and site machinery that is not domain logic. Every other module is mutated and held to the
 * break, a new one included: docs/mutation-scores.md lists both, from here. A unit test
 * (tests/unit/mutation-scores.test.ts) checks that each entry still names a file.
 * @type {Record<string, string>}
 */
export const notMutated = {
	'src/lib/content/**':
		'content loading and validation: reads the content folder and applies the schemas and the rules of mutated modules (tariffs/rules.ts, text/junk.ts, areas/tree.ts); its tests validate whole content folders',
	'src/lib/command-line.ts': 'command-line wiring',
	'src/lib/clock.ts': 'reads the build clock from the environment',
	'src/lib/areas/areas-command.ts': 'command-line wiring of npm run areas',
	'src/lib/areas/run-areas.ts': 'npm run areas: reads and writes files around merge-official.ts',
	'src/lib/areas/code-files.ts': 'file I/O: fetches and caches the official code lists',
	'src/lib/import/command.ts': 'command-line wiring of npm run import',
	'src/lib/import/inbox-command.ts': 'command-line wiring of npm run inbox',
	'src/lib/import/run.ts':
		'npm run import: reads the export and writes notices.json around the mutated rows.ts, merge.ts and warnings.ts; tested by whole imports',
	'src/lib/import/inbox.ts': 'npm run inbox: moves files and writes reports around run.ts; tested by whole inbox runs',
	'src/lib/import/read-table.ts': 'file reading (CSV encodings, Excel): tested on real files by reading.test.ts',
	'src/lib/notify/run.ts':
		'npm run notify: reads and writes the state and sends around the mutated events.ts, digest.ts and text.ts; tested by whole runs against local servers',
	'src/lib/notify/queue.ts': 'delivery: rate limits and retries, tested by whole runs against local servers',
	'src/lib/notify/transports.ts': 'network I/O (HTTP, SMTP)',
	'src/lib/notify/channels/**':
		'delivery: each provider’s request and reply formats, tested against local servers playing the providers',
	'src/lib/outages/qr.ts': 'a call of the qrcode package',
	'src/lib/admin/**': 'the CMS configuration and its files, generated from the schemas',
	'src/lib/build/**':
		'build machinery: incremental-build keys, caches, file copies, the segments’ plan and merge; tested by the build tests',
	'src/lib/deploy/**':
		'the host’s HTTP policy (headers, cache lifetimes, content types); tested against the served site',
	'src/lib/links/**': 'site machinery: the link check of the built site',
	'src/lib/search/archive.ts': 'search machinery: archive bundle names',
	'src/lib/search/bundles.ts': 'search machinery: which pages go into which Pagefind bundle',
	'src/lib/search/check-index.ts': 'search machinery: the check of the built index',
	'src/lib/search/index-site.ts': 'search machinery: runs Pagefind over the built site',
	'src/lib/search/indexed-content.ts': 'search machinery: the search key of a built page',
	'src/lib/search/section-aliases.ts': 'a word list (aliasesFor is a lookup)',
	'src/lib/sitemap-links.ts': 'site machinery: the sitemap’s language links',
	'src/lib/sample/**': 'the sample content generator (demo data, not the utility’s)',
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts', related: true },
	coverageAnalysis: 'perTest',
	mutate: ['src/lib/**/*.ts', ...Object.keys(notMutated).map((pattern) => `!${pattern}`)],
	// Reruns test only the mutants whose code or tests changed since the last run; the file is local (gitignored),
	// CI keeps its copy in the Actions cache.
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	thresholds: { high: 90, low: 85, break: 85 },
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
	// The machine is shared and the tests are light: two test processes at most (override with --concurrency).
	concurrency: 2,
	timeoutMS: 10_000,
	tempDirName: '.stryker-tmp',
	ignorePatterns: ['dist', '.astro', '.cache', '.bench', 'test-results', 'playwright-report', 'reports'],
};
