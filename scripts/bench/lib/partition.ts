/**
 * Splitting one site's content into partitions by top-level area (district), as a provincial company would split
 * its site by county bureau: each partition gets its districts' subtrees, the notices in them, the units serving
 * them, the alerts and notification channels for them, and every shared file (site settings, tariffs, guidance).
 * Used by `npm run bench:partitions` to build the parts separately and merge them.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AreaNodeInput } from '../../../src/schemas/area.ts';
import { serializeNotices } from '../../../src/lib/notices-file.ts';
import type { Notice } from '../../../src/schemas/notice.ts';

/** What the split reads of a notice (the rest is copied as it is). */
type NoticeLike = Pick<Notice, 'id' | 'areas' | 'unit'>;
/** What the split reads of a unit, an alert or a notification channel: the areas it names. */
interface NamesAreas {
	areas?: string[];
}
interface UnitLike extends NamesAreas {
	id: string;
	areas: string[];
}

/** The content a split works on, as read from a content folder. */
export interface SplittableContent<
	N extends NoticeLike = NoticeLike,
	U extends UnitLike = UnitLike,
	A extends NamesAreas = NamesAreas,
	C extends NamesAreas = NamesAreas,
> {
	areas: AreaNodeInput[];
	units: U[];
	notices: N[];
	/** Alerts by file name (without `.json`). */
	alerts: Record<string, A>;
	/** The notification channels of content/notify.json, if any. */
	channels?: C[];
}

/** One partition's share. */
export interface Partition<
	N extends NoticeLike = NoticeLike,
	U extends UnitLike = UnitLike,
	A extends NamesAreas = NamesAreas,
	C extends NamesAreas = NamesAreas,
> extends SplittableContent<N, U, A, C> {
	/** Its top-level areas' ids. */
	districts: string[];
	/** Ids of its notices that also touch another partition (published in each, with the areas of each). */
	straddling: string[];
}

/**
 * Splits `districts` (in tree order) into `parts` contiguous groups of about equal `weight` (e.g. notices per
 * district), each group non-empty: a cut falls before the first district whose middle lies past k/parts of the
 * whole. Deterministic; the order of the tree is kept, so neighbouring districts stay together.
 */
export function splitDistricts(districts: readonly string[], weight: (id: string) => number, parts = 2): string[][] {
	if (!Number.isInteger(parts) || parts < 1)
		throw new RangeError(`parts must be a whole number of at least 1, got ${parts}`);
	if (districts.length < parts)
		throw new RangeError(`${districts.length} top-level areas cannot make ${parts} partitions`);
	const weights = districts.map((d) => Math.max(0, weight(d)));
	const total = weights.reduce((a, b) => a + b, 0);
	const groups: string[][] = Array.from({ length: parts }, () => []);
	let running = 0;
	let g = 0;
	districts.forEach((d, i) => {
		const left = districts.length - i;
		const groupsLeft = parts - g;
		// Move on when the middle of this district lies past this group's share (so the cut falls nearest the share),
		// or when each later group needs one of the districts left; never leave a group empty.
		if (
			groups[g].length > 0 &&
			g < parts - 1 &&
			(running + weights[i] / 2 > (total * (g + 1)) / parts || left < groupsLeft)
		)
			g++;
		groups[g].push(d);
		running += weights[i];
	});
	return groups;
}

/** Every area id of the tree, mapped to the id of its top-level ancestor (itself for a district). */
export function districtOf(tree: readonly AreaNodeInput[]): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (n: AreaNodeInput, top: string) => {
		out.set(n.id, top);
		for (const c of n.children ?? []) walk(c, top);
	};
	for (const d of tree) walk(d, d.id);
	return out;
}

/**
 * Splits `content` into one partition per group of top-level area ids in `groups` (every district in exactly one).
 *
 * - A notice goes to the partition of its areas. A notice whose areas lie in two partitions (none in the synthetic
 *   site: its notices stay within one town) is published in each, under the same id, with the areas of that
 *   partition only; its scope text still names them all. A reader of either bureau's site finds it; a search
 *   across partitions finds it twice, once per partition (results carry the partition's prefix).
 * - A unit goes where the areas it serves are, with its `areas` cut to the partition's; a unit named by a notice of
 *   a partition it does not serve is carried there too, serving that partition's areas of those notices (the
 *   content check wants every notice's unit listed, and every unit to serve at least one known area).
 * - An alert or notification channel naming areas goes where they are, cut likewise; one naming none (the whole
 *   service area) goes to every partition.
 */
