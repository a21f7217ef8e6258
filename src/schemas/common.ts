import { z } from 'astro/zod';

/**
 * A URL-safe, stable identifier: lower-case letters, digits and hyphens, starting with a letter or digit.
 * Identifiers become URLs (`/areas/<id>/`, `/outages/<id>/`) and are kept forever, so they are never derived
 * from anything that can change, such as a display name.
 */
export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
	message: 'must be lower-case letters, digits and hyphens / 只能包含小写字母、数字和连字符',
});

/**
 * A text in both site languages. Chinese (`zh`) is required: it is the language of record.
 * English (`en`) is optional; where it is missing the English pages show the Chinese text, marked as such.
 */
export const localizedTextSchema = z
	.object({
		/** The Chinese (zh-CN) text, as published. */
		zh: z.string().trim().min(1),
		/** The English text; optional, the Chinese text is shown where it is missing. */
		en: z.string().trim().min(1).optional(),
	})
	.strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant as ISO 8601 date-time with an explicit offset, e.g. `2026-12-03T08:00:00+08:00`.
 * A time without an offset is refused: it would mean different instants on different build machines.
 */
export const offsetDateTimeSchema = z.string().refine(isOffsetDateTime, {
	message:
		'must be an ISO 8601 date-time with an offset, e.g. 2026-12-03T08:00:00+08:00 / 须为带时区偏移的 ISO 8601 时间，如 2026-12-03T08:00:00+08:00',
});

/** Whether `value` is a real calendar date-time written as ISO 8601 with an explicit offset. */
export function isOffsetDateTime(value: string): boolean {
	const m = OFFSET_DATE_TIME.exec(value);
	if (!m) return false;
	const [, y, mo, d, h, mi, s] = m.map(Number);
	if (mo < 1 || mo > 12 || h > 23 || mi > 59 || (s ?? 0) > 59) return false;
	// Day-of-month check in UTC arithmetic: independent of the host's time zone.
	const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth && Number.isFinite(Date.parse(value));
}

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
	.string()
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isOffsetDateTime(`${v}T00:00Z`), {
		message: 'must be a date written YYYY-MM-DD / 须为 YYYY-MM-DD 格式的日期',
	});

/** A telephone number as people dial it: digits, spaces, hyphens, parentheses and an optional leading +. */
export const phoneSchema = z.string().regex(/^\+?[0-9][0-9 ()-]{2,24}$/, {
	message: 'must be a phone number, e.g. 0839-5550199 / 须为电话号码，如 0839-5550199',
});
