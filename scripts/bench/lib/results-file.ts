/**
 * The dated results file every benchmark writes: `docs/benchmarks/<YYYY-MM-DD>-<benchmark>[-<size>].md`, with what
 * a reader needs to weigh the figures — the machine (CPU model and count, RAM, OS, Node, Astro and Pagefind), the
 * load average before and after, the exact command line, the commit and whether the working tree had changes — and
 * the figures as tables. A benchmark calls `startResults` first (the clock, the load, the commit are read then) and
 * `write` at its end; `--no-record` keeps the file from being written. The date is the UTC date the run started.
 * Results are never edited by hand (docs/benchmarks/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { formatBytes } from './files.ts';

/** Where the results files go: the repository's docs/benchmarks/. */
export const resultsDir = fileURLToPath(new URL('../../../docs/benchmarks', import.meta.url));

/** The machine a benchmark ran on. */
export interface Machine {
	cpuModel: string;
	cpuCount: number;
	memoryBytes: number;
	/** The distribution and kernel, e.g. "Debian GNU/Linux 12 (bookworm), Linux 6.1.0-18-amd64 x64". */
	os: string;
	/** Versions: Node (`v24.21.0`), and the installed Astro and Pagefind. */
	node: string;
	astro: string;
	pagefind: string;
}

/** The commit a benchmark ran, and whether the working tree differed from it (uncommitted or untracked files). */
export interface Revision {
	commit: string;
	dirty: boolean;
}

/** A table of figures: column headings and rows of cells. Numbers are written as given; format them first. */
export interface ResultsTable {
	columns: string[];
	rows: Array<Array<string | number>>;
}

/** A part of a results file's body: a paragraph, a heading (level 2) or a table. */
export type ResultsBlock = string | { heading: string } | ResultsTable;

/** Everything a results file says. */
export interface ResultsDoc {
	/** The benchmark's name in the file name: `scale`, `import`, `hour`, … */
	benchmark: string;
	/** What distinguishes runs of one benchmark on one day, in the file name: `10000`, `rate-10000`. */
	size?: string;
	/** The heading, without the date (added). */
	title: string;
	command: string;
	started: Date;
	finished: Date;
	machine: Machine;
	/** Undefined outside a git checkout. */
	revision?: Revision;
	/** Load averages over 1, 5 and 15 minutes. */
	load: { before: number[]; after: number[] };
	blocks: ResultsBlock[];
}

const sizePattern = /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/;

/** `text` as a size part of a file name: anything but letters, digits, _ + . - becomes `_`. */
export function fileNamePart(text: string): string {
	return text.replace(/[^A-Za-z0-9_+.-]/g, '_').replace(/^[^A-Za-z0-9]/, '_');
}

/** The results file's name: `<YYYY-MM-DD>-<benchmark>[-<size>].md`, the date in UTC. */
export function resultsFileName(benchmark: string, started: Date, size?: string): string {
	if (!/^[a-z][a-z0-9-]*$/.test(benchmark))
		throw new Error(`benchmark name ${JSON.stringify(benchmark)}: use a-z, 0-9, -`);
	if (size !== undefined && !sizePattern.test(size))
		throw new Error(`results size ${JSON.stringify(size)}: use letters, digits, _ + . - (it is part of a file name)`);
	return `${started.toISOString().slice(0, 10)}-${benchmark}${size === undefined ? '' : `-${size}`}.md`;
}

/** One line of the machine: `2 × Intel(R) Xeon(R) …, 7.75 GB RAM; Debian …; Node v24.21.0, Astro 7.3.5, Pagefind 1.6.0`. */
export function describeMachine(m: Machine): string {
	return `${m.cpuCount} × ${m.cpuModel}, ${formatBytes(m.memoryBytes)} RAM; ${m.os}; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}`;
}

const loadText = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
/** A table cell: pipes escaped, line breaks as spaces (a row is one line). */
const cell = (v: string | number) =>
	String(v)
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/\s*\n\s*/g, ' ');

