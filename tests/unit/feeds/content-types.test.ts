import { describe, expect, it } from 'vitest';
import { feedContentTypes, feedResponse } from '../../../src/lib/feeds/content-types.ts';

describe('the feeds’ content types', () => {
	it('are exactly what a static host must send', () => {
		expect(feedContentTypes).toEqual({
			ics: 'text/calendar; charset=utf-8',
			atom: 'application/atom+xml; charset=utf-8',
			json: 'application/json; charset=utf-8',
			schema: 'application/json; charset=utf-8',
		});
	});

	it.each([
		['ics', 'text/calendar; charset=utf-8'],
		['atom', 'application/atom+xml; charset=utf-8'],
		['json', 'application/json; charset=utf-8'],
		['schema', 'application/json; charset=utf-8'],
	] as const)('a %s response carries its body and “%s”', async (type, contentType) => {
		const res = feedResponse('身体 body', type);
		expect(res.headers.get('content-type')).toBe(contentType);
		expect(await res.text()).toBe('身体 body');
	});
});
