import type { z } from 'astro/zod';

/** A message for staff in both languages. Every problem the checks and the importer report carries one. */
export interface Bilingual {
	en: string;
	zh: string;
}

/**
 * The two languages of a zod issue's message. Zod carries a message as one string, so the error map below and the
 * schemas' own messages write it `English / 中文`; this is the one place that reads it back apart (at the last
 * ` / `, since English text may contain one). A message without a Chinese half is given in both fields.
 */
export function issueText(issue: { message: string }): Bilingual {
	const i = issue.message.lastIndexOf(' / ');
	return i < 0
		? { en: issue.message, zh: issue.message }
		: { en: issue.message.slice(0, i), zh: issue.message.slice(i + 3) };
}

/**
 * The one place that turns zod's issues into messages for staff: English and Chinese side by side, naming the
 * value that was wrong. Schemas that need a more specific message set it themselves (already in both languages);
 * this map covers everything else.
 */
export const bilingualErrorMap: z.core.$ZodErrorMap = (issue) => {
	const got = describeValue(issue.input);
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `is required / 必填项缺失`;
			return `must be ${typeName(issue.expected).en}, got ${got} / 应为${typeName(issue.expected).zh}，实际为 ${got}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got} / 须为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一，实际为 ${got}`;
		case 'too_small':
			if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s) / 至少需要 ${issue.minimum} 项`;
			if (issue.origin === 'string') return `must not be empty / 不能为空`;
			return `must be at least ${issue.minimum}, got ${got} / 不能小于 ${issue.minimum}，实际为 ${got}`;
		case 'too_big':
			if (issue.origin === 'array') return `allows at most ${issue.maximum} item(s) / 最多 ${issue.maximum} 项`;
			if (issue.origin === 'string')
				return `must be at most ${issue.maximum} characters / 最多 ${issue.maximum} 个字符`;
			return `must be at most ${issue.maximum}, got ${got} / 不能大于 ${issue.maximum}，实际为 ${got}`;
		case 'unrecognized_keys':
			return `has unknown field(s) ${issue.keys.join(', ')}: check the spelling / 含未知字段 ${issue.keys.join('、')}，请检查拼写`;
		case 'invalid_format':
			return `must be a valid ${issue.format}, got ${got} / 须为有效的 ${issue.format}，实际为 ${got}`;
		case 'invalid_union':
			return `does not match any allowed form, got ${got} / 不符合任何允许的格式，实际为 ${got}`;
		default:
			return undefined;
	}
};

function typeName(t: string): { en: string; zh: string } {
	const names: Record<string, { en: string; zh: string }> = {
		string: { en: 'text', zh: '文本' },
		number: { en: 'a number', zh: '数字' },
		int: { en: 'a whole number', zh: '整数' },
		boolean: { en: 'true or false', zh: 'true 或 false' },
		array: { en: 'a list', zh: '列表' },
		object: { en: 'an object', zh: '对象' },
	};
	return names[t] ?? { en: t, zh: t };
}

/** A short, printable rendering of a bad value for an error message. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (value !== null && typeof value === 'object') return 'an object';
	const s = JSON.stringify(value);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
