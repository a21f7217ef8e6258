/**
 * Packages the project keeps out of its own install because one command alone needs them: each is a folder with
 * its own package.json and lockfile (admin/ for the content editor, mutation/ for StrykerJS; docs/install.md),
 * installed with `npm ci --prefix <folder>` the first time that command runs and again when its lockfile changes.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Runs npm: the npm that runs this script (`npm run …` sets npm_execpath), on this same Node, else the one on PATH.
 * With `capture`, its output is returned; otherwise it goes to standard error, so that a caller reading this
 * process's standard output (a test waiting for a server's address) only sees what the command itself prints.
 */
export function runNpm(args: string[], options: { cwd?: string; capture?: boolean } = {}): SpawnSyncReturns<string> {
	const cli = process.env.npm_execpath;
	const [command, prefix] =
		cli && /\.[cm]?js$/.test(cli) ? [process.execPath, [cli]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
	const result = spawnSync(command, [...prefix, ...args], {
		cwd: options.cwd,
		encoding: 'utf8',
		stdio: ['ignore', options.capture ? 'pipe' : process.stderr, options.capture ? 'pipe' : process.stderr],
		shell: process.platform === 'win32' && command.endsWith('.cmd'),
	});
	if (result.error) throw result.error;
	return result;
}

/** The stamp left in `<dir>/node_modules` after an install: the SHA-256 of the lockfile it installed. */
export const installStamp = (dir: string) => path.join(dir, 'node_modules/.installed-from-lock');

function lockHash(dir: string): string {
	return createHash('sha256')
		.update(readFileSync(path.join(dir, 'package-lock.json')))
		.digest('hex');
}

/**
 * A `require` that loads from the package in `dir`, after installing it with `npm ci --prefix <dir>` when
 * `<dir>/node_modules` is missing or was installed from another lockfile. `what` names it in the one line printed
 * before an install (in Chinese and English).
 */
export function ownPackageRequire(dir: string, what: { zh: string; en: string }): NodeJS.Require {
	const stamp = installStamp(dir);
	const hash = lockHash(dir);
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
		const folder = path.relative(process.cwd(), dir) || '.';
		console.error(`安装${what.zh}（仅首次）/ installing ${what.en} (first run only): npm ci --prefix ${folder}`);
		const result = runNpm(['ci', '--prefix', dir, '--no-audit', '--no-fund']);
		if (result.status !== 0)
			throw new Error(`npm ci --prefix ${folder} failed (${result.status}): see npm's messages above`);
		mkdirSync(path.dirname(stamp), { recursive: true });
		writeFileSync(stamp, hash);
	}
	return createRequire(path.join(dir, 'package.json'));
}
