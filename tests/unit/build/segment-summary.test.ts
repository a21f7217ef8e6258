import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { memoKey } from '../../../src/lib/build/cache-key.ts';
import { joinApiDocument } from '../../../src/lib/build/segments/api-document.ts';
import { historySince, listsReaching, openClosedArchive, readSummary } from '../../../src/lib/build/segments/closed.ts';
import { closedFolder } from '../../../src/lib/build/segments/layout.ts';
import { segmentSummary } from '../../../src/lib/build/segments/summary.ts';
import { outagesApiDocument, outagesApiJson } from '../../../src/lib/feeds/api.ts';
import { ATOM_ENTRY_LIMIT } from '../../../src/lib/feeds/atom.ts';
import { createFeedSet, feedContext, ICS_EVENT_LIMIT } from '../../../src/lib/feeds/feed-set.ts';
import { archiveCounts } from '../../../src/lib/outages/listing.ts';
import { toZonedIso, zonedDate } from '../../../src/lib/time.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { validNotice } from '../helpers.ts';

/**
 * The live segment's feeds and API carry the closed segments' notices from what those segments' builds left
 * (summary.ts), never the notices themselves: what they render must be byte for byte what one build of every notice
 * renders, also where a feed's limit (the latest 1,000 events, the latest 200 entries) cuts across segments.
 */
