/**
 * formatDateTime's words on the reader's device, from the browser's Intl data as the page describes them
 * (dateTimeIntl in src/lib/time.ts, handed over in data-intl). A module of its own: the live status script bundles
 * only this, not time.ts, which the search island imports too (a module two islands share becomes a script of its
 * own, one more request on every page). Written for size: the live status script has a byte budget
 * (tests/e2e/budget.ts).
 */
import type { DateTimeIntl } from './time.ts';

/** formatDateTime's words for `instant`, filled from the parts Intl gives as `intl` describes. */
export function formatDateTimeIntl(instant: number, intl: DateTimeIntl): string {
	const parts = new Intl.DateTimeFormat(intl.locale, intl.options).formatToParts(instant);
	return intl.pattern.replace(/\{(\w+)\}/g, (_, name: string) => parts.find((p) => p.type === name)?.value ?? '');
}
