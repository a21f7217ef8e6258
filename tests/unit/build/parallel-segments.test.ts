import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildJobs, buildStages, type SegmentStep } from '../../../scripts/lib/build-steps.ts';
import { inPool, runGroups, runPrefixed, type StepGroup } from '../../../scripts/lib/run-steps.ts';

const GB = 1024 ** 3;

describe('buildJobs: how many closed segments one machine builds at a time', () => {
	test.each([
		['one per core', {}, { cores: 2, memory: 24 * GB }, 2],
		['as many as 2 GB each allows', {}, { cores: 8, memory: 7 * GB }, 3],
		['at least one, however little memory', {}, { cores: 4, memory: 1 * GB }, 1],
		['BUILD_JOBS when given', { BUILD_JOBS: '5' }, { cores: 2, memory: 4 * GB }, 5],
		['BUILD_JOBS empty: the default', { BUILD_JOBS: '' }, { cores: 4, memory: 16 * GB }, 4],
	])('%s', (_, env, machine, jobs) => {
		expect(buildJobs(env, machine)).toBe(jobs);
	});

	test.each(['0', '-1', '1.5', 'two'])('BUILD_JOBS=%s is refused, saying what is wanted', (value) => {
		expect(() => buildJobs({ BUILD_JOBS: value }, { cores: 2, memory: 8 * GB })).toThrow(
			`BUILD_JOBS=${value}: a whole number from 1`,
		);
	});
});

describe('buildStages: the summaries, then every segment side by side (live first), then the merge', () => {
	const step = (segment: string, title: string): SegmentStep => ({ segment, title, command: 'x', args: [] });
	test('each summary step its own group; each segment’s other steps a group, live first; the merge last', () => {
		const steps = [
			step('summaries', 'summary 2024'),
			step('summaries', 'summary 2025-h1'),
			step('2024', 'build 2024'),
			step('2024', 'finish 2024'),
			step('2025-h1', 'build 2025-h1'),
			step('live', 'build live'),
			step('live', 'finish live'),
			step('merge', 'merge'),
		];
		const { summaries, segments, merge } = buildStages(steps);
		const titles = (groups: StepGroup[]) => groups.map((g) => [g.name, g.steps.map((s) => s.title)]);
		expect(titles(summaries)).toEqual([
			['summaries 1', ['summary 2024']],
			['summaries 2', ['summary 2025-h1']],
		]);
		expect(titles(segments)).toEqual([
			['live', ['build live', 'finish live']],
			['2024', ['build 2024', 'finish 2024']],
			['2025-h1', ['build 2025-h1']],
		]);
		expect(merge.map((s) => s.title)).toEqual(['merge']);
	});
	test('a live build alone: no summaries, one group', () => {
		const stages = buildStages([step('live', 'build live')]);
		expect(stages.summaries).toEqual([]);
		expect(stages.segments.map((g) => g.name)).toEqual(['live']);
	});
});

describe('inPool', () => {
	test('runs at most `jobs` tasks at once, every item once, starting in order', async () => {
		let running = 0;
		let most = 0;
		const started: number[] = [];
		const ok = await inPool([1, 2, 3, 4, 5], 2, async (n) => {
			started.push(n);
			running++;
			most = Math.max(most, running);
			await new Promise((r) => setTimeout(r, 20));
			running--;
			return true;
		});
		expect(ok).toBe(true);
		expect(most).toBe(2);
		expect(started).toEqual([1, 2, 3, 4, 5]);
	});
	test('after a task fails, no further task starts; those running finish', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const ok = await inPool([1, 2, 3, 4], 2, async (n) => {
			started.push(n);
			await new Promise((r) => setTimeout(r, n === 1 ? 5 : 40));
			finished.push(n);
			return n !== 1;
		});
		expect(ok).toBe(false);
		expect(started).toEqual([1, 2]);
		expect(finished.sort()).toEqual([1, 2]);
	});
});

describe('runGroups: real processes side by side', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-groups-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	/**
	 * A step that appends "<name> start" to the shared file, waits until the file says "<waitFor> end" (if given; it
	 * waits for ever when that step cannot run meanwhile, and the test times out), then appends "<name> end" and
	 * exits with `code`. Ordering by what the steps saw, not by how long they took, holds on a busy machine too.
	 */
	const step = (name: string, waitFor = '', code = 0) => ({
		title: name,
		command: process.execPath,
		args: [
			'-e',
			`const fs=require('fs');const f=${JSON.stringify(path.join(dir, 'order'))};fs.appendFileSync(f,'${name} start\\n');console.log('said by ${name}');const t=setInterval(()=>{if(!'${waitFor}'||fs.readFileSync(f,'utf8').includes('${waitFor} end\\n')){clearInterval(t);fs.appendFileSync(f,'${name} end\\n');process.exit(${code})}},10)`,
		],
	});
	const order = () => readFileSync(path.join(dir, 'order'), 'utf8').trim().split('\n');

	test(
		'two groups at a time, each in order, every line of output under its group’s name',
		{ timeout: 20_000 },
		async () => {
			rmSync(path.join(dir, 'order'), { force: true });
			const groups: StepGroup[] = [
				// a1 ends only once c1 has: b and c must run while a1 does.
				{ name: 'a', steps: [step('a1', 'c1'), step('a2')] },
				{ name: 'b', steps: [step('b1')] },
				{ name: 'c', steps: [step('c1')] },
			];
			const lines: string[] = [];
			expect(await runGroups(groups, 2, { line: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(0);
			const events = order();
			// c started only once b had finished: two at a time.
			expect(events.indexOf('c1 start')).toBeGreaterThan(events.indexOf('b1 end'));
			expect(events.indexOf('a2 start')).toBeGreaterThan(events.indexOf('a1 end'));
			expect(events).toHaveLength(8);
			expect(lines).toContain('[a] said by a1');
			expect(lines).toContain('[c] said by c1');
			expect(lines).toContain('[a] ▶ a2');
		},
	);

	test('a failing step: its exit code, its group stops, no other group starts', async () => {
		rmSync(path.join(dir, 'order'), { force: true });
		const groups: StepGroup[] = [
			// b1 ends only after a1 failed: c could start in between if a failure did not stop the pool.
			{ name: 'a', steps: [step('a1', '', 3), step('a2')] },
			{ name: 'b', steps: [step('b1', 'a1')] },
			{ name: 'c', steps: [step('c1')] },
		];
		const lines: string[] = [];
		expect(await runGroups(groups, 2, { line: (l) => lines.push(l), error: (l) => lines.push(l) })).toBe(3);
		expect(order().sort()).toEqual(['a1 end', 'a1 start', 'b1 end', 'b1 start']);
		expect(lines.some((l) => /✖ \[a\] a1 failed \(exit 3\)/.test(l))).toBe(true);
	});

	test('runPrefixed keeps every line, the last without a newline too', async () => {
		const lines: string[] = [];
		const code = await runPrefixed(
			process.execPath,
			['-e', "process.stdout.write('one\\ntwo\\n'); process.stderr.write('three\\nfour')"],
			process.env,
			'[x] ',
			(l) => lines.push(l),
		);
		expect(code).toBe(0);
		expect(lines.sort()).toEqual(['[x] four', '[x] one', '[x] three', '[x] two']);
	});
});
