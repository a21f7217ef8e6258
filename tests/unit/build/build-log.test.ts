import type { AstroLoggerMessage } from 'astro';
import { describe, expect, test } from 'vitest';
import { renderedPages } from '../../../scripts/bench/lib/astro-log.ts';
import { countKeptFiles, keptLine } from '../../../src/integrations/build-log.ts';

/** Astro's events for a file of a route (generate.js): its line, then its outcome. */
const file = (p: string): AstroLoggerMessage => ({ label: null, level: 'info', message: `  ├─ ${p}`, newLine: false });
const outcome = (text: string): AstroLoggerMessage => ({
	label: 'SKIP_FORMAT',
	level: 'info',
	message: ` ${text}`,
	newLine: true,
});
const info = (message: string, label: string | null = 'build'): AstroLoggerMessage => ({
	label,
	level: 'info',
	message,
	newLine: true,
});
const warn = (message: string): AstroLoggerMessage => ({ label: 'content', level: 'warn', message, newLine: true });

/** What the destination passes on, as text: the label (as Astro's node logger shows it), message, newline. */
function through(events: AstroLoggerMessage[]): string {
	let out = '';
	const label = (e: AstroLoggerMessage) => (e.label && e.label !== 'SKIP_FORMAT' ? `[${e.label}] ` : '');
	const inner = { write: (e: AstroLoggerMessage) => void (out += `${label(e)}${e.message}${e.newLine ? '\n' : ''}`) };
	const log = countKeptFiles(inner);
	for (const e of events) log.write(e);
	log.flush?.();
	return out;
}

describe('the build log counts the files Astro kept', () => {
	test.each<[string, AstroLoggerMessage[], string]>([
		[
			'nothing kept: as Astro wrote it',
			[file('/a'), outcome('(+3ms)'), info('done')],
			'  ├─ /a (+3ms)\n[build] done\n',
		],
		[
			'a run of cached files is one line',
			[info('start'), file('/a'), outcome('(cached)'), file('/b'), outcome('(cached)'), file('/c'), outcome('(+5ms)')],
			`[build] start\n${keptLine(2, 'cached')}\n  ├─ /c (+5ms)\n`,
		],
		[
			'runs apart are counted apart',
			[file('/a'), outcome('(cached)'), file('/b'), outcome('(+1ms)'), file('/c'), outcome('(cached)'), info('end')],
			`${keptLine(1, 'cached')}\n  ├─ /b (+1ms)\n${keptLine(1, 'cached')}\n[build] end\n`,
		],
		[
			'restored and cached are counted each',
			[file('/a'), outcome('(restored)'), file('/b'), outcome('(cached)'), file('/c'), outcome('(cached)')],
			`${keptLine(2, 'cached')}\n${keptLine(1, 'restored')}\n`,
		],
		[
			'files rendered side by side keep their lines, unanswered ones as Astro left them',
			[file('/a'), file('/b'), outcome('(+2ms)'), file('/c'), outcome('(cached)'), outcome('(+9ms)')],
			`  ├─ /a  ├─ /b (+2ms)\n${keptLine(1, 'cached')}\n (+9ms)\n`,
		],
		[
			'a warning is not held back by a run',
			[file('/a'), outcome('(cached)'), warn('careful')],
			`${keptLine(1, 'cached')}\n[content] careful\n`,
		],
		[
			'a run at the very end is said on flush',
			[file('/a'), outcome('(cached)'), file('/b'), outcome('(cached)')],
			`${keptLine(2, 'cached')}\n`,
		],
		[
			'colour codes do not hide an outcome',
			[file('/a'), outcome('\u001b[32m(cached)\u001b[39m')],
			`${keptLine(1, 'cached')}\n`,
		],
	])('%s', (_, events, expected) => {
		expect(through(events)).toBe(expected);
	});

	test('the benchmark reads back what was rendered and how many files were kept', () => {
		const log = through([
			file('/a'),
			outcome('(cached)'),
			file('/b'),
			outcome('(+1ms)'),
			file('/c'),
			outcome('(restored)'),
			file('/d'),
			outcome('(cached)'),
		]);
		expect(renderedPages(log)).toEqual({ rendered: new Set(['/b']), reused: 3 });
		// A log written without the counting logger reads the same.
		expect(renderedPages('  ├─ /a (cached)\n  ├─ /b (+1ms)\n  ├─ /c (restored)\n')).toEqual({
			rendered: new Set(['/b']),
			reused: 2,
		});
	});
});