const tz = 'Asia/Shanghai';
const site = siteSchema.parse({
	name: { zh: '测试供电局', en: 'Test Power' },
	hotline: '0839-5550199',
	timeZone: tz,
	baseUrl: 'https://power.test.example',
});
const tree: AreaNodeInput[] = [
	{
		id: 'north',
		kind: 'district',
		name: { zh: '北区', en: 'North' },
		children: [
			{
				id: 'oak-town',
				kind: 'town',
				name: { zh: '橡树镇', en: 'Oak Town' },
				children: [
					{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak' } },
					{ id: 'elm', kind: 'village', name: { zh: '榆树村', en: 'Elm' } },
				],
			},
		],
	},
	{
		id: 'south',
		kind: 'district',
		name: { zh: '南区', en: 'South' },
		children: [{ id: 'pine', kind: 'village', name: { zh: '松树村', en: 'Pine' } }],
	},
	{ id: 'east', kind: 'district', name: { zh: '东区', en: 'East' } },
];
const { areas } = flattenAreaTree(tree);
const ctx = feedContext(site, areas);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * 1,300 notices from late December 2025 to early October 2026, most in oak, some in elm or pine: the 2026 segment
 * alone holds more than a calendar carries, so each limit cuts inside a segment's own choice as well as across
 * segments. Updates fall late for a few old notices (a correction), so the latest-updated are not the latest-starting.
 */
function notices(): Notice[] {
	const out: Notice[] = [];
	const first = Date.parse('2025-12-20T08:00:00+08:00');
	for (let i = 0; i < 1300; i++) {
		const start = first + i * 0.22 * DAY;
		const published = start - 10 * DAY + (i % 7) * HOUR;
		const corrected = i % 97 === 5 ? start + 40 * DAY : published;
		const at = (t: number) => toZonedIso(new Date(t), tz);
		const area = i % 11 === 0 ? 'pine' : i % 5 === 0 ? 'elm' : 'oak';
		out.push(
			validNotice({
				id: `n-${String(i).padStart(4, '0')}`,
				start: at(start),
				end: at(start + 8 * HOUR),
				areas: i % 13 === 0 ? [area, 'east'] : [area],
				publishedAt: at(published),
				updatedAt: at(corrected),
				revision: corrected === published ? 1 : 2,
				history:
					corrected === published
						? [{ revision: 1, at: at(published), event: 'published' }]
						: [
								{ revision: 1, at: at(published), event: 'published' },
								{ revision: 2, at: at(corrected), event: 'amended' },
							],
				...(i % 9 === 0 ? { restoredAt: at(start + 9 * HOUR) } : {}),
			}),
		);
	}
	return out;
}

const all = notices();
const month = (n: Notice) => zonedDate(n.start, tz).slice(0, 7);
/** Closed: before October 2026, by year; live: the rest. */
const closedNames = ['2025', '2026'];
const live = all.filter((n) => month(n) >= '2026-10');
const work = mkdtempSync(path.join(os.tmpdir(), 'qs-summary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeSegments(list: readonly Notice[], root: string) {
	const digest = memoKey<Notice>();
	return closedNames.map((name) => {
		const own = list.filter((n) => month(n) < '2026-10' && month(n).startsWith(name));
		const months = [...new Set(own.map(month))].sort();
		const folder = closedFolder(root, name);
		mkdirSync(folder.root, { recursive: true });
		const s = segmentSummary(name, months, own, areas, ctx, digest, month);
		writeFileSync(folder.summary, JSON.stringify(s.summary));
		writeFileSync(folder.parts, s.parts);
		writeFileSync(folder.api, s.api);
		writeFileSync(folder.history, JSON.stringify(s.history));
		return folder;
	});
}

const archive = openClosedArchive(writeSegments(all, path.join(work, 'a')));
const whole = createFeedSet(all, ctx);
const segmented = createFeedSet(live, ctx, archive.feeds);

describe('feeds from the live notices and the closed segments’ summaries', () => {
	test('the fixture crosses both limits', () => {
		expect(all.length).toBeGreaterThan(ICS_EVENT_LIMIT);
		const in2026 = all.filter((n) => month(n).startsWith('2026') && month(n) < '2026-10');
		expect(in2026.length).toBeGreaterThan(ICS_EVENT_LIMIT);
		expect(whole.areaNotices('pine').length).toBeGreaterThan(ATOM_ENTRY_LIMIT / 2);
		expect(live.length).toBeGreaterThan(0);
		expect(live.length).toBeLessThan(ATOM_ENTRY_LIMIT);
	});

	test.each(['zh-cn', 'en'] as const)('the site’s calendar and Atom feed in %s are a whole build’s', (l) => {
		expect(segmented.allIcs(l)).toBe(whole.allIcs(l));
		expect(segmented.allAtom(l)).toBe(whole.allAtom(l));
	});

	test.each([...areas.keys()].flatMap((id) => [[id, 'zh-cn'] as const, [id, 'en'] as const]))(
		'%s in %s: its calendar and Atom feed are a whole build’s',
		(id, l) => {
			expect(segmented.areaIcs(id, l)).toBe(whole.areaIcs(id, l));
			expect(segmented.areaAtom(id, l)).toBe(whole.areaAtom(id, l));
		},
	);

	test('feeds read only the segments that can reach them: the 2026 segment alone fills the site’s calendar', () => {
		const { calendar, atom } = archive.feeds.candidates(undefined);
		expect(calendar).toHaveLength(ICS_EVENT_LIMIT);
		expect(calendar.every((c) => month(all.find((n) => n.id === c.id) as Notice).startsWith('2026'))).toBe(true);
		expect(atom).toHaveLength(ATOM_ENTRY_LIMIT);
		// An area whose notices are few in each segment takes every segment's.
		const pine = archive.feeds.candidates('pine');
		expect(new Set(pine.calendar.map((c) => month(all.find((n) => n.id === c.id) as Notice).slice(0, 4)))).toEqual(
			new Set(['2025', '2026']),
		);
	});

	test('an empty feed shows the site’s first publication, which may be a closed notice’s', () => {
		expect(segmented.emptyFeedUpdated).toBe(whole.emptyFeedUpdated);
		expect(createFeedSet(live, ctx).emptyFeedUpdated).not.toBe(whole.emptyFeedUpdated);
	});

	test('the JSON API document, the closed segments’ records joined into the live build’s, is a whole build’s', () => {
		const generated = new Date('2026-12-01T02:00:00Z');
		const liveDoc = segmented.apiJson(generated, site.hotline);
		expect(JSON.parse(liveDoc).notices).toHaveLength(live.length);
		const folders = closedNames.map((name) => closedFolder(path.join(work, 'a'), name));
		const closed = folders.map((f, i) => ({
			name: closedNames[i],
			ids: readSummary(f).notices.map((n) => n[0]),
			records: readFileSync(f.api),
		}));
		const joined = Buffer.concat(joinApiDocument(liveDoc, closed)).toString('utf8');
		expect(joined).toBe(whole.apiJson(generated, site.hotline));
		expect(JSON.parse(joined).notices).toHaveLength(all.length);
	});

	test('without closed segments, the document is JSON.stringify of the whole document', () => {
		const generated = new Date('2026-12-01T02:00:00Z');
		const doc = outagesApiDocument(all, { ...ctx, hotline: site.hotline }, generated);
		expect(outagesApiJson(all, { ...ctx, hotline: site.hotline }, generated)).toBe(JSON.stringify(doc));
	});

	test('an area’s feed key changes when any of its closed notices does, and only then', () => {
		const amended = all.map((n) => (n.id === 'n-0100' ? { ...n, reason: { zh: '更正后的原因' } } : n));
		const again = openClosedArchive(writeSegments(amended, path.join(work, 'b')));
		const area = all.find((n) => n.id === 'n-0100')?.areas[0] as string;
		expect(again.feeds.key(area)).not.toBe(archive.feeds.key(area));
		for (const other of [...areas.keys()].filter((a) => !['north', 'oak-town', area].includes(a)))
			expect(again.feeds.key(other), other).toBe(archive.feeds.key(other));
	});
});

describe('the closed segments’ history and counts', () => {
	test('only segments with an outage over in the window are read', () => {
		const now = new Date('2026-12-01T10:00:00+08:00');
		const { notices: history } = archive.history(historySince(now, tz));
		const years = new Set(history.map((n) => month(n).slice(0, 4)));
		expect([...years].sort()).toEqual(['2025', '2026']);
		expect(history.length).toBe(all.length - live.length);
		// Of a segment read, only the notices over since the start of the window.
		const since = Date.parse('2026-03-01T00:00:00+08:00');
		const later = archive.history(since).notices;
		expect(later.length).toBe(
			all.filter((n) => month(n) < '2026-10' && Date.parse(n.restoredAt ?? n.end) >= since).length,
		);
		// A year later, the 2025 segment's outages are all before the window: it is not read.
		const nextYear = archive.history(historySince(new Date('2027-02-01T10:00:00+08:00'), tz)).notices;
		expect(new Set(nextYear.map((n) => month(n).slice(0, 4)))).toEqual(new Set(['2026']));
	});

	test('history reaches back to the start of the 12 months to midnight, and a day more', () => {
		expect(new Date(historySince(new Date('2026-12-01T10:00:00+08:00'), tz)).toISOString()).toBe(
			new Date('2025-11-30T00:00:00+08:00').toISOString(),
		);
	});

	test('the archive counts of live notices and closed months are those of every notice', () => {
		expect(archiveCounts(live, tz, archive.months)).toEqual(archiveCounts(all, tz));
	});
});

describe('listsReaching', () => {
	/** A list of keys, greatest last or first as given; its items are its keys. */
	const list = (...keys: number[]) => ({ greatest: Math.max(...keys), keys: () => keys, items: () => keys });
	test.each([
		['one list', [[1, 2, 3]], 2, [1, 2, 3]],
		[
			'the older list cannot reach the top 2',
			[
				[1, 2],
				[5, 6],
			],
			2,
			[5, 6],
		],
		['it can when the newer holds too few', [[1, 2], [6]], 2, [6, 1, 2]],
		[
			'a tie with the limit-th key is kept',
			[
				[4, 5],
				[5, 6],
			],
			2,
			[5, 6, 4, 5],
		],
		[
			'a list reaching past a later one',
			[
				[1, 9],
				[5, 6],
				[2, 3],
			],
			3,
			[1, 9, 5, 6],
		],
		['none', [], 2, []],
	])('%s', (_, lists, limit, expected) => {
		expect(
			listsReaching(
				lists.map((l) => list(...l)),
				limit,
			),
		).toEqual(expected);
	});
});