export function splitContent<N extends NoticeLike, U extends UnitLike, A extends NamesAreas, C extends NamesAreas>(
	content: SplittableContent<N, U, A, C>,
	groups: readonly string[][],
): Array<Partition<N, U, A, C>> {
	const top = districtOf(content.areas);
	const partOfDistrict = new Map<string, number>();
	groups.forEach((g, i) => {
		for (const d of g) {
			if (partOfDistrict.has(d)) throw new Error(`top-level area "${d}" is in two partitions`);
			partOfDistrict.set(d, i);
		}
	});
	for (const d of content.areas)
		if (!partOfDistrict.has(d.id)) throw new Error(`top-level area "${d.id}" is in no partition`);
	for (const d of partOfDistrict.keys())
		if (!content.areas.some((a) => a.id === d)) throw new Error(`"${d}" is not a top-level area`);
	const partOf = (areaId: string): number => {
		const d = top.get(areaId);
		if (d === undefined) throw new Error(`unknown area id "${areaId}"`);
		return partOfDistrict.get(d) as number;
	};
	/** The areas of `ids` in partition `p`. */
	const within = (ids: readonly string[], p: number) => ids.filter((id) => partOf(id) === p);
	/** The partitions `ids` touch, or every one for none (the whole service area). */
	const touched = (ids: readonly string[] | undefined) =>
		ids?.length ? [...new Set(ids.map(partOf))] : groups.map((_, i) => i);

	return groups.map((districts, p) => {
		const notices: N[] = [];
		const straddling: string[] = [];
		for (const n of content.notices) {
			const parts = touched(n.areas);
			if (!parts.includes(p)) continue;
			if (parts.length > 1) straddling.push(n.id);
			notices.push(parts.length > 1 ? { ...n, areas: within(n.areas, p) } : n);
		}
		const units: U[] = [];
		for (const u of content.units) {
			const served = within(u.areas, p);
			if (served.length === u.areas.length) {
				units.push(u);
				continue;
			}
			// Named by a notice here without serving any area here: it serves this partition's areas of those notices.
			const areas = served.length
				? served
				: [...new Set(notices.filter((n) => n.unit.id === u.id).flatMap((n) => n.areas))];
			if (areas.length) units.push({ ...u, areas });
		}
		const cut = <T extends NamesAreas>(x: T): T | undefined => {
			if (!touched(x.areas).includes(p)) return undefined;
			return x.areas?.length && touched(x.areas).length > 1 ? { ...x, areas: within(x.areas, p) } : x;
		};
		const alerts: Record<string, A> = {};
		for (const [id, a] of Object.entries(content.alerts)) {
			const mine = cut(a);
			if (mine) alerts[id] = mine;
		}
		const channels = content.channels?.map(cut).filter((c): c is C => c !== undefined);
		return {
			districts: [...districts],
			areas: content.areas.filter((a) => districts.includes(a.id)),
			units,
			notices,
			alerts,
			...(channels ? { channels } : {}),
			straddling,
		};
	});
}

/** Files of a content folder that the split rewrites; everything else is shared and copied to every partition. */
const SPLIT_FILES = ['areas.json', 'units.json', 'outages/notices.json', 'notify.json', 'alerts'];

/** Reads the parts of a content folder that `splitContent` splits. */
export function readSplittable(
	contentDir: string,
): SplittableContent<Notice, UnitLike, NamesAreas, NamesAreas> & { notify?: Record<string, unknown> } {
	const json = (rel: string) => JSON.parse(readFileSync(path.join(contentDir, rel), 'utf8'));
	const alertsDir = path.join(contentDir, 'alerts');
	const alerts: Record<string, NamesAreas> = {};
	let alertFiles: string[] = [];
	try {
		alertFiles = readdirSync(alertsDir).filter((f) => f.endsWith('.json'));
	} catch {
		// no alerts folder: no alerts
	}
	for (const f of alertFiles.sort()) alerts[f.replace(/\.json$/, '')] = json(`alerts/${f}`);
	let notify: Record<string, unknown> | undefined;
	try {
		notify = json('notify.json');
	} catch {
		notify = undefined;
	}
	let units: UnitLike[];
	try {
		units = json('units.json').units;
	} catch {
		units = [];
	}
	return {
		areas: json('areas.json'),
		units,
		notices: json('outages/notices.json'),
		alerts,
		channels: (notify?.channels as NamesAreas[] | undefined) ?? undefined,
		notify,
	};
}

/**
 * Writes partition `part` of the content folder `sourceDir` to `targetDir` (replaced): the shared files copied,
 * the split ones written from `part`.
 */
export function writePartition(
	sourceDir: string,
	targetDir: string,
	part: Partition<Notice>,
	notify?: Record<string, unknown>,
): void {
	rmSync(targetDir, { recursive: true, force: true });
	mkdirSync(targetDir, { recursive: true });
	cpSync(sourceDir, targetDir, {
		recursive: true,
		filter: (src) => !SPLIT_FILES.includes(path.relative(sourceDir, src).split(path.sep).join('/')),
	});
	const write = (rel: string, text: string) => {
		mkdirSync(path.dirname(path.join(targetDir, rel)), { recursive: true });
		writeFileSync(path.join(targetDir, rel), text);
	};
	const json = (v: unknown) => `${JSON.stringify(v, null, '\t')}\n`;
	write('areas.json', json(part.areas));
	write('units.json', json({ units: part.units }));
	write('outages/notices.json', serializeNotices(part.notices));
	mkdirSync(path.join(targetDir, 'alerts'), { recursive: true });
	for (const [id, a] of Object.entries(part.alerts)) write(`alerts/${id}.json`, json(a));
	if (notify) write('notify.json', json({ ...notify, channels: part.channels ?? [] }));
}
