import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, test } from 'vitest';
import {
	commandLine,
	describeMachine,
	fileNamePart,
	gitRevision,
	packageVersion,
	resultsFileName,
	resultsMarkdown,
	startResults,
	type Machine,
	type ResultsDoc,
	type Revision,
	type Surroundings,
} from '../../scripts/bench/lib/results-file.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'qs-results-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const machine: Machine = {
	cpuModel: 'Test CPU @ 2.00GHz',
	cpuCount: 2,
	memoryBytes: 8 * 1024 ** 3,
	os: 'Debian GNU/Linux 12 (bookworm), Linux 6.1.0 x64',
	node: 'v24.21.0',
	astro: '7.3.5',
	pagefind: '1.6.0',
};

describe('resultsFileName', () => {
	test.each([
		['scale', '2026-12-01T10:00:00+08:00', '10000', '2026-12-01-scale-10000.md'],
		// The date is UTC's: 01:00 in Shanghai on the 2nd is still the 1st.
		['hour', '2026-12-02T01:00:00+08:00', 'rate-10000', '2026-12-01-hour-rate-10000.md'],
		['import', '2026-12-31T23:59:59Z', 'csv1000-xlsx1000_5000', '2026-12-31-import-csv1000-xlsx1000_5000.md'],
		['feeds', '2027-01-01T00:00:00Z', undefined, '2027-01-01-feeds.md'],
	])('%s started %s, size %s: %s', (benchmark, started, size, name) => {
		expect(resultsFileName(benchmark, new Date(started), size)).toBe(name);
	});

	test.each([
		['Scale', undefined],
		['scale benchmark', undefined],
		['search', 'rate/10000'],
		['search', '../x'],
		['search', ''],
	])('refuses benchmark %j with size %j', (benchmark, size) => {
		expect(() => resultsFileName(benchmark, new Date('2026-12-01T00:00:00Z'), size)).toThrow();
	});

	test.each([
		['rate-10000', 'rate-10000'],
		['my site-300', 'my_site-300'],
		['.hidden', '_hidden'],
		['2025-q1', '2025-q1'],
	])('fileNamePart(%j) is %j, a valid size', (text, part) => {
		expect(fileNamePart(text)).toBe(part);
		expect(() => resultsFileName('x', new Date(0), part)).not.toThrow();
	});
});

describe('commandLine', () => {
	test.each([
		{
			what: 'under npm, with arguments',
			argv: ['/usr/bin/node', '/repo/scripts/bench/hour.ts', '--hours', '3'],
			env: { npm_lifecycle_event: 'bench:hour' },
			line: 'npm run bench:hour -- --hours 3',
		},
		{
			what: 'under npm, none',
			argv: ['/usr/bin/node', '/repo/scripts/bench/scale.ts'],
			env: { npm_lifecycle_event: 'bench' },
			line: 'npm run bench',
		},
		{
			what: 'run with node, relative to the working folder',
			argv: ['/usr/bin/node', '/repo/scripts/bench/feeds.ts', '--runs', '1'],
			env: {},
			line: 'node scripts/bench/feeds.ts --runs 1',
		},
		{
			what: 'the environment that changes what is measured, in front; other variables not',
			argv: ['/usr/bin/node', '/repo/scripts/bench/scale.ts', '--notices', '50000'],
			env: { npm_lifecycle_event: 'bench', BENCH_ROOT: '.bench50k', HOME: '/root', BUILD_SEGMENT_PERIOD: 'quarter' },
			line: 'BENCH_ROOT=.bench50k BUILD_SEGMENT_PERIOD=quarter npm run bench -- --notices 50000',
		},
		{
			what: 'words a shell would split or expand, quoted; a Chinese word not',
			argv: ['/usr/bin/node', '/repo/scripts/bench/scale.ts', '--query', '停电', '--query', "it's here", '$HOME'],
			env: { npm_lifecycle_event: 'bench' },
			line: `npm run bench -- --query 停电 --query 'it'\\''s here' '$HOME'`,
		},
	])('$what', ({ argv, env, line }) => {
		expect(commandLine(argv, env, '/repo')).toBe(line);
	});
});

const baseDoc: ResultsDoc = {
	benchmark: 'feeds',
	size: '300',
	title: 'Feed generators: 300 notices over 100 areas',
	command: 'npm run bench:feeds -- --notices 300',
	started: new Date('2026-12-01T02:00:00Z'),
	finished: new Date('2026-12-01T02:01:30Z'),
	machine,
	revision: { commit: '720a6ad0000000000000000000000000000000ff', dirty: false },
	load: { before: [0.5, 0.25, 0.125], after: [1.5, 0.75, 0.3333] },
	blocks: [],
};

