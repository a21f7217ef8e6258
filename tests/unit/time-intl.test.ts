import { describe, expect, test } from 'vitest';
import { formatDateTimeIntl } from '../../src/lib/time-intl.ts';

// formatDateTime's own words are checked against formatDateTimeIntl in time.test.ts; these pin how a pattern is
// filled from the parts Intl gives, whatever the pattern asks for.
describe('formatDateTimeIntl', () => {
	test.each([
		['every name Intl gives', '{year}-{month}-{day} {hour}:{minute}', '2026-12-03 08:05'],
		['a name twice, text around it', 'on {day}/{month}, day {day}.', 'on 03/12, day 03.'],
		['a part Intl does not give is left empty', '{year}{era}|{weekday}|{second}', '2026||'],
		['a name that is no part at all is left empty', '[{nothing}]', '[]'],
		['no names', 'as of now', 'as of now'],
	])('%s: %s', (_, pattern, out) => {
		const intl = {
			locale: 'en-GB',
			options: {
				timeZone: 'Asia/Shanghai',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
			} as const,
			pattern,
		};
		expect(formatDateTimeIntl(Date.parse('2026-12-03T00:05:00Z'), intl)).toBe(out);
	});
});
