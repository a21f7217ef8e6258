import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

/** What one measured command did. */
export interface Measured {
	/** Exit code (1 when killed by a signal). */
	code: number;
	/** Wall-clock time in milliseconds. */
	ms: number;
	/** The highest sum of resident set sizes over the command's process group, in bytes, as sampled. */
	peakRss: number;
	/**
	 * CPU time (user + system, milliseconds) of the command and every descendant it waited for, from GNU time's
	 * rusage; undefined where /usr/bin/time is missing. Much less disturbed by other work on the machine than the
	 * wall time: on an idle machine a single-threaded step takes about this long.
	 */
	cpuMs?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * The resident set size (bytes) summed over every live process whose process group is `pgid`, read from
 * /proc/<pid>/stat (field 5 pgrp, field 24 rss in pages). Shared pages are counted once per process, so this is
 * an upper bound on the group's real footprint. Returns 0 where /proc is not available.
 */
export function groupRss(pgid: number, pageSize = 4096, procDir = '/proc'): number {
	let total = 0;
	let pids: string[];
	try {
		pids = readdirSync(procDir).filter((d) => /^\d+$/.test(d));
	} catch {
		return 0;
	}
	for (const pid of pids) {
		let stat: string;
		try {
			stat = readFileSync(`${procDir}/${pid}/stat`, 'latin1');
		} catch {
			continue; // it ended meanwhile
		}
		const fields = statFields(stat);
		if (fields.pgrp === pgid) total += fields.rssPages * pageSize;
	}
	return total;
}

/** The process group and resident pages from a /proc/<pid>/stat line (fields 5 and 24). */
export function statFields(stat: string): { pgrp: number; rssPages: number } {
	// The command name (field 2) is in parentheses and may contain spaces or parentheses: split after the last one.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return { pgrp: Number(fields[2]), rssPages: Number(fields[21]) };
}

/**
 * CPU milliseconds (user + system) from GNU time's `-f '%U %S'` output; its last line, since GNU time writes
 * "Command exited with non-zero status N" first when the command fails. Undefined when it cannot be read.
 */
export function parseGnuTime(text: string): number | undefined {
	const [user, sys] = text.trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
	return Number.isFinite(user) && Number.isFinite(sys) ? Math.round((user + sys) * 1000) : undefined;
}

/** Where runMeasured reads the clock and the memory from: the real ones unless a test gives its own. */
export interface Readings {
	/** Milliseconds on a monotonic clock. Default `performance.now`. */
	now(): number;
	/** Resident bytes of a process group. Default `groupRss`. */
	rss(pgid: number): number;
}

const realReadings: Readings = { now: () => performance.now(), rss: (pgid) => groupRss(pgid) };

/**
 * Runs a command in its own process group with its output going to `logFile`, polling the group's memory every
 * `intervalMs` (so children such as Pagefind's native binary are counted), and resolves with its exit code, wall
 * time, peak resident memory and, through GNU time where installed, its CPU time.
 */
export function runMeasured(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	logFile: string,
	intervalMs = 100,
	readings: Readings = realReadings,
): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const log = createWriteStream(logFile);
		const timeFile = `${logFile}.time`;
		const timed = existsSync(GNU_TIME);
		const started = readings.now();
		const child = timed
			? spawn(GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], {
					env,
					detached: true,
					stdio: ['ignore', 'pipe', 'pipe'],
				})
			: spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		let peakRss = 0;
		const sample = () => {
			if (child.pid) peakRss = Math.max(peakRss, readings.rss(child.pid));
		};
		sample(); // at least one reading, however short the command
		const timer = setInterval(sample, intervalMs);
		child.on('error', (err) => {
			clearInterval(timer);
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearInterval(timer);
			const ms = readings.now() - started;
			let cpuMs: number | undefined;
			if (timed && existsSync(timeFile)) {
				cpuMs = parseGnuTime(readFileSync(timeFile, 'utf8'));
				rmSync(timeFile, { force: true });
			}
			log.end(() => resolve({ code: code ?? (signal ? 1 : 0), ms, peakRss, cpuMs }));
		});
	});
}
