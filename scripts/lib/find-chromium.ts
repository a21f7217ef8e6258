import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Where a Chromium was found, and how. */
export interface ChromiumChoice {
	path: string;
	source: 'env' | 'playwright' | 'system' | 'installed';
}

/** Browsers a Debian or Ubuntu machine may already have, most likely first. */
export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * Finds a Chromium to drive, in this order: `CHROMIUM_PATH` (must exist if set), Playwright's own browser where it
 * is already installed, then the system's. Returns undefined when there is none. Never downloads anything.
 */
export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<ChromiumChoice | undefined> {
	if (env.CHROMIUM_PATH) {
		if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set but there is no file at ${env.CHROMIUM_PATH}`);
		return { path: env.CHROMIUM_PATH, source: 'env' };
	}
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, source: 'playwright' };
	} catch {
		// Playwright does not know a browser for this platform: fall through to the system's.
	}
	const system = systemChromiumPaths.find((p) => existsSync(p));
	return system ? { path: system, source: 'system' } : undefined;
}

/** Whether this is a Debian-family system where we run as root, so `apt-get install chromium` can be done here. */
export function canAptInstall(): boolean {
	return process.getuid?.() === 0 && existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
}

/** Installs Debian's chromium package (root only). Returns the browser's path, or undefined if that failed. */
export function aptInstallChromium(): string | undefined {
	const opts = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
	spawnSync('apt-get', ['update'], opts);
	const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], opts);
	if (r.status !== 0) return undefined;
	return systemChromiumPaths.find((p) => existsSync(p));
}

/** What to tell someone who has no Chromium and whom we cannot install one for. */
export function noChromiumHelp(): string {
	const debian = existsSync('/etc/os-release') && /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
	return [
		'No Chromium found for the browser tests. / 未找到用于浏览器测试的 Chromium。',
		'Get one in any of these ways, then run npm test again: / 任选一种方式安装后重新运行 npm test：',
		debian ? '  • sudo apt-get install chromium' : '  • install Chromium or Google Chrome with your system’s package manager',
		'  • npx playwright install chromium   (where the Playwright download servers are reachable)',
		'  • or point CHROMIUM_PATH at an existing Chromium or Chrome executable, e.g. CHROMIUM_PATH=/path/to/chrome npm test',
	].join('\n');
}