function tableLines(t: ResultsTable): string[] {
	if (t.columns.length === 0) throw new Error('a results table needs columns');
	for (const [i, r] of t.rows.entries())
		if (r.length !== t.columns.length)
			throw new Error(`results table row ${i + 1} has ${r.length} cells for ${t.columns.length} columns`);
	return [
		`| ${t.columns.map(cell).join(' | ')} |`,
		`| ${t.columns.map(() => '---').join(' | ')} |`,
		...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
	];
}

/**
 * The results file's Markdown (before Prettier lays out its tables): the heading with the date, the run's facts as a
 * list, a reminder about shared machines, then the blocks in order.
 */
export function resultsMarkdown(doc: ResultsDoc): string {
	const seconds = ((doc.finished.getTime() - doc.started.getTime()) / 1000).toFixed(0);
	const revision = doc.revision
		? `${doc.revision.commit}${doc.revision.dirty ? ' with uncommitted changes in the working tree' : ' (clean working tree)'}`
		: 'unknown (not a git checkout)';
	const lines = [
		`# ${doc.title}, ${doc.started.toISOString().slice(0, 10)}`,
		'',
		`- Command: \`${doc.command}\``,
		`- Commit: ${revision}`,
		`- Machine: ${describeMachine(doc.machine)}`,
		`- Started ${doc.started.toISOString()}, took ${seconds} s`,
		`- Load average (1, 5, 15 min): ${loadText(doc.load.before)} before, ${loadText(doc.load.after)} after`,
		'',
		`Wall times taken while other work shares the machine are not figures: compare the load average with the ${doc.machine.cpuCount} cores (the benchmark itself adds about one). CPU times, where given, are disturbed much less.`,
	];
	for (const b of doc.blocks) {
		lines.push('');
		if (typeof b === 'string') lines.push(b);
		else if ('heading' in b) lines.push(`## ${b.heading}`);
		else lines.push(...tableLines(b));
	}
	lines.push('');
	return lines.join('\n');
}

/** The Markdown laid out by Prettier with the project's settings for docs/benchmarks/, as `npm run lint` expects. */
export async function formatResults(markdown: string): Promise<string> {
	const filepath = path.join(resultsDir, 'results.md');
	const options = (await prettier.resolveConfig(filepath)) ?? {};
	return prettier.format(markdown, { ...options, filepath });
}

/** The installed version of a package, found from its entry point (not every package exports its package.json). */
export function packageVersion(name: string): string {
	let dir: string;
	try {
		dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
	} catch {
		return 'not installed';
	}
	for (;;) {
		const file = path.join(dir, 'package.json');
		if (existsSync(file)) {
			const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
			if (pkg.name === name) return pkg.version ?? 'unknown';
		}
		const up = path.dirname(dir);
		if (up === dir) return 'unknown';
		dir = up;
	}
}

/** This machine. */
export function thisMachine(): Machine {
	const cpus = os.cpus();
	let distribution = '';
	try {
		distribution = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
	} catch {
		// not Linux, or no os-release: the kernel says enough
	}
	const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
	return {
		cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
		cpuCount: cpus.length,
		memoryBytes: os.totalmem(),
		os: distribution ? `${distribution}, ${kernel}` : kernel,
		node: process.version,
		astro: packageVersion('astro'),
		pagefind: packageVersion('pagefind'),
	};
}

/** The commit checked out in `cwd` and whether anything differs from it; undefined outside a git checkout. */
export function gitRevision(cwd = process.cwd()): Revision | undefined {
	try {
		const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim();
		return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' };
	} catch {
		return undefined;
	}
}

/** Environment variables that change what a benchmark measures, written before the command when set. */
export const recordedEnv = ['BENCH_ROOT', 'BENCH_SITE', 'BUILD_SEGMENT_PERIOD', 'SEARCH_OPEN_MONTHS'] as const;