describe('resultsMarkdown', () => {
	test('the header: title with the date, command, commit, machine, times, load averages', () => {
		expect(resultsMarkdown(baseDoc).split('\n').slice(0, 9)).toEqual([
			'# Feed generators: 300 notices over 100 areas, 2026-12-01',
			'',
			'- Command: `npm run bench:feeds -- --notices 300`',
			'- Commit: 720a6ad0000000000000000000000000000000ff (clean working tree)',
			'- Machine: 2 × Test CPU @ 2.00GHz, 8.00 GB RAM; Debian GNU/Linux 12 (bookworm), Linux 6.1.0 x64; Node v24.21.0, Astro 7.3.5, Pagefind 1.6.0',
			'- Started 2026-12-01T02:00:00.000Z, took 90 s',
			'- Load average (1, 5, 15 min): 0.50 0.25 0.13 before, 1.50 0.75 0.33 after',
			'',
			'Wall times taken while other work shares the machine are not figures: compare the load average with the 2 cores (the benchmark itself adds about one). CPU times, where given, are disturbed much less.',
		]);
	});

	test.each<{ what: string; revision?: Revision; line: string }>([
		{ what: 'clean', revision: { commit: 'abc', dirty: false }, line: '- Commit: abc (clean working tree)' },
		{
			what: 'dirty',
			revision: { commit: 'abc', dirty: true },
			line: '- Commit: abc with uncommitted changes in the working tree',
		},
		{ what: 'no git', revision: undefined, line: '- Commit: unknown (not a git checkout)' },
	])('the commit line, $what', ({ revision, line }) => {
		expect(resultsMarkdown({ ...baseDoc, revision }).split('\n')[3]).toBe(line);
	});

	test.each<{ what: string; blocks: ResultsDoc['blocks']; body: string[] }>([
		{ what: 'a paragraph', blocks: ['Median of 3 runs.'], body: ['Median of 3 runs.'] },
		{ what: 'a heading', blocks: [{ heading: 'Archive grown in time' }], body: ['## Archive grown in time'] },
		{
			what: 'a table, numbers as given, pipes escaped, line breaks as spaces',
			blocks: [
				{
					columns: ['step', 'median'],
					rows: [
						['area .ics', '12 ms'],
						['a | b\nc', 3],
					],
				},
			],
			body: ['| step | median |', '| --- | --- |', '| area .ics | 12 ms |', '| a \\| b c | 3 |'],
		},
		{
			what: 'blocks in order, a blank line between',
			blocks: ['One.', { heading: 'Two' }, 'Three.'],
			body: ['One.', '', '## Two', '', 'Three.'],
		},
	])('the body: $what', ({ blocks, body }) => {
		const lines = resultsMarkdown({ ...baseDoc, blocks }).split('\n');
		expect(lines.slice(10)).toEqual([...body, '']);
	});

	test.each([
		{ columns: [], rows: [] },
		{ columns: ['a', 'b'], rows: [['only one']] },
	])('refuses a table whose rows do not fit its columns: %j', (table) => {
		expect(() => resultsMarkdown({ ...baseDoc, blocks: [table] })).toThrow(/columns|cells/);
	});

	test('describeMachine is the machine line', () => {
		expect(describeMachine({ ...machine, cpuCount: 16, memoryBytes: 512 * 1024 ** 2 })).toBe(
			'16 × Test CPU @ 2.00GHz, 512 MB RAM; Debian GNU/Linux 12 (bookworm), Linux 6.1.0 x64; Node v24.21.0, Astro 7.3.5, Pagefind 1.6.0',
		);
	});
});

/** Surroundings a test controls: the clock steps through `times`, the load through `loads`. */
function scripted(times: string[], loads: number[][], revision: () => Revision | undefined): Surroundings {
	let t = 0;
	let l = 0;
	return {
		now: () => new Date(times[Math.min(t++, times.length - 1)]),
		loadAverage: () => loads[Math.min(l++, loads.length - 1)],
		machine: () => machine,
		revision,
		command: () => 'npm run bench:outages -- --runs 1',
	};
}

