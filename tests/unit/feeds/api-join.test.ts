/**
 * The API document joined from the live build's document and the records of closed segments' builds (the merge's
 * join, src/lib/build/segments/api-document.ts): byte for byte the document of them all, whatever the split; and the
 * stamps that say which notice holds the earliest or latest time.
 */
import { describe, expect, it } from 'vitest';
import { joinApiDocument, mergeById, type ClosedApiRecords } from '../../../src/lib/build/segments/api-document.ts';
import {
	apiNotice,
	earlierStamp,
	firstPublishedStamp,
	laterStamp,
	latestUpdateStamp,
	outagesApiDocument,
	outagesApiJson,
} from '../../../src/lib/feeds/api.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { feedNotice, smallCtx } from './small-site.ts';

const ctx = () => ({ ...smallCtx(), hotline: '95598' });
const generated = () => new Date('2026-12-01T02:00:00Z');

/** A closed segment's records of `notices`, as its build writes them (api.jsonl, in id order, with their ids). */
function records(notices: Notice[], name = 'closed'): ClosedApiRecords {
	const sorted = [...notices].sort((a, b) => (a.id < b.id ? -1 : 1));
	return {
		name,
		ids: sorted.map((x) => x.id),
		records: Buffer.from(sorted.map((x) => `${JSON.stringify(apiNotice(x, ctx()))}\n`).join('')),
	};
}

/** The document the merge writes: the live build's (`updated` over all) with the closed segments' records joined. */
function joined(own: Notice[], ...closed: Notice[][]): string {
	const latest = closed.reduce(
		(l, c) => laterStamp(l, latestUpdateStamp(c)),
		undefined as ReturnType<typeof laterStamp>,
	);
	const liveDoc = outagesApiJson(own, ctx(), generated(), { latest });
	return Buffer.concat(
		joinApiDocument(
			liveDoc,
			closed.map((c, i) => records(c, `s${i}`)),
		),
	).toString('utf8');
}

/** A notice `id` last updated at `updatedAt` (default: a time of its own, later for later letters). */
const n = (id: string, updatedAt?: string) =>
	feedNotice({
		id,
		updatedAt: updatedAt ?? `2026-11-2${id.length % 10}T0${id.charCodeAt(id.length - 1) % 10}:00:00+08:00`,
	});

describe('the API document joined by the merge', () => {
	it.each([
		['no closed records', ['qs-b', 'qs-a'], []],
		['closed records only', [], ['qs-b', 'qs-a']],
		['neither', [], []],
		['closed before own', ['qs-c', 'qs-d'], ['qs-b', 'qs-a']],
		['closed after own', ['qs-b', 'qs-a'], ['qs-d', 'qs-c']],
		['interleaved, ending with own', ['qs-e', 'qs-c', 'qs-a'], ['qs-d', 'qs-b']],
		['interleaved, ending with closed', ['qs-d', 'qs-b'], ['qs-e', 'qs-c', 'qs-a']],
		// By code unit: "qs-10" before "qs-9", capitals before small letters.
		['ids by code unit', ['qs-9', 'qs-B'], ['qs-10', 'qs-a', 'qs-1']],
	])('%s: byte for byte the document of them all', (_, ownIds, closedIds) => {
		const own = ownIds.map((id) => n(id));
		const closed = closedIds.map((id) => n(id));
		const all = JSON.stringify(outagesApiDocument([...own, ...closed], ctx(), generated()));
		expect(joined(own, closed)).toBe(all);
		expect(JSON.parse(all).notices.map((x: Notice) => x.id)).toEqual([...ownIds, ...closedIds].sort());
	});

	it('from several closed segments whose ids interleave, in id order', () => {
		const own = [n('qs-c'), n('qs-h')];
		const closed = [
			[n('qs-a'), n('qs-f'), n('qs-i')],
			[n('qs-b'), n('qs-g')],
			[n('qs-d'), n('qs-e')],
		];
		const all = JSON.stringify(outagesApiDocument([...own, ...closed.flat()], ctx(), generated()));
		expect(joined(own, ...closed)).toBe(all);
	});

	it('keeps text the records hold as JSON escapes it: quotes, line breaks, non-BMP characters', () => {
		const odd = { ...n('qs-b'), reason: { zh: '线路"检修"\n第二行 𠀋', en: 'a \\ b \u2028' } };
		const all = JSON.stringify(outagesApiDocument([n('qs-a'), odd], ctx(), generated()));
		expect(joined([odd], [n('qs-a')])).toBe(all);
		expect(joined([n('qs-a')], [odd])).toBe(all);
	});

	it('without closed records, the document of its own notices', () => {
		const own = [n('qs-b'), n('qs-a')];
		expect(outagesApiJson(own, ctx(), generated())).toBe(JSON.stringify(outagesApiDocument(own, ctx(), generated())));
		expect(joined(own)).toBe(JSON.stringify(outagesApiDocument(own, ctx(), generated())));
	});

	it.each([
		['a line short', (r: ClosedApiRecords) => ({ ...r, ids: [...r.ids, 'qs-z'] })],
		['a line too many', (r: ClosedApiRecords) => ({ ...r, ids: r.ids.slice(1) })],
		['no line end after the last record', (r: ClosedApiRecords) => ({ ...r, records: r.records.subarray(0, -1) })],
	])('refuses records that are not one line per notice: %s', (_, spoil) => {
		const liveDoc = outagesApiJson([n('qs-c')], ctx(), generated());
		expect(() => joinApiDocument(liveDoc, [spoil(records([n('qs-a'), n('qs-b')], '2025'))])).toThrow(
			'the API records of segment 2025 (api.jsonl) are not one line per notice of its summary',
		);
	});

	it('refuses a live document whose last member is not its notices', () => {
		const doc = JSON.parse(outagesApiJson([n('qs-c')], ctx(), generated()));
		const reordered = JSON.stringify({ notices: doc.notices, version: doc.version });
		expect(() => joinApiDocument(reordered, [])).toThrow('does not end with its notices');
		expect(() => joinApiDocument(JSON.stringify({ version: 2 }), [])).toThrow('does not end with its notices');
	});

	it.each([
		// `updated` is the latest update of them all, as written, from whichever side holds it; at the same instant,
		// the notice with the smaller id.
		[
			'own latest',
			['qs-a', '2026-11-25T09:00:00+08:00'],
			['qs-b', '2026-11-24T09:00:00+08:00'],
			'2026-11-25T09:00:00+08:00',
		],
		[
			'closed latest',
			['qs-a', '2026-11-24T09:00:00+08:00'],
			['qs-b', '2026-11-25T09:00:00+08:00'],
			'2026-11-25T09:00:00+08:00',
		],
		[
			'same instant, own smaller id',
			['qs-a', '2026-11-25T09:00:00+08:00'],
			['qs-b', '2026-11-25T01:00:00Z'],
			'2026-11-25T09:00:00+08:00',
		],
		[
			'same instant, closed smaller id',
			['qs-b', '2026-11-25T01:00:00Z'],
			['qs-a', '2026-11-25T09:00:00+08:00'],
			'2026-11-25T09:00:00+08:00',
		],
	] as const)('%s: updated %s', (_, [ownId, ownAt], [closedId, closedAt], updated) => {
		const own = [n(ownId, ownAt)];
		const closed = [n(closedId, closedAt)];
		const json = joined(own, closed);
		expect(json).toBe(JSON.stringify(outagesApiDocument([...own, ...closed], ctx(), generated())));
		expect(JSON.parse(json).updated).toBe(updated);
	});

	it('closed records without a latest update leave it to the own notices; with neither, no `updated`', () => {
		const own = [n('qs-a', '2026-11-25T09:00:00+08:00')];
		const none = { latest: undefined };
		expect(JSON.parse(outagesApiJson(own, ctx(), generated(), none)).updated).toBe('2026-11-25T09:00:00+08:00');
		expect('updated' in JSON.parse(outagesApiJson([], ctx(), generated(), none))).toBe(false);
	});
});

