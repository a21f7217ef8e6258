/**
 * Scores per module from StrykerJS's JSON report (the mutation-testing-report-schema format). Stryker's thresholds
 * apply to the whole run only; `npm run test:mutation` (scripts/mutation.ts) holds every module to the break with
 * these, and writes them into docs/mutation-scores.md.
 *
 * A score is computed as Stryker computes its own: the mutants detected (killed, or timed out) over the valid ones
 * (detected, survived, or reached by no test). Mutants that did not compile or crashed the runner count neither way;
 * mutants disabled in place (`// Stryker disable …`) are "ignored" and counted apart.
 */
import path from 'node:path';

/** The part of Stryker's JSON report read here. */
export interface MutationReport {
	files: Record<string, { mutants: ReadonlyArray<{ status: string }> }>;
	projectRoot?: string;
	framework?: { name?: string; version?: string };
}

export interface ModuleScore {
	/** The module's path from the project root, with `/` separators. */
	file: string;
	killed: number;
	timeout: number;
	survived: number;
	noCoverage: number;
	/** Disabled in place as equivalent. */
	ignored: number;
	/** Compile and runtime errors: not a score either way. */
	errors: number;
	/** Detected over valid, in per cent; `null` for a module without valid mutants. */
	score: number | null;
}

const counted = ['killed', 'timeout', 'survived', 'noCoverage', 'ignored', 'errors'] as const;
type Counts = Pick<ModuleScore, (typeof counted)[number]>;

const fieldOf: Record<string, keyof Counts> = {
	Killed: 'killed',
	Timeout: 'timeout',
	Survived: 'survived',
	NoCoverage: 'noCoverage',
	Ignored: 'ignored',
	CompileError: 'errors',
	RuntimeError: 'errors',
};

function withScore(file: string, c: Counts): ModuleScore {
	const detected = c.killed + c.timeout;
	const valid = detected + c.survived + c.noCoverage;
	return { file, ...c, score: valid > 0 ? (detected / valid) * 100 : null };
}

/**
 * The score of every module in `report`, in path order. A mutant still `Pending` (a report of a run that did not
 * finish) is an error: such a report says nothing about the module.
 */
export function moduleScores(report: MutationReport, root = report.projectRoot ?? process.cwd()): ModuleScore[] {
	return Object.entries(report.files)
		.map(([name, { mutants }]) => {
			const c: Counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
			for (const m of mutants) {
				const field = fieldOf[m.status];
				if (field === undefined) throw new Error(`${name}: a mutant with status "${m.status}" (unfinished run?)`);
				c[field]++;
			}
			const rel = path.isAbsolute(name) ? path.relative(root, name) : name;
			return withScore(rel.split(path.sep).join('/'), c);
		})
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The whole set's score: its mutants added up, as Stryker scores the run. */
export function totalScore(scores: readonly ModuleScore[]): ModuleScore {
	const c: Counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
	for (const s of scores) for (const k of counted) c[k] += s[k];
	return withScore('all modules', c);
}

/** The modules scoring below `breakAt` per cent (modules without valid mutants pass). */
export function belowBreak(scores: readonly ModuleScore[], breakAt: number): ModuleScore[] {
	return scores.filter((s) => s.score !== null && s.score < breakAt);
}

/**
 * A score as the docs show it: one decimal, rounded down, so a module shown at 85.0 % has not fallen below an 85 %
 * break by a hair.
 */
export function formatScore(score: number | null): string {
	return score === null ? 'no mutants' : `${(Math.floor(score * 10 + 1e-9) / 10).toFixed(1)} %`;
}

/**
 * The generated page: how the scores were made, one row per module and the set's total, then the modules left out
 * of the run with the reason for each.
 */
export function scoresMarkdown(
	scores: readonly ModuleScore[],
	o: {
		breakAt: number;
		high: number;
		framework?: MutationReport['framework'];
		notMutated?: Readonly<Record<string, string>>;
	},
): string {
	const tool = [o.framework?.name ?? 'StrykerJS', o.framework?.version].filter(Boolean).join(' ');
	const row = (name: string, s: ModuleScore) =>
		`| ${name} | ${formatScore(s.score)} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} |`;
	const total = totalScore(scores);
	return [
		"<!-- Written by `npm run test:mutation` (scripts/mutation.ts) from the run's report: do not edit by hand. -->",
		'',
		'# Mutation scores',
		'',
		`The last full run of \`npm run test:mutation\` (${tool}), module by module: the share of each module's`,
		'mutants that its unit tests detect (killed, or timed out) among those that count (detected, survived, or run by',
		'no test). "Disabled" are mutants disabled in place as equivalent; they count neither way. A module below',
		`${o.breakAt} % fails the run; ${o.high} % is the aim for the set. How the run works: [testing.md](testing.md#mutation-testing).`,
		'',
		'| module | score | killed | timed out | survived | no coverage | disabled |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...scores.map((s) => row(`\`${s.file}\``, s)),
		row(`**${total.file}** (${scores.length})`, total),
		'',
		'## Not mutated',
		'',
		'Glue and site machinery, left out in `stryker.config.mjs` (`notMutated`):',
		'',
		'| module | why |',
		'| --- | --- |',
		...Object.entries(o.notMutated ?? {}).map(([pattern, why]) => `| \`${pattern}\` | ${why} |`),
		'',
	].join('\n');
}
