// `npm run test:mutation`: mutation testing of the domain core with StrykerJS. Each mutant (a small deliberate bug in
// one module) runs against only the tests that reach its line (coverage per test, tests related to the file); a
// mutant no test notices "survives". See docs/testing.md, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts', related: true },
	coverageAnalysis: 'perTest',
	mutate: [
		'src/lib/import/merge.ts',
		'src/lib/time.ts',
		'src/lib/import/datetime.ts',
		'src/lib/tariffs/estimate.ts',
		'src/lib/outages/status.ts',
		'src/lib/import/rows.ts',
		'src/lib/import/areas.ts',
		'src/lib/import/mapping.ts',
	],
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
	timeoutMS: 30_000,
	tempDirName: '.stryker-tmp',
	ignorePatterns: ['dist', '.astro', '.cache', '.bench', 'test-results', 'playwright-report', 'reports'],
};
