/**
 * The build's log (astro.config.mjs `logger`): Astro's own Node logger, except that the files an incremental build
 * found unchanged are counted instead of listed. Astro prints a line for every file of every route, "├─ /path
 * (cached)" when it kept the file from the last build: some 15,000 lines on every publish, of no use to whoever reads
 * the log to see what was published, and writing them cost the build 0.2 s. Each run of them becomes one line,
 * "├─ 15024 files unchanged (cached)" (or "… restored from the cache (restored)"); every rendered file keeps its own
 * line, as do warnings and errors. scripts/bench/lib/astro-log.ts reads both back.
 * 构建日志：增量构建中未变的文件只计数，不逐行列出。
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

/** Without colour codes: Astro colours "(cached)" when the output is a terminal. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Astro's line for a file of a route, before its outcome: "  ├─ /outages/x/index.html", no newline yet. */
const isFileLine = (e: AstroLoggerMessage) => e.label === null && !e.newLine && /^\s*[├└]─ \S/.test(plain(e.message));

/** The outcome Astro writes after the file's line when it kept the file: " (cached)" or " (restored)". */
function keptAs(e: AstroLoggerMessage): 'cached' | 'restored' | undefined {
	if (e.label !== 'SKIP_FORMAT') return undefined;
	const m = /^\s*\((cached|restored)\)\s*$/.exec(plain(e.message));
	return m ? (m[1] as 'cached' | 'restored') : undefined;
}

/** The line that stands for a run of `count` kept files. */
export function keptLine(count: number, how: 'cached' | 'restored'): string {
	return how === 'cached'
		? `  ├─ ${count} files unchanged (cached)`
		: `  ├─ ${count} files restored from the cache (restored)`;
}

/** `inner` with each run of kept files' lines written as one line (keptLine). */
export function countKeptFiles(inner: AstroLoggerDestination): AstroLoggerDestination {
	// A file's line waits for its outcome: kept, it is counted; anything else, it is written as Astro wrote it.
	let held: AstroLoggerMessage | undefined;
	const runs = { cached: 0, restored: 0 };
	const release = () => {
		for (const how of ['cached', 'restored'] as const) {
			if (runs[how] > 0) inner.write({ label: null, level: 'info', message: keptLine(runs[how], how), newLine: true });
			runs[how] = 0;
		}
		if (held) inner.write(held);
		held = undefined;
	};
	return {
		write(event) {
			const how = keptAs(event);
			if (how && held) {
				runs[how]++;
				held = undefined;
				return;
			}
			if (isFileLine(event)) {
				// The run of kept files goes on unless the file held before this one was not kept.
				if (held) release();
				held = event;
				return;
			}
			release();
			inner.write(event);
		},
		flush() {
			release();
			return inner.flush?.();
		},
		close() {
			release();
			return inner.close?.();
		},
	};
}

/**
 * The destinations made in this process (Astro makes one per start, the dev server one more on each restart): a run of
 * kept files at the very end of the output, with no line after it, is still said when the process exits. One listener
 * for them all, not one per destination.
 */
const made: AstroLoggerDestination[] = [];
process.once('exit', () => {
	for (const d of made) d.flush?.();
});

/** The logger's entry point: Astro calls it with the `logger.config` of astro.config.mjs. */
export default function buildLog(config?: Record<string, unknown>): AstroLoggerDestination {
	const destination = countKeptFiles(nodeLogger(config));
	made.push(destination);
	return destination;
}
