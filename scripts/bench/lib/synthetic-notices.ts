import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import type { HistoryEntry, Notice, NoticeKind } from '../../../src/schemas/notice.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { toZonedIso } from '../../../src/lib/time.ts';
import type { Rng } from './prng.ts';

/**
 * Synthetic outage notices for the scale benchmark, spread like a real utility's archive around a fixed "now":
 * most in the past year and a half (denser recently), some in progress, some upcoming; mostly planned, some
 * temporary; a few cancelled, rescheduled or amended; most for one to three villages of one town, some for a
 * whole town. Publication and history times never lie after "now", and lead times respect the site's rules.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const REASONS = [
	{ zh: '线路检修及消缺', en: 'Line maintenance and defect repair' },
	{ zh: '更换老旧电杆及导线', en: 'Replacing old poles and conductors' },
	{ zh: '配电变压器增容改造', en: 'Upgrading the distribution transformer' },
	{ zh: '线路通道树障清理', en: 'Clearing trees from the line corridor' },
	{ zh: '更换柱上开关', en: 'Replacing a pole-mounted switch' },
	{ zh: '变电站设备年度检修', en: 'Annual maintenance of substation equipment' },
	{ zh: '配合道路改造迁移线路', en: 'Moving the line for road works' },
	{ zh: '线路故障后临时抢修', en: 'Emergency repair after a line fault' },
	{ zh: '新建线路接入施工', en: 'Connecting a new line' },
	{ zh: '更换损坏的跌落式熔断器', en: 'Replacing a damaged drop-out fuse' },
];
const CANCEL_REASONS = [
	{ zh: '因天气原因取消，改期另行通知', en: 'Cancelled because of the weather; a new date will be announced' },
	{ zh: '施工计划调整，本次停电取消', en: 'The works were rescheduled; this outage will not take place' },
];
const RESCHEDULE_NOTES = [
	{ zh: '配合道路施工，推迟停电', en: 'Moved to fit in with road works' },
	{ zh: '因天气原因改期', en: 'Moved because of the weather' },
];
const AMEND_NOTES = [{ zh: '停电范围调整', en: 'The affected scope changed' }];

/** The options of one synthetic archive. */
export interface NoticeOptions {
	count: number;
	/** The fixed "now" the archive is laid out around. */
	now: Date;
	timeZone: string;
	/** Minimum lead time in hours per kind (content/site.json `leadTimeHours`). */
	leadTimeHours: Record<NoticeKind, number>;
	/**
	 * An archive grown in time at this many notices a year: starts spread evenly from `count / perYear` years before
	 * now to three weeks ahead (a county's archive after that many years). Unset: the density-grown site, most notices
	 * in the past year and a half, denser recently.
	 */
	perYear?: number;
}

interface Town {
	node: AreaNodeInput;
	district: AreaNodeInput;
	villages: AreaNodeInput[];
	unit: Notice['unit'];
}

/**
 * Towns with their villages and a supply office each, whose id is the town's; the unit phone is derived from the
 * town's position. The office's name is the town's without 镇/街道, or the town's whole name where two towns would
 * share it (unit names are unique).
 */
function townsOf(tree: AreaNodeInput[]): Town[] {
	const towns: Town[] = [];
	const names = new Set<string>();
	for (const district of tree) {
		for (const node of district.children ?? []) {
			const n = towns.length;
			const short = `${node.name.zh.replace(/(镇|街道)$/, '')}供电所`;
			const zh = names.has(short) ? `${node.name.zh}供电所` : short;
			names.add(zh);
			towns.push({
				node,
				district,
				villages: node.children ?? [],
				unit: {
					id: node.id,
					name: { zh, en: `${node.name.en?.replace(/ (Town|Subdistrict)$/, '')} Supply Office` },
					phone: `0839-55${String(1000 + n)
						.padStart(5, '0')
						.slice(-5)}`,
				},
			});
		}
	}
	return towns;
}

