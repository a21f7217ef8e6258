import { readFileSync } from 'node:fs';
import type { ContentProblem } from './problems.ts';
import type { Bilingual } from '../../schemas/errors.ts';

/** The parsed data, with the text it was parsed from (without a leading byte-order mark); or the problem. */
export type ReadResult = { ok: true; data: unknown; text: string } | { ok: false; problem: ContentProblem };

/**
 * Reads and parses a JSON file, turning a missing file or malformed JSON into a located problem (with line and
 * column) instead of an exception. Astro's own file() loader only logs these and builds from its cache.
 */
export function readJsonFile(absolutePath: string, displayPath: string): ReadResult {
	let text: string;
	try {
		text = readFileSync(absolutePath, 'utf8');
	} catch (e) {
		const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
		return {
			ok: false,
			problem: {
				severity: 'error',
				file: displayPath,
				...(missing
					? { en: 'file is missing: every site needs it', zh: '文件缺失，网站需要此文件' }
					: { en: `cannot be read: ${(e as Error).message}`, zh: '无法读取文件' }),
			},
		};
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	try {
		return { ok: true, data: JSON.parse(text), text };
	} catch (e) {
		return { ok: false, problem: { severity: 'error', file: displayPath, ...describeJsonError(text, e as Error) } };
	}
}

/** Explains a JSON syntax error with its line and column, in both languages. */
function describeJsonError(text: string, error: Error): Bilingual {
	const pos = /position (\d+)/.exec(error.message);
	const lineCol = /line (\d+) column (\d+)/.exec(error.message);
	let where = '';
	if (lineCol) where = `line ${lineCol[1]}, column ${lineCol[2]}`;
	else if (pos) {
		const before = text.slice(0, Number(pos[1]));
		const line = before.split('\n').length;
		const column = Number(pos[1]) - before.lastIndexOf('\n');
		where = `line ${line}, column ${column}`;
	}
	const whereZh = where.replace(/line (\d+), column (\d+)/, '第 $1 行第 $2 列');
	return { en: `is not valid JSON${where ? ` at ${where}` : ''} (${error.message})`, zh: `不是有效的 JSON${whereZh ? `（${whereZh}）` : ''}` };
}
