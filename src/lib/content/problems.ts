import type { Bilingual } from '../../schemas/errors.ts';

/** One thing wrong (or worth a second look) in the content, located precisely enough to fix without searching. */
export interface ContentProblem extends Bilingual {
	/** `error` stops the build; `warning` is printed and the build goes on. */
	severity: 'error' | 'warning';
	/** The file, relative to the project, e.g. `content/outages/notices.json`. */
	file: string;
	/** The entry in the file: a notice or area id, or `#12` (its position) where it has no usable id. */
	entry?: string;
	/** The field path inside the entry, e.g. `history[1].at`. */
	field?: string;
}

/** Renders a problem as one line: `file > entry > field: message`. */
export function formatProblem(p: ContentProblem): string {
	const where = [p.file, p.entry, p.field].filter(Boolean).join(' > ');
	const tag = p.severity === 'error' ? 'error 错误' : 'warning 警告';
	return `${tag}: ${where}: ${p.en} / ${p.zh}`;
}

/** Renders a zod issue path as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

/** Thrown when content has errors: carries every problem, and its message lists them all. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(
			`The content has ${errors.length} error(s); nothing was built. / 内容有 ${errors.length} 处错误，未生成网站。\n` +
				errors.map(formatProblem).join('\n'),
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
