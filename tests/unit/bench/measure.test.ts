import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatBytes, median, treeSize } from '../../../scripts/lib/bench/files.ts';
import { groupRss, runMeasured } from '../../../scripts/lib/bench/measure.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'qs-measure-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('runMeasured', () => {
	test('counts the memory of child processes, not only of the command itself', async () => {
		// The command starts a child that holds ~300 MB; the parent itself stays small.
		const child = `const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 1500);`;
		const parent = `const { spawnSync } = require('node:child_process'); spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
		const log = path.join(tmp, 'out.log');
		const m = await runMeasured(process.execPath, ['-e', parent], process.env, log, 50);
		expect(m.code).toBe(0);
		expect(readFileSync(log, 'utf8').trim()).toBe(String(300 * 1024 * 1024));
		expect(m.peakRss).toBeGreaterThan(300 * 1024 * 1024);
		expect(m.peakRss).toBeLessThan(600 * 1024 * 1024);
		expect(m.ms).toBeGreaterThan(1400);
	});

	test.runIf(existsSync('/usr/bin/time'))('counts the CPU time of children too', async () => {
		// The child spins for 300 ms of CPU; sleeping adds wall time but no CPU time.
		const child = `const end = process.cpuUsage().user + 300_000; while (process.cpuUsage().user < end);`;
		const parent = `const { spawnSync } = require('node:child_process'); spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}]); setTimeout(() => {}, 800);`;
		const m = await runMeasured(process.execPath, ['-e', parent], process.env, path.join(tmp, 'cpu.log'));
		expect(m.cpuMs).toBeGreaterThan(290);
		expect(m.cpuMs).toBeLessThan(m.ms);
	}, 120_000);

	test('reports a failing command by its exit code', async () => {
		const m = await runMeasured(process.execPath, ['-e', 'process.exit(3)'], process.env, path.join(tmp, 'fail.log'));
		expect(m.code).toBe(3);
	});

	test('a process group that does not exist uses no memory', () => {
		expect(groupRss(2 ** 22 + 12345)).toBe(0);
	});
});

describe('files helpers', () => {
	test('treeSize counts bytes, files and HTML pages', () => {
		const dir = path.join(tmp, 'site');
		for (const [rel, text] of [['index.html', 'abc'], ['a/index.html', 'de'], ['a/feed.xml', '12345']]) {
			const file = path.join(dir, rel);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, text);
		}
		expect(treeSize(dir)).toEqual({ bytes: 10, files: 3, pages: 2 });
	});

	test.each([
		[[3], 3],
		[[5, 1, 3], 3],
		[[4, 1, 3, 2], 2.5],
	])('median(%j) = %d', (values, expected) => expect(median(values)).toBe(expected));

	test.each([
		[512, '512 B'],
		[2048, '2.00 KB'],
		[300 * 1024, '300 KB'],
		[3 * 1024 ** 3, '3.00 GB'],
	])('formatBytes(%i) = %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
