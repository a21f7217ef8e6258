import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeJunk, findJunk, mayHoldJunk } from '../text/junk.ts';
import { formatPath, type ContentProblem } from './problems.ts';
import { byCodeUnit } from '../order.ts';

/** Which entry of a JSON file a value belongs to, and how many leading path keys name that entry. */
export type LocateEntry = (relFile: string, data: unknown, valuePath: readonly PropertyKey[]) => { entry?: string; depth: number };

/** The text files of the content folder that are scanned as text (JSON files are scanned value by value). */
const TEXT_FILES = /\.(mdx?|ya?ml|txt|csv)$/i;

/**
 * Junk characters (see src/lib/text/junk.ts) anywhere in the content folder: in every string of every JSON file
 * (and every key), located by file, entry and field, and in every Markdown/MDX file, located by line. Each is an
 * error: junk is invisible in an editor, so the message names the character (U+XXXX), where it is and why it is
 * refused. A JSON file that does not parse is skipped here: the schema check reports it.
 */
export function contentJunkProblems(
	contentDir: string,
	display: (rel: string) => string,
	locate: LocateEntry,
	/** Texts already read, by path relative to the content folder: the notices file can be tens of megabytes. */
	known: ReadonlyMap<string, string> = new Map(),
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const rel of listFiles(contentDir)) {
		const file = display(rel);
		let text: string;
		try {
			text = known.get(rel) ?? readFileSync(path.join(contentDir, rel), 'utf8');
		} catch {
			continue;
		}
		if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark at the very start is harmless
		if (rel.endsWith('.json')) {
			// Most files hold no junk, raw or escaped (\b \f \r, or any \u escape): those need no parse and no walk.
			if (!mayHoldJunk(text) && !/\\[bfru]/.test(text)) continue;
			let data: unknown;
			try {
				data = JSON.parse(text);
			} catch {
				continue;
			}
			walk(data, [], (value, at) => {
				const found = findJunk(value);
				if (found.length === 0) return;
				const valuePath = [...at];
				const { entry, depth } = locate(rel, data, valuePath);
				const d = describeJunk(found);
				problems.push({
					severity: 'error',
					file,
					entry,
					field: formatPath(valuePath.slice(depth)) || undefined,
					en: `contains invisible junk: ${d.en}. Retype the text or delete the character`,
					zh: `含有不可见的杂字符：${d.zh}。请重新输入该文本或删除这个字符`,
				});
			});
		} else if (TEXT_FILES.test(rel)) {
			text.split('\n').forEach((line, i) => {
				const found = findJunk(line.endsWith('\r') ? line.slice(0, -1) : line);
				if (found.length === 0) return;
				const d = describeJunk(found);
				problems.push({ severity: 'error', file, field: `line ${i + 1}`, en: `contains invisible junk: ${d.en}`, zh: `第 ${i + 1} 行含有不可见的杂字符：${d.zh}` });
			});
		}
	}
	return problems;
}

/** Every file under `dir` (relative paths with `/`), sorted, skipping dot-files and dot-folders. */
function listFiles(dir: string, prefix = ''): string[] {
	let entries;
	try {
		entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
	} catch {
		return [];
	}
	const out: string[] = [];
	for (const e of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
		if (e.name.startsWith('.')) continue;
		const rel = prefix ? `${prefix}/${e.name}` : e.name;
		if (e.isDirectory()) out.push(...listFiles(dir, rel));
		else if (e.isFile()) out.push(rel);
	}
	return out;
}

/**
 * Calls `visit` with every string in a JSON value, object keys included, and its path. The path array is shared
 * and changes as the walk goes on: `visit` copies it if it keeps it.
 */
function walk(value: unknown, at: PropertyKey[], visit: (s: string, at: PropertyKey[]) => void): void {
	if (typeof value === 'string') visit(value, at);
	else if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			at.push(i);
			walk(value[i], at, visit);
			at.pop();
		}
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			at.push(k);
			visit(k, at);
			walk(v, at, visit);
			at.pop();
		}
	}
}
