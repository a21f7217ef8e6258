import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Where a Chromium was found, and how. */
export interface ChromiumChoice {
	path: string;
	source: 'env' | 'playwright' | 'system' | 'installed';
}

/**
 * Chromium's headless shell as Debian packages it (`chromium-headless-shell`): the same Blink and V8 as the browser
 * without its window and browser UI. It is what Playwright itself runs for headless tests; here the browser tests
 * took 4.0 min with it against 6.8 min with the full `chromium` (the same 116 tests, idle machine, 2026-12-02).
 */
export const systemHeadlessShellPaths = ['/usr/bin/chromium-headless-shell'];

/** Full browsers a Debian or Ubuntu machine may already have, most likely first. */
export const systemChromiumPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
];

/** What `findChromium` looks at; tests pass their own. */
export interface ChromiumProbe {
	env: Record<string, string | undefined>;
	exists(path: string): boolean;
	/** Playwright's own browser for this platform, installed or not; undefined when Playwright knows none. */
	playwrightPath(): Promise<string | undefined>;
}

async function playwrightPath(): Promise<string | undefined> {
	try {
		const { chromium } = await import('@playwright/test');
		return chromium.executablePath() || undefined;
	} catch {
		// Playwright does not know a browser for this platform.
		return undefined;
	}
}

const hostProbe: ChromiumProbe = { env: process.env, exists: existsSync, playwrightPath };

/**
 * Finds a Chromium to drive, in this order: `CHROMIUM_PATH` (must exist if set), the system's headless shell,
 * Playwright's own browser where it is already installed, then the system's full browser. Returns undefined when
 * there is none. Never downloads anything.
 */
export async function findChromium(probe: Partial<ChromiumProbe> = {}): Promise<ChromiumChoice | undefined> {
	const { env, exists, playwrightPath: own } = { ...hostProbe, ...probe };
	if (env.CHROMIUM_PATH) {
		if (!exists(env.CHROMIUM_PATH))
			throw new Error(`CHROMIUM_PATH is set but there is no file at ${env.CHROMIUM_PATH}`);
		return { path: env.CHROMIUM_PATH, source: 'env' };
	}
	const shell = systemHeadlessShellPaths.find((p) => exists(p));
	if (shell) return { path: shell, source: 'system' };
	const playwright = await own();
	if (playwright && exists(playwright)) return { path: playwright, source: 'playwright' };
	const system = systemChromiumPaths.find((p) => exists(p));
	return system ? { path: system, source: 'system' } : undefined;
}

/** Whether this is a Debian-family system where we run as root, so `apt-get install` can be done here. */
export function canAptInstall(): boolean {
	return process.getuid?.() === 0 && existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
}

/**
 * Installs Debian's `chromium-headless-shell` package (root only; it brings `chromium-common`, not the full browser).
 * Returns the browser's path, or undefined if that failed.
 */
export function aptInstallChromium(): string | undefined {
	const opts = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	spawnSync('apt-get', ['update'], opts);
	const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium-headless-shell'], opts);
	if (r.status !== 0) return undefined;
	return systemHeadlessShellPaths.find((p) => existsSync(p));
}

/** What to tell someone who has no Chromium and whom we cannot install one for. */
export function noChromiumHelp(): string {
	const debian = existsSync('/etc/os-release') && /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
	return [
		'No Chromium found for the browser tests. / 未找到用于浏览器测试的 Chromium。',
		'Get one in any of these ways, then run npm test again: / 任选一种方式安装后重新运行 npm test：',
		debian
			? '  • sudo apt-get install chromium-headless-shell   (or chromium)'
			: '  • install Chromium or Google Chrome with your system’s package manager',
		'  • npx playwright install chromium   (where the Playwright download servers are reachable)',
		'  • or point CHROMIUM_PATH at an existing Chromium or Chrome executable, e.g. CHROMIUM_PATH=/path/to/chrome npm test',
	].join('\n');
}
