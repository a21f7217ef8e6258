import { defineConfig, devices } from '@playwright/test';
import { reportFiles } from './scripts/lib/test-summary.ts';
import { fixture, noContentDir } from './tests/fixture-site.ts';

// As in vitest.config.ts: every spec names the content it uses (the fixture site's build, or a copy of it), and
// nothing the specs or their commands reach falls back on the utility's content/. The workers inherit this.
process.env.CONTENT_DIR = noContentDir;

/**
 * Browser tests against the built fixture site. The browser is the Chromium that `npm test` found
 * (CHROMIUM_PATH); nothing is downloaded.
 */
const launchOptions = {
	executablePath: process.env.CHROMIUM_PATH,
	// Root needs --no-sandbox; the network flags stop Chromium calling home on a machine without internet.
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--no-first-run',
	],
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	// The JSON report feeds the one-line summary `npm test` prints at the end (scripts/lib/test-summary.ts).
	reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: reportFiles.playwright }]],
	timeout: 30_000,
	use: {
		baseURL: fixture.baseURL,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
	webServer: {
		command: `"${process.execPath}" scripts/e2e-server.ts`,
		url: `${fixture.baseURL}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 600_000,
		stdout: 'pipe',
		stderr: 'pipe',
	},
});
