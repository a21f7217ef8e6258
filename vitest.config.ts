import { defineConfig } from 'vitest/config';

/**
 * Two workers, also on two cores (vitest's default there is one): a build test spends its time waiting on an
 * `astro build` child process, and the unit tests fill the core that build leaves. The project "build" sorts
 * before "unit", so the whole-build tests start first and the unit tests run beside them, not after them.
 */
export default defineConfig({
	test: {
		testTimeout: 20_000,
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/bench/**/*.test.ts'] } },
		],
	},
});
