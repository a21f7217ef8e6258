import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { acquireLock, ownsPageBundle, releaseLock, takeOver } from '../../src/integrations/build-lock.ts';

let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('build lock (one astro build per working tree)', () => {
	test('takes a free lock and releases it', async () => {
		base = mkdtempSync(path.join(os.tmpdir(), 'qs-lock-'));
		const dir = path.join(base, '.astro/build.lock');
		await acquireLock(dir, () => {});
		expect(readFileSync(path.join(dir, 'pid'), 'utf8')).toBe(String(process.pid));
		releaseLock(dir);
		expect(existsSync(dir)).toBe(false);
	});

	test.each([
		['the stale lock it saw is removed', 999_999_999, 999_999_999, false],
		['a lock another build took meanwhile stays, with its owner', 999_999_999, process.pid, true],
		['a lock with no owner, still ownerless, is removed', undefined, undefined, false],
	])('taking over a stale lock: %s', (_what, seen, nowOwner, stays) => {
		base = mkdtempSync(path.join(os.tmpdir(), 'qs-lock-'));
		const dir = path.join(base, 'build.lock');
		mkdirSync(dir);
		if (nowOwner !== undefined) writeFileSync(path.join(dir, 'pid'), String(nowOwner));
		takeOver(dir, seen);
		expect(existsSync(dir)).toBe(stays);
		if (stays) expect(readFileSync(path.join(dir, 'pid'), 'utf8')).toBe(String(nowOwner));
		// Nothing is left beside it.
		expect(readdirSync(base)).toEqual(stays ? ['build.lock'] : []);
	});

	test('takes over a lock whose process is gone', async () => {
		base = mkdtempSync(path.join(os.tmpdir(), 'qs-lock-'));
		const dir = path.join(base, 'build.lock');
		const child = spawn(process.execPath, ['-e', '0']);
		await new Promise((r) => child.on('exit', r));
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'pid'), String(child.pid));
		await acquireLock(dir, () => {});
		expect(readFileSync(path.join(dir, 'pid'), 'utf8')).toBe(String(process.pid));
	});

	test('waits while a live process holds it, and gives up with a clear message', async () => {
		base = mkdtempSync(path.join(os.tmpdir(), 'qs-lock-'));
		const dir = path.join(base, 'build.lock');
		const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
		try {
			mkdirSync(dir);
			writeFileSync(path.join(dir, 'pid'), String(child.pid));
			const waited: Array<number | string> = [];
			await expect(acquireLock(dir, (o) => waited.push(o), 1200)).rejects.toThrow(
				/has held .* for too long; if none is running, delete that folder/,
			);
			expect(waited).toEqual([child.pid]);
		} finally {
			child.kill();
		}
	});

	test('does not release a lock another process holds', () => {
		base = mkdtempSync(path.join(os.tmpdir(), 'qs-lock-'));
		const dir = path.join(base, 'build.lock');
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'pid'), '1');
		releaseLock(dir);
		expect(existsSync(dir)).toBe(true);
	});
});

describe('ownsPageBundle: whether a build may let others in once its pages are bundled', () => {
	test.each([
		['an output folder inside the working directory', '/work/site/node_modules/.astro/segments/live/dist/', true],
		['the default dist/', '/work/site/dist/', true],
		[
			'an output folder in the temporary folder: its bundle goes to the shared <cwd>/.astro/',
			'/tmp/qs-build/dist/',
			false,
		],
	])('%s', (_what, outDir, owns) => {
		expect(ownsPageBundle(pathToFileURL(outDir), '/work/site')).toBe(owns);
	});
});