const shellWord = (w: string) => (/^[\p{L}\p{N}_@%+=:,./-]+$/u.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/**
 * The command line that ran this benchmark, as a person would type it again: `npm run <script> -- <args>` under npm
 * (its npm_lifecycle_event), else `node <script> <args>`, with the recorded environment variables in front.
 */
export function commandLine(argv: readonly string[], env: Record<string, string | undefined>, cwd: string): string {
	const args = argv.slice(2).map(shellWord);
	const vars = recordedEnv.filter((k) => env[k] !== undefined).map((k) => `${k}=${shellWord(env[k] as string)}`);
	const run = env.npm_lifecycle_event
		? ['npm', 'run', env.npm_lifecycle_event, ...(args.length ? ['--', ...args] : [])]
		: ['node', shellWord(path.relative(cwd, argv[1] ?? '') || (argv[1] ?? '')), ...args];
	return [...vars, ...run].join(' ');
}

/** Where a run's facts come from: the real ones unless a test gives its own. */
export interface Surroundings {
	now(): Date;
	/** Load averages over 1, 5 and 15 minutes. */
	loadAverage(): number[];
	machine(): Machine;
	revision(): Revision | undefined;
	command(): string;
}

export const realSurroundings: Surroundings = {
	now: () => new Date(),
	loadAverage: () => os.loadavg(),
	machine: thisMachine,
	revision: () => gitRevision(),
	command: () => commandLine(process.argv, process.env, process.cwd()),
};

export interface ResultsOptions {
	/** Write the file (false with `--no-record`). */
	record: boolean;
	/** Default: docs/benchmarks/. */
	dir?: string;
	/** Progress lines; default console.log. */
	log?: (line: string) => void;
}

/** A benchmark's run, started: its facts read at the start, the file written at the end. */
export interface ResultsRun {
	started: Date;
	machine: Machine;
	revision?: Revision;
	command: string;
	loadBefore: number[];
	/**
	 * Reads the load and the clock again, builds the file and writes it (unless not recording); `print` shows its
	 * content first. Returns the Markdown and the file's path when written.
	 */
	write(
		body: { title: string; size?: string; blocks: ResultsBlock[] },
		opts?: { print?: boolean },
	): Promise<{ markdown: string; file?: string }>;
}

/**
 * Starts a benchmark's run `benchmark` (its name in the file name). Call it before the work: the revision is read
 * now, before the run writes anything, and the load average before.
 */
export function startResults(
	benchmark: string,
	opts: ResultsOptions,
	surroundings: Surroundings = realSurroundings,
): ResultsRun {
	const log = opts.log ?? ((line: string) => console.log(line));
	const started = surroundings.now();
	const run = {
		started,
		machine: surroundings.machine(),
		revision: surroundings.revision(),
		command: surroundings.command(),
		loadBefore: surroundings.loadAverage(),
	};
	// Checked now, so a bad size fails before the benchmark's work rather than after it.
	resultsFileName(benchmark, started);
	return {
		...run,
		async write({ title, size, blocks }, { print = false } = {}) {
			const doc: ResultsDoc = {
				benchmark,
				size,
				title,
				command: run.command,
				started,
				finished: surroundings.now(),
				machine: run.machine,
				revision: run.revision,
				load: { before: run.loadBefore, after: surroundings.loadAverage() },
				blocks,
			};
			const name = resultsFileName(benchmark, started, size);
			const markdown = await formatResults(resultsMarkdown(doc));
			if (print) log(`\n${markdown}`);
			if (!opts.record) {
				log(`results not written (--no-record); they would be ${name}`);
				return { markdown };
			}
			const dir = opts.dir ?? resultsDir;
			const file = path.join(dir, name);
			mkdirSync(dir, { recursive: true });
			const replaced = existsSync(file);
			writeFileSync(file, markdown);
			log(
				`results written to ${path.relative(process.cwd(), file)}${replaced ? ' (replacing an earlier run of the same day and size)' : ''}`,
			);
			return { markdown, file };
		},
	};
}
