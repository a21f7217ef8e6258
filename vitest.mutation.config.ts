import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run test:mutation` (StrykerJS, stryker.config.mjs) runs against each mutant: the unit tests of the
 * domain core, in-process. Left out: build tests (whole Astro builds), the import command-line tests (they spawn
 * Node, which runs the unmutated files outside Stryker's reach) and the import property tests (hundreds of whole
 * imports per run; the modules' own unit tests pin the behaviour they sample).
 */
export default defineConfig({
	test: {
		include: [
			'tests/unit/time.test.ts',
			'tests/unit/outages/status-window.test.ts',
			'tests/unit/tariffs/estimate.test.ts',
			'tests/unit/import/*.test.ts',
		],
		exclude: ['tests/unit/import/cli.test.ts', 'tests/unit/import/property.test.ts'],
		testTimeout: 20_000,
	},
});
