import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatBytes, median, treeSize } from '../../scripts/bench/lib/files.ts';
import { groupRss, parseGnuTime, runMeasured, statFields, type Readings } from '../../scripts/bench/lib/measure.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'qs-measure-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Readings a test controls: the clock steps through `times`, the memory through `rss` (then stays at the last). */
function scripted(times: number[], rss: number[]): Readings & { asked: number[] } {
	const asked: number[] = [];
	let t = 0;
	let r = 0;
	return {
		asked,
		now: () => times[Math.min(t++, times.length - 1)],
		rss: (pgid) => {
			asked.push(pgid);
			return rss[Math.min(r++, rss.length - 1)];
		},
	};
}

describe('runMeasured (with injected readings: no real memory or timing involved)', () => {
	test("reports the highest memory reading of the command's process group and the clock difference", async () => {
		const readings = scripted([1000, 3500], [10, 500, 200]);
		// The command waits for its input to close, so at least the first reading happens while it runs.
		const m = await runMeasured(
			process.execPath,
			['-e', 'console.log("done")'],
			process.env,
			path.join(tmp, 'ok.log'),
			1,
			readings,
		);
		expect(m.code).toBe(0);
		expect(readFileSync(path.join(tmp, 'ok.log'), 'utf8').trim()).toBe('done');
		expect(m.ms).toBe(2500);
		expect(readings.asked.length).toBeGreaterThanOrEqual(1);
		expect(m.peakRss).toBe(Math.max(...[10, 500, 200].slice(0, readings.asked.length)));
		// The group read is the command's own: it was started in a process group of its own.
		expect(new Set(readings.asked).size).toBe(1);
	});

	test('reports a failing command by its exit code', async () => {
		const m = await runMeasured(
			process.execPath,
			['-e', 'process.exit(3)'],
			process.env,
			path.join(tmp, 'fail.log'),
			100,
			scripted([0, 1], [0]),
		);
		expect(m.code).toBe(3);
	});
});

describe('reading /proc', () => {
	/** A /proc of our own: one stat line per pid, with the fields groupRss reads. */
	function fakeProc(stats: Record<string, string>): string {
		const dir = mkdtempSync(path.join(tmp, 'proc-'));
		for (const [pid, stat] of Object.entries(stats)) {
			mkdirSync(path.join(dir, pid));
			writeFileSync(path.join(dir, pid, 'stat'), stat);
		}
		mkdirSync(path.join(dir, 'self')); // not a pid: ignored
		return dir;
	}
	/** A stat line with process group `pgrp` and `rss` resident pages, the command named `comm`. */
	const stat = (pid: number, comm: string, pgrp: number, rss: number) =>
		[`${pid} (${comm}) S 1 ${pgrp} ${pgrp} 0 -1 4194560`, ...Array(14).fill('0'), String(rss), '0 0 0'].join(' ');

	test.each([
		[
			'sums the resident pages of every process in the group',
			{ '10': stat(10, 'node', 10, 100), '11': stat(11, 'pagefind', 10, 50), '12': stat(12, 'bash', 99, 1000) },
			10,
			150 * 4096,
		],
		['reads a command name with spaces and parentheses', { '10': stat(10, 'a (b) c', 10, 7) }, 10, 7 * 4096],
		['a group with no live process uses no memory', { '12': stat(12, 'bash', 99, 1000) }, 10, 0],
	])('%s', (_, stats, pgid, bytes) => {
		expect(groupRss(pgid, 4096, fakeProc(stats))).toBe(bytes);
	});

	test('no /proc at all: no memory', () => {
		expect(groupRss(10, 4096, path.join(tmp, 'no-such-proc'))).toBe(0);
	});

	test('statFields reads fields 5 and 24', () => {
		expect(statFields(stat(42, 'x', 40, 123))).toEqual({ pgrp: 40, rssPages: 123 });
	});
});

describe('parseGnuTime', () => {
	test.each([
		['0.25 0.05\n', 300],
		['Command exited with non-zero status 3\n1.50 0.50\n', 2000],
		['', undefined],
		['garbage', undefined],
	])('%j → %s ms', (text, ms) => expect(parseGnuTime(text)).toBe(ms));
});

describe('files helpers', () => {
	test('treeSize counts bytes, files and HTML pages', () => {
		const dir = path.join(tmp, 'site');
		for (const [rel, text] of [
			['index.html', 'abc'],
			['a/index.html', 'de'],
			['a/feed.xml', '12345'],
		]) {
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
