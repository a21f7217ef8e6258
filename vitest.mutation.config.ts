import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run test:mutation` (StrykerJS, stryker.config.mjs) runs against each mutant: each module's own unit
 * tests, which call it directly and take milliseconds. Left out: tests that run whole imports (merge.test.ts,
 * reading.test.ts, cli.test.ts, property.test.ts: a second or more each, and every mutant of the import modules
 * would run dozens of them) and the build tests. What those tests check end to end, the unit tests below pin down
 * module by module.
 */
export default defineConfig({
	test: {
		include: [
			'tests/unit/time.test.ts',
			'tests/unit/outages/status-window.test.ts',
			'tests/unit/tariffs/estimate.test.ts',
			'tests/unit/import/datetime.test.ts',
			'tests/unit/import/merge-notices.test.ts',
			'tests/unit/import/rows.test.ts',
			'tests/unit/import/areas.test.ts',
			'tests/unit/import/mapping.test.ts',
		],
		testTimeout: 20_000,
	},
});
