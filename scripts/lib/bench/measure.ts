import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** What one measured command did. */
export interface Measured {
	/** Exit code (1 when killed by a signal). */
	code: number;
	/** Wall-clock time in milliseconds. */
	ms: number;
	/** The highest sum of resident set sizes over the command's process group, in bytes, as sampled. */
	peakRss: number;
}

/**
 * The resident set size (bytes) summed over every live process whose process group is `pgid`, read from
 * /proc/<pid>/stat (field 5 pgrp, field 24 rss in pages). Shared pages are counted once per process, so this is
 * an upper bound on the group's real footprint. Returns 0 where /proc is not available.
 */
export function groupRss(pgid: number, pageSize = 4096): number {
	let total = 0;
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
	} catch {
		return 0;
	}
	for (const pid of pids) {
		let stat: string;
		try {
			stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
		} catch {
			continue; // it ended meanwhile
		}
		// The command name (field 2) is in parentheses and may contain spaces: split after its closing one.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) === pgid) total += Number(fields[21]) * pageSize;
	}
	return total;
}

/**
 * Runs a command in its own process group with its output going to `logFile`, polling the group's memory every
 * `intervalMs` (so children such as Astro's workers and Pagefind's native binary are counted), and resolves with
 * its exit code, wall time and peak resident memory.
 */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, intervalMs = 100): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const log = createWriteStream(logFile);
		const started = performance.now();
		const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		let peakRss = 0;
		const sample = () => {
			if (child.pid) peakRss = Math.max(peakRss, groupRss(child.pid));
		};
		const timer = setInterval(sample, intervalMs);
		child.on('error', (err) => {
			clearInterval(timer);
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearInterval(timer);
			const ms = performance.now() - started;
			log.end(() => resolve({ code: code ?? (signal ? 1 : 0), ms, peakRss }));
		});
	});
}
