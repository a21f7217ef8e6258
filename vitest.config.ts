import { defineConfig } from 'vitest/config';
import { noContentDir } from './tests/fixture-site.ts';

/**
 * Two workers, also on two cores (vitest's default there is one): a build test spends its time waiting on an
 * `astro build` child process, and the unit tests fill the core that build leaves. The project "build" sorts
 * before "unit", so the whole-build tests start first and the unit tests run beside them, not after them.
 *
 * The tests own their content (tests/fixtures/site) and name the folder they use: CONTENT_DIR points at a folder
 * that does not exist, so code reached without one, in a test or in a command it starts, fails instead of reading
 * the utility's content/ (see tests/unit/tests-own-their-fixtures.test.ts).
 */
export default defineConfig({
	test: {
		testTimeout: 20_000,
		maxWorkers: 2,
		env: { CONTENT_DIR: noContentDir },
		projects: [
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/bench/**/*.test.ts'] } },
		],
	},
});
