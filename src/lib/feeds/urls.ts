import { localizePath, type Locale } from '../../i18n/index.ts';

/**
 * The addresses of the machine-readable outputs, in one place: pages link to them, the feed endpoints are built
 * at them, and third parties rely on them never changing.
 */
export const feedUrls = {
	/** Every notice, as iCalendar, in the locale's language. */
	allIcs: (locale: Locale) => localizePath('/outages.ics', locale),
	/** Every notice, as an Atom feed. */
	allAtom: (locale: Locale) => localizePath('/outages.xml', locale),
	/** One area's notices (its own and those of every area inside it), as iCalendar. */
	areaIcs: (areaId: string, locale: Locale) => localizePath(`/areas/${areaId}.ics`, locale),
	/** One area's notices, as an Atom feed. */
	areaAtom: (areaId: string, locale: Locale) => localizePath(`/areas/${areaId}.xml`, locale),
	/** One notice, as a single-event iCalendar file for "add to calendar". */
	noticeIcs: (noticeId: string, locale: Locale) => localizePath(`/outages/${noticeId}.ics`, locale),
	/** Every notice as JSON (language-neutral: texts carry both languages). */
	json: '/api/outages.json',
	/** The JSON Schema of /api/outages.json, generated from the zod schema. */
	jsonSchema: '/api/outages.schema.json',
} as const;
