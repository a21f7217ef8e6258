/**
 * A small service area and a dozen notices whose figures are worked out by hand in figures.test.ts.
 *
 * Areas:  d1 (district) ▸ t1 (town) ▸ v1, v2 (villages);  d1 ▸ t2 (street) ▸ c1 (community)
 *         d2 (district) ▸ t3 (town) ▸ v3 (village)
 * Build's now: 2026-12-01 10:00 Asia/Shanghai, so the window is 2025-12-01 10:00 (inclusive) to
 * 2026-12-01 10:00 (exclusive). Lead times: planned 168 h, temporary 24 h, other 0 h (no lead time).
 */
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import { noticeSchema, type Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

const tree: AreaNodeInput[] = [
	{
		id: 'd1',
		kind: 'district',
		name: { zh: '一区', en: 'District One' },
		children: [
			{
				id: 't1',
				kind: 'town',
				name: { zh: '一镇' },
				children: [
					{ id: 'v1', kind: 'village', name: { zh: '一村' } },
					{ id: 'v2', kind: 'village', name: { zh: '二村' } },
				],
			},
			{
				id: 't2',
				kind: 'street',
				name: { zh: '一街道' },
				children: [{ id: 'c1', kind: 'community', name: { zh: '一社区' } }],
			},
		],
	},
	{
		id: 'd2',
		kind: 'district',
		name: { zh: '二区' },
		children: [
			{ id: 't3', kind: 'town', name: { zh: '三镇' }, children: [{ id: 'v3', kind: 'village', name: { zh: '三村' } }] },
		],
	},
];
/** The fixture's areas, flattened when a test asks (a mutation run then knows which test reached the area tree). */
export const areas = () => flattenAreaTree(tree).areas;
export const now = new Date('2026-12-01T10:00:00+08:00');
export const site = { timeZone: 'Asia/Shanghai', leadTimeHours: { planned: 168, temporary: 24, other: 0 } };

const h = (s: string) => `${s}:00+08:00`;

/** A notice published once at `publishedAt`, with its window and areas. */
function notice(
	id: string,
	kind: Notice['kind'],
	areasNamed: string[],
	start: string,
	end: string,
	publishedAt: string,
	more: Partial<Notice> = {},
): Notice {
	return noticeSchema.parse(
		validNotice({
			id,
			kind,
			areas: areasNamed,
			start: h(start),
			end: h(end),
			publishedAt: h(publishedAt),
			updatedAt: h(publishedAt),
			history: [{ revision: 1, at: h(publishedAt), event: 'published' }],
			...more,
		}),
	);
}

export const notices: Notice[] = [
	// Planned, 4 h, published 9 days (216 h) ahead: on time.
	notice('n01', 'planned', ['v1'], '2026-01-10T08:00', '2026-01-10T12:00', '2026-01-01T08:00'),
	// Planned, planned 6 h but restored after 4.5 h (actualEnd); published 96 h ahead: late.
	notice('n02', 'planned', ['v1'], '2026-02-01T08:00', '2026-02-01T14:00', '2026-01-28T08:00', {
		restoredAt: h('2026-02-01T12:30'),
		revision: 2,
		updatedAt: h('2026-02-01T12:40'),
		history: [
			{ revision: 1, at: h('2026-01-28T08:00'), event: 'published' },
			{ revision: 2, at: h('2026-02-01T12:40'), event: 'restored', restoredAt: h('2026-02-01T12:30') },
		],
	}),
	// Temporary, names the town t1, so affects v1 and v2; 2 h; published exactly 24 h ahead: on time.
	notice('n03', 'temporary', ['t1'], '2026-03-05T09:00', '2026-03-05T11:00', '2026-03-04T09:00'),
	// Planned, first announced for 20 April (published 15 April: 120 h ahead, late), then moved to 1 May — the
	// move does not make it punctual. 2 h.
	notice('n04', 'planned', ['v2'], '2026-05-01T08:00', '2026-05-01T10:00', '2026-04-15T08:00', {
		revision: 2,
		updatedAt: h('2026-04-18T10:00'),
		history: [
			{ revision: 1, at: h('2026-04-15T08:00'), event: 'published' },
			{
				revision: 2,
				at: h('2026-04-18T10:00'),
				event: 'rescheduled',
				from: { start: h('2026-04-20T08:00'), end: h('2026-04-20T10:00') },
				to: { start: h('2026-05-01T08:00'), end: h('2026-05-01T10:00') },
			},
		],
	}),
	// Planned, 2 h, published a month ahead: on time.
	notice('n05', 'planned', ['v2'], '2026-06-01T08:00', '2026-06-01T10:00', '2026-05-01T08:00'),
	// Temporary, starts exactly 60 days after n04; 4 h; published 12 h ahead: late.
	notice('n06', 'temporary', ['v2'], '2026-06-30T08:00', '2026-06-30T12:00', '2026-06-29T20:00'),
	// Cancelled: not an outage (had it counted, v2 would have three outages within 60 days: n05, n07, n06).
	notice('n07', 'planned', ['v2'], '2026-06-15T08:00', '2026-06-15T12:00', '2026-06-01T08:00', {
		lifecycle: 'cancelled',
		revision: 2,
		updatedAt: h('2026-06-10T08:00'),
		cancellation: { at: h('2026-06-10T08:00'), reason: { zh: '天气原因' } },
		history: [
			{ revision: 1, at: h('2026-06-01T08:00'), event: 'published' },
			{ revision: 2, at: h('2026-06-10T08:00'), event: 'cancelled' },
		],
	}),
	// Other (no lead time: not counted for notice given), community c1, 1.5 h.
	notice('n08', 'other', ['c1'], '2026-07-10T08:00', '2026-07-10T09:30', '2026-07-10T07:00'),
	// Planned, names district d2 and its village v3 (counted once); planned 10 h, restored 2 h late: 12 h. On time.
	notice('n09', 'planned', ['d2', 'v3'], '2026-08-01T08:00', '2026-08-01T18:00', '2026-07-20T08:00', {
		restoredAt: h('2026-08-01T20:00'),
		revision: 2,
		updatedAt: h('2026-08-01T20:10'),
		history: [
			{ revision: 1, at: h('2026-07-20T08:00'), event: 'published' },
			{ revision: 2, at: h('2026-08-01T20:10'), event: 'restored', restoredAt: h('2026-08-01T20:00') },
		],
	}),
	// Planned, on at now (started 30 Nov 08:00): counted up to now, 26 h. On time.
	notice('n10', 'planned', ['v3'], '2026-11-30T08:00', '2026-12-02T08:00', '2026-11-20T08:00'),
	// Starts an hour before the window: not counted.
	notice('n11', 'temporary', ['v3'], '2025-12-01T09:00', '2025-12-01T11:00', '2025-11-30T08:00'),
	// Starts exactly at window.from: counted. Temporary, 3 h, published 25 h ahead: on time.
	notice('n12', 'temporary', ['v3'], '2025-12-01T10:00', '2025-12-01T13:00', '2025-11-30T09:00'),
	// Starts exactly at now (window.to, exclusive): not counted.
	notice('n13', 'planned', ['v3'], '2026-12-01T10:00', '2026-12-01T12:00', '2026-11-20T08:00'),
];

/** The fixture's notice `id`. */
export const byId = (id: string): Notice => notices.find((n) => n.id === id) as Notice;
