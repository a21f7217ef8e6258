import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run test:mutation` (StrykerJS, stryker.config.mjs) runs against each mutant: the unit tests of the
 * mutated modules, which call them directly and take milliseconds; Stryker runs, for each mutant, only those that
 * import its module and reached its line. Left out, each for a reason (docs/testing.md "Mutation testing"):
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		exclude: [
			// Whole runs: an import, an inbox, a notification run, a content check, a search index. A second or more
			// each, and every mutant they reach would run them; the unit tests pin the same behaviour module by module.
			'tests/unit/import/property.test.ts',
			'tests/unit/import/cli.test.ts',
			'tests/unit/import/inbox.test.ts',
			'tests/unit/import/exports-95598.test.ts',
			'tests/unit/import/merge.test.ts',
			'tests/unit/import/reading.test.ts',
			'tests/unit/import/junk-cells.test.ts',
			'tests/unit/notify/killed-run.test.ts',
			'tests/unit/notify/deliver.test.ts',
			'tests/unit/notify/workflow.test.ts',
			'tests/unit/notify/config.test.ts',
			'tests/unit/areas/areas-cli.test.ts',
			'tests/unit/validate-content.test.ts',
			'tests/unit/content/junk-content.test.ts',
			'tests/unit/guidance/content.test.ts',
			'tests/unit/search/index-site.test.ts',
			// Built from the sample or the committed content when the file loads (every feed of the sample notices, the
			// message texts of the committed areas): code run while a file loads belongs to no test, so each mutant it
			// reaches would run every related test file. The feeds' and the messages' own unit tests build their inputs
			// in each test (tests/unit/feeds/*-unit.test.ts, tests/unit/notify/text.test.ts, events.test.ts).
			'tests/unit/feeds/api.test.ts',
			'tests/unit/feeds/atom.test.ts',
			'tests/unit/feeds/feed-set.test.ts',
			'tests/unit/feeds/ics.test.ts',
			'tests/unit/feeds/notice-words.test.ts',
			'tests/unit/notify/text-events.test.ts',
			'tests/unit/sample.test.ts',
			// Tests of modules that are not mutated (stryker.config.mjs notMutated): they reach domain modules only on
			// the way.
			'tests/unit/admin/**',
			'tests/unit/bench/**',
			'tests/unit/build/**',
			'tests/unit/build-lock.test.ts',
			'tests/unit/deploy/**',
			'tests/unit/links/**',
			'tests/unit/search/bundles.test.ts',
			'tests/unit/search/check-index.test.ts',
			'tests/unit/search/indexed-content.test.ts',
			'tests/unit/sitemap-links.test.ts',
			// The guard that no test reads content/: it checks the repository's folders, which Stryker's sandbox copies
			// elsewhere, and tests no module.
			'tests/unit/tests-own-their-fixtures.test.ts',
		],
		testTimeout: 20_000,
	},
});
