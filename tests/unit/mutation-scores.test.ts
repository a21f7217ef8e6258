/** The per-module check of `npm run test:mutation`: scores as Stryker computes them, the break, the generated page. */
import { globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	belowBreak,
	formatScore,
	moduleScores,
	scoresMarkdown,
	totalScore,
	type MutationReport,
} from '../../scripts/lib/mutation-scores.ts';
import config, { notMutated } from '../../stryker.config.mjs';

const mutants = (counts: Record<string, number>) =>
	Object.entries(counts).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status })));

const report: MutationReport = {
	projectRoot: '/p',
	framework: { name: 'StrykerJS', version: '10.1.1' },
	files: {
		'src/lib/b.ts': { mutants: mutants({ Killed: 8, Survived: 1, NoCoverage: 1, Ignored: 2 }) },
		'/p/src/lib/a.ts': { mutants: mutants({ Killed: 5, Timeout: 1, Survived: 2, CompileError: 1, RuntimeError: 1 }) },
		'src/lib/types.ts': { mutants: mutants({ Ignored: 1 }) },
	},
};

describe('moduleScores', () => {
	const scores = moduleScores(report);

	it('counts each status and scores detected (killed or timed out) over valid, in path order', () => {
		expect(scores).toEqual([
			{ file: 'src/lib/a.ts', killed: 5, timeout: 1, survived: 2, noCoverage: 0, ignored: 0, errors: 2, score: 75 },
			{ file: 'src/lib/b.ts', killed: 8, timeout: 0, survived: 1, noCoverage: 1, ignored: 2, errors: 0, score: 80 },
			{
				file: 'src/lib/types.ts',
				killed: 0,
				timeout: 0,
				survived: 0,
				noCoverage: 0,
				ignored: 1,
				errors: 0,
				score: null,
			},
		]);
	});

	it('takes paths relative to the project root, with / separators', () => {
		const abs = { files: { [path.join(process.cwd(), 'src', 'lib', 'x.ts')]: { mutants: mutants({ Killed: 1 }) } } };
		expect(moduleScores(abs).map((s) => s.file)).toEqual(['src/lib/x.ts']);
	});

	it('refuses the report of an unfinished run', () => {
		expect(() => moduleScores({ files: { 'src/lib/a.ts': { mutants: mutants({ Killed: 1, Pending: 1 }) } } })).toThrow(
			'src/lib/a.ts: a mutant with status "Pending" (unfinished run?)',
		);
	});

	it('adds the modules up as Stryker scores the run', () => {
		expect(totalScore(scores)).toEqual({
			file: 'all modules',
			killed: 13,
			timeout: 1,
			survived: 3,
			noCoverage: 1,
			ignored: 3,
			errors: 2,
			score: (14 / 18) * 100,
		});
	});

	it.each([
		[0, []],
		[75, []], // exactly at the break: passes, as in Stryker
		[75.0001, ['src/lib/a.ts']],
		[80, ['src/lib/a.ts']],
		[80.0001, ['src/lib/a.ts', 'src/lib/b.ts']],
		[100, ['src/lib/a.ts', 'src/lib/b.ts']], // a module without valid mutants never is below
	])('below a break of %f: %j', (breakAt, files) => {
		expect(belowBreak(scores, breakAt).map((s) => s.file)).toEqual(files);
	});
});

describe('formatScore', () => {
	it.each([
		[100, '100.0 %'],
		[90.36, '90.3 %'],
		[84.99, '84.9 %'],
		[(14 / 18) * 100, '77.7 %'],
		[(2 / 3) * 100, '66.6 %'],
		[85, '85.0 %'],
		[0, '0.0 %'],
		[null, 'no mutants'],
	])('%s → %s (rounded down, never up to the break)', (score, text) => {
		expect(formatScore(score)).toBe(text);
	});
});

describe('scoresMarkdown', () => {
	const page = scoresMarkdown(moduleScores(report), {
		breakAt: 85,
		high: 90,
		framework: report.framework,
		notMutated: { 'src/lib/io.ts': 'file I/O', 'src/lib/cli/**': 'command lines' },
	});

	it('says it is generated, by what, and the thresholds', () => {
		expect(page.split('\n')[0]).toBe(
			"<!-- Written by `npm run test:mutation` (scripts/mutation.ts) from the run's report: do not edit by hand. -->",
		);
		expect(page).toContain('(StrykerJS 10.1.1)');
		expect(page).toContain('A module below\n85 % fails the run; 90 % is the aim for the set.');
	});

	it('has one row per module and the total', () => {
		const rows = page
			.split('## Not mutated')[0]
			.split('\n')
			.filter((l) => l.startsWith('| '));
		expect(rows).toEqual([
			'| module | score | killed | timed out | survived | no coverage | disabled |',
			'| --- | --- | --- | --- | --- | --- | --- |',
			'| `src/lib/a.ts` | 75.0 % | 5 | 1 | 2 | 0 | 0 |',
			'| `src/lib/b.ts` | 80.0 % | 8 | 0 | 1 | 1 | 2 |',
			'| `src/lib/types.ts` | no mutants | 0 | 0 | 0 | 0 | 1 |',
			'| **all modules** (3) | 77.7 % | 13 | 1 | 3 | 1 | 3 |',
		]);
	});

	it('then lists the modules left out, with the reason for each', () => {
		expect(
			page
				.split('## Not mutated\n')[1]
				.split('\n')
				.filter((l) => l.startsWith('| ')),
		).toEqual([
			'| module | why |',
			'| --- | --- |',
			'| `src/lib/io.ts` | file I/O |',
			'| `src/lib/cli/**` | command lines |',
		]);
	});

	it('names the tool generically when the report does not', () => {
		expect(scoresMarkdown([], { breakAt: 85, high: 90 })).toContain('(StrykerJS)');
	});
});

describe('the modules left out of the run (stryker.config.mjs notMutated)', () => {
	it.each(Object.entries(notMutated))('%s still names a module, and says why: %s', (pattern, reason) => {
		expect(globSync(pattern).filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(0);
		expect(reason.length).toBeGreaterThan(10);
	});

	it('are all under src/lib/, which the run mutates', () => {
		const mutate = config.mutate as string[];
		expect(mutate[0]).toBe('src/lib/**/*.ts');
		for (const pattern of Object.keys(notMutated)) expect(pattern.startsWith('src/lib/')).toBe(true);
		expect(mutate.slice(1)).toEqual(Object.keys(notMutated).map((p) => `!${p}`));
	});
});