describe('mergeById', () => {
	it.each([
		[[['a', 'c'], ['b']], 'abc'],
		[[[], ['a', 'b']], 'ab'],
		[[['b'], ['a'], ['c']], 'abc'],
		[[['B', 'a']], 'Ba'],
	])('%j → %s', (lists, expected) => {
		const merged = mergeById(lists.map((l) => l.map((id) => ({ id }))));
		expect(merged.map((x) => x.id).join('')).toBe(expected);
	});
});

describe('the stamps', () => {
	const s = (at: string, id: string) => ({ at, id });
	const early = '2026-11-25T01:00:00Z';
	const late = '2026-11-25T10:00:00+08:00';
	const sameAsEarly = '2026-11-25T09:00:00+08:00';

	it.each([
		['both missing', undefined, undefined, undefined, undefined],
		['one missing', s(early, 'b'), undefined, s(early, 'b'), s(early, 'b')],
		['the other missing', undefined, s(early, 'b'), s(early, 'b'), s(early, 'b')],
		['in order', s(early, 'b'), s(late, 'a'), s(early, 'b'), s(late, 'a')],
		['out of order', s(late, 'a'), s(early, 'b'), s(early, 'b'), s(late, 'a')],
		['same instant, smaller id first', s(early, 'a'), s(sameAsEarly, 'b'), s(early, 'a'), s(early, 'a')],
		['same instant, smaller id second', s(sameAsEarly, 'b'), s(early, 'a'), s(early, 'a'), s(early, 'a')],
		['same instant and id: the first', s(sameAsEarly, 'a'), s(early, 'a'), s(sameAsEarly, 'a'), s(sameAsEarly, 'a')],
	])('%s: earlier %j, later %j', (_, a, b, earlier, later) => {
		expect(earlierStamp(a, b)).toEqual(earlier);
		expect(laterStamp(a, b)).toEqual(later);
	});

	it.each([
		[[], undefined, undefined],
		// Published and updated at the same times here: the first published and the last updated, by instant.
		[[s(late, 'a'), s(early, 'c'), s(late, 'b')], s(early, 'c'), s(late, 'a')],
		[[s(early, 'c'), s(late, 'b'), s(sameAsEarly, 'a')], s(sameAsEarly, 'a'), s(late, 'b')],
		[[s(sameAsEarly, 'b'), s(early, 'a'), s(late, 'd'), s(late, 'c')], s(early, 'a'), s(late, 'c')],
	])('of %j: first published %j, last updated %j (ties: the smaller id)', (stamps, first, last) => {
		const notices = stamps.map(({ at, id }) => ({ id, publishedAt: at, updatedAt: at }));
		expect(firstPublishedStamp(notices)).toEqual(first);
		expect(latestUpdateStamp(notices)).toEqual(last);
	});
});
