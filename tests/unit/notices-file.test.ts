/** The canonical text of notices.json: sorted by id, keys in schema order, tabs, a final newline. */
import { expect, it } from 'vitest';
import { serializeNotices } from '../../src/lib/notices-file.ts';
import { validNotice } from './helpers.ts';

it('sorts by id by code unit, writes keys in schema order with tabs, and ends with a newline', () => {
	const b = validNotice({ id: 'qs-9' });
	// Keys in another order, as a hand edit might leave them.
	const a = Object.fromEntries(Object.entries(validNotice({ id: 'qs-10' })).reverse()) as typeof b;
	const text = serializeNotices([b, a]);
	expect(text).toBe(`${JSON.stringify([validNotice({ id: 'qs-10' }), b], null, '\t')}\n`);
	expect(text.startsWith('[\n\t{\n\t\t"id": "qs-10",\n\t\t"kind": "planned",')).toBe(true);
	expect(text.endsWith('\t}\n]\n')).toBe(true);
});

it('the same notices in any order give the same bytes, and the list given is left as it was', () => {
	const list = ['c', 'a', 'b'].map((id) => validNotice({ id: `qs-${id}` }));
	expect(serializeNotices(list)).toBe(serializeNotices([...list].reverse()));
	expect(list.map((n) => n.id)).toEqual(['qs-c', 'qs-a', 'qs-b']);
	expect(serializeNotices([])).toBe('[]\n');
});

it('refuses a notice the schema refuses', () => {
	expect(() => serializeNotices([validNotice({ end: '2026-12-03T07:00:00+08:00' })])).toThrow(/after start/);
});
