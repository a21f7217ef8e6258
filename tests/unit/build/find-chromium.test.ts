import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/lib/find-chromium.ts';

/**
 * Which browser the tests and benchmarks drive: the headless shell before a full browser (it runs the same
 * browser tests in well under the time), an explicit CHROMIUM_PATH before anything, nothing downloaded.
 */
const shell = '/usr/bin/chromium-headless-shell';
const debianFull = '/usr/bin/chromium';
const own = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

describe('findChromium', () => {
	it.each<{ name: string; env: Record<string, string>; present: string[]; expected: unknown }>([
		{
			name: 'CHROMIUM_PATH wins',
			env: { CHROMIUM_PATH: '/opt/chrome' },
			present: ['/opt/chrome', shell, own, debianFull],
			expected: { path: '/opt/chrome', source: 'env' },
		},
		{
			name: 'the headless shell before Playwright’s own and the full browser',
			env: {},
			present: [shell, own, debianFull],
			expected: { path: shell, source: 'system' },
		},
		{
			name: 'Playwright’s own, when installed, before the system’s full browser',
			env: {},
			present: [own, debianFull],
			expected: { path: own, source: 'playwright' },
		},
		{
			name: 'the system’s full browser last',
			env: {},
			present: [debianFull],
			expected: { path: debianFull, source: 'system' },
		},
		{ name: 'none at all', env: {}, present: [], expected: undefined },
	])('$name', async ({ env, present, expected }) => {
		const found = await findChromium({ env, exists: (p) => present.includes(p), playwrightPath: async () => own });
		expect(found).toEqual(expected);
	});

	it('refuses a CHROMIUM_PATH that names no file, rather than silently driving another browser', async () => {
		await expect(
			findChromium({
				env: { CHROMIUM_PATH: '/nope/chrome' },
				exists: (p) => p === shell,
				playwrightPath: async () => undefined,
			}),
		).rejects.toThrow('/nope/chrome');
	});

	it('goes on to the system’s browsers when Playwright knows none for this platform', async () => {
		const found = await findChromium({
			env: {},
			exists: (p) => p === debianFull,
			playwrightPath: async () => undefined,
		});
		expect(found).toEqual({ path: debianFull, source: 'system' });
	});
});
