import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run whole Astro builds; on two cores they must not run side by side with each other.
		fileParallelism: false,
		testTimeout: 20_000,
	},
});