describe('startResults (injected clock, load, machine and revision)', () => {
	const body = {
		title: "Outage and area pages' data",
		size: '600',
		blocks: [{ columns: ['what', 'median'], rows: [['area index', '1.0 ms']] }],
	};

	test.each([
		{ record: true, file: '2026-12-01-outages-600.md' },
		{ record: false, file: undefined },
	])('record $record: writes $file, laid out as `npm run lint` expects', async ({ record, file }) => {
		const dir = mkdtempSync(path.join(tmp, 'run-'));
		const logged: string[] = [];
		let commit = 'aaa';
		const run = startResults(
			'outages',
			{ record, dir, log: (l) => logged.push(l) },
			scripted(
				['2026-12-01T02:00:00Z', '2026-12-01T02:00:42Z'],
				[
					[0.1, 0.2, 0.3],
					[1.1, 1.2, 1.3],
				],
				() => ({ commit, dirty: false }),
			),
		);
		// The revision is the one at the start, before the run wrote anything.
		commit = 'bbb';
		const { markdown, file: written } = await run.write(body);
		expect(readdirSync(dir)).toEqual(file ? [file] : []);
		if (file) {
			expect(written).toBe(path.join(dir, file));
			expect(readFileSync(path.join(dir, file), 'utf8')).toBe(markdown);
			expect(logged.at(-1)).toMatch(/^results written to .*2026-12-01-outages-600\.md$/);
		} else {
			expect(written).toBeUndefined();
			expect(logged.at(-1)).toBe('results not written (--no-record); they would be 2026-12-01-outages-600.md');
		}
		expect(markdown).toContain('- Commit: aaa (clean working tree)');
		expect(markdown).toContain('- Started 2026-12-01T02:00:00.000Z, took 42 s');
		expect(markdown).toContain('0.10 0.20 0.30 before, 1.10 1.20 1.30 after');
		expect(markdown).toContain('| area index | 1.0 ms |');
		const options = (await prettier.resolveConfig(path.resolve('docs/benchmarks/x.md'))) ?? {};
		expect(await prettier.check(markdown, { ...options, filepath: 'docs/benchmarks/x.md' })).toBe(true);
	});

	test('print shows the content before saying where it went; a second run the same day replaces the file', async () => {
		const dir = mkdtempSync(path.join(tmp, 'run-'));
		const logged: string[] = [];
		const surroundings = () => scripted(['2026-12-01T02:00:00Z'], [[0, 0, 0]], () => undefined);
		await startResults('outages', { record: true, dir, log: (l) => logged.push(l) }, surroundings()).write(body, {
			print: true,
		});
		expect(logged[0]).toMatch(/^\n# Outage and area pages' data, 2026-12-01\n/);
		expect(logged[1]).toMatch(/results written to .*\.md$/);
		await startResults('outages', { record: true, dir, log: (l) => logged.push(l) }, surroundings()).write(body);
		expect(logged[2]).toMatch(/\(replacing an earlier run of the same day and size\)$/);
		expect(readdirSync(dir)).toEqual(['2026-12-01-outages-600.md']);
	});

	test('a bad benchmark name fails at the start, before the work', () => {
		expect(() =>
			startResults(
				'Bad Name',
				{ record: false, dir: tmp },
				scripted(['2026-12-01T00:00:00Z'], [[0]], () => undefined),
			),
		).toThrow(/benchmark name/);
		expect(existsSync(path.join(tmp, 'Bad Name'))).toBe(false);
	});
});

describe('the real surroundings', () => {
	test.each([
		['astro', JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version],
		['pagefind', JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version],
		['no-such-package-here', 'not installed'],
	])('packageVersion(%s) is %s', (name, version) => {
		expect(packageVersion(name)).toBe(version);
	});

	test.each<{ what: string; change?: (dir: string) => void; dirty: boolean }>([
		{ what: 'clean', dirty: false },
		{ what: 'a changed file', change: (dir) => writeFileSync(path.join(dir, 'a.txt'), 'changed'), dirty: true },
		{ what: 'an untracked file', change: (dir) => writeFileSync(path.join(dir, 'b.txt'), 'new'), dirty: true },
	])('gitRevision of a checkout: $what', ({ change, dirty }) => {
		const dir = mkdtempSync(path.join(tmp, 'git-'));
		const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }).trim();
		git('init', '-q');
		writeFileSync(path.join(dir, 'a.txt'), 'one');
		git('add', 'a.txt');
		git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
		change?.(dir);
		expect(gitRevision(dir)).toEqual({ commit: git('rev-parse', 'HEAD'), dirty });
	});

	test('gitRevision outside a checkout is undefined', () => {
		expect(gitRevision(mkdtempSync(path.join(tmp, 'plain-')))).toBeUndefined();
	});
});