/** The supply units of a synthetic site: one per town of `tree`, serving it, as `content/units.json` lists them. */
export function syntheticUnits(tree: AreaNodeInput[]): Unit[] {
	return townsOf(tree).map(({ node, unit }) => ({
		id: unit.id,
		name: unit.name,
		otherNames: [`青山县供电局${unit.name.zh}`],
		phones: [{ number: unit.phone }],
		address: { zh: `${node.name.zh}政府路1号`, en: `1 Government Road, ${node.name.en ?? node.name.zh}` },
		hours: { zh: '周一至周五 8:30–17:30', en: 'Monday to Friday 8:30–17:30' },
		areas: [node.id],
		services: ['payment', 'new-connection', 'fault-repair'],
	}));
}

const round15 = (t: number) => Math.floor(t / (15 * 60_000)) * 15 * 60_000;

/** `count` notices over the areas of `tree`, sorted by id. Same rng state and options, same notices. */
export function syntheticNotices(rng: Rng, tree: AreaNodeInput[], opts: NoticeOptions): Notice[] {
	const towns = townsOf(tree).filter((t) => t.villages.length > 0);
	if (towns.length === 0) throw new RangeError('the area tree has no villages or communities to put outages in');
	const now = opts.now.getTime();
	const iso = (t: number) => toZonedIso(new Date(t), opts.timeZone);
	// Local midnight of "now" in the site's zone, from the offset written in the ISO form (no host zone involved).
	const nowIso = iso(now);
	const localMidnight = Date.parse(`${nowIso.slice(0, 10)}T00:00:00${nowIso.slice(19)}`);
	const perDay = new Map<string, number>();
	const notices: Notice[] = [];
	const pastDays = opts.perYear ? Math.round((opts.count / opts.perYear) * 365) : 0;

	for (let i = 0; i < opts.count; i++) {
		// Where in time: 85 % past (skewed to recent), 3 % around today, 12 % upcoming (within the next three weeks);
		// or, grown at a fixed rate, any day from the archive's first to three weeks ahead.
		let dayOffset: number;
		if (opts.perYear) dayOffset = rng.int(-pastDays, 21);
		else {
			const band = rng.weighted({ past: 85, today: 3, upcoming: 12 });
			dayOffset =
				band === 'past' ? -Math.floor(Math.pow(rng.next(), 1.6) * 540) - 1 : band === 'today' ? 0 : rng.int(1, 21);
		}
		const kind: NoticeKind = rng.weighted({ planned: 75, temporary: 20, other: 5 });
		const startHour = kind === 'temporary' ? rng.int(7, 16) : rng.chance(0.05) ? 22 : rng.int(7, 10);
		const startMin = rng.pick([0, 0, 30]);
		const start = localMidnight + dayOffset * DAY + startHour * HOUR + startMin * 60_000;
		const hours = startHour === 22 ? rng.int(5, 8) : kind === 'temporary' ? rng.int(2, 5) : rng.int(3, 11);
		const end = start + hours * HOUR + (rng.chance(0.3) ? 30 * 60_000 : 0);

		const town = rng.pick(towns);
		// Mostly one to three neighbouring villages of one town; now and then the whole town.
		let areaNodes: AreaNodeInput[];
		if (rng.chance(0.05)) areaNodes = [town.node];
		else {
			const n = Math.min(town.villages.length, Number(rng.weighted({ 1: 55, 2: 30, 3: 12, 5: 3 })));
			const first = rng.int(0, town.villages.length - 1);
			areaNodes = Array.from({ length: n }, (_, k) => town.villages[(first + k) % town.villages.length]);
		}
		const areaIds = areaNodes.map((a) => a.id);
		const withEn = rng.chance(0.85);
		const groups = rng.chance(0.4) ? `${rng.int(1, 4)}-${rng.int(5, 9)}组` : '';
		const scope = {
			zh: areaNodes.map((a) => a.name.zh).join('、') + groups,
			...(withEn ? { en: areaNodes.map((a) => a.name.en).join(', ') + (groups ? ', some groups' : '') } : {}),
		};
		const lineName = town.node.name.zh.replace(/(镇|街道)$/, '');
		const poles = rng.chance(0.6) ? ` ${rng.int(1, 40)}#–${rng.int(41, 90)}# 杆` : '';
		const line = {
			zh: `10kV ${lineName}${rng.pick(['线', 'Ⅰ回线', 'Ⅱ回线', '支线'])}${poles}`,
			...(withEn
				? { en: `10 kV ${town.node.name.en?.replace(/ (Town|Subdistrict)$/, '')} line${poles ? ', some poles' : ''}` }
				: {}),
		};
		const reasonText = kind === 'temporary' && rng.chance(0.5) ? REASONS[7] : rng.pick(REASONS);
		const reason = withEn ? reasonText : { zh: reasonText.zh };

		// Publication: at least the required lead time ahead, never after "now".
		const minLead = opts.leadTimeHours[kind] * HOUR;
		let lead = minLead + rng.int(0, kind === 'planned' ? 168 : 24) * HOUR;
		if (start - lead > now) lead = start - now + rng.int(1, 48) * HOUR;
		const history: HistoryEntry[] = [];
		const event = rng.weighted({ none: 87, rescheduled: 6, amended: 3, cancelled: 4 });
		let publishedAt: number;
		if (event === 'rescheduled') {
			// The window moved later by one to five days; the first publication was ahead of the old window.
			const shift = rng.int(1, 5) * DAY;
			const oldStart = start - shift;
			const oldEnd = end - shift;
			publishedAt = round15(Math.min(oldStart - lead, now - HOUR));
			// Moved with the full lead time before the new window (else the check warns), and before the old one.
			const movedAt = round15(Math.min(start - minLead - rng.int(0, shift / HOUR - 1) * HOUR, now - 30 * 60_000));
			history.push({ revision: 1, at: iso(publishedAt), event: 'published' });
			history.push({
				revision: 2,
				at: iso(Math.max(movedAt, publishedAt + 15 * 60_000)),
				event: 'rescheduled',
				from: { start: iso(oldStart), end: iso(oldEnd) },
				to: { start: iso(start), end: iso(end) },
				note: withEn ? rng.pick(RESCHEDULE_NOTES) : { zh: rng.pick(RESCHEDULE_NOTES).zh },
			});
		} else {
			publishedAt = round15(Math.min(start - lead, now - HOUR));
			history.push({ revision: 1, at: iso(publishedAt), event: 'published' });
			if (event === 'amended' || event === 'cancelled') {
				const at = round15(Math.min(start - rng.int(6, 48) * HOUR, now - 30 * 60_000));
				const note = event === 'amended' ? rng.pick(AMEND_NOTES) : rng.pick(CANCEL_REASONS);
				history.push({
					revision: 2,
					at: iso(Math.max(at, publishedAt + 15 * 60_000)),
					event,
					note: withEn ? note : { zh: note.zh },
				});
			}
		}
		const last = history[history.length - 1];
		const date = iso(start).slice(0, 10).replaceAll('-', '');
		const seq = (perDay.get(date) ?? 0) + 1;
		perDay.set(date, seq);
		notices.push({
			id: `bq-${date}-${String(seq).padStart(3, '0')}`,
			kind,
			lifecycle: event === 'cancelled' ? 'cancelled' : 'published',
			start: iso(start),
			end: iso(end),
			areas: areaIds,
			scope,
			line,
			reason,
			unit: town.unit,
			publishedAt: iso(publishedAt),
			updatedAt: last.at,
			revision: history.length,
			history,
			...(event === 'cancelled' ? { cancellation: { at: last.at, reason: last.note as Notice['reason'] } } : {}),
		});
	}
	return notices.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
