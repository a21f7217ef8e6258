import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { alertSchema, type Alert } from '../../schemas/alert.ts';
import { areaTreeSchema, type Area } from '../../schemas/area.ts';
import { bilingualErrorMap, issueText } from '../../schemas/errors.ts';
import { noticeSchema, type Notice } from '../../schemas/notice.ts';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { notifyConfigSchema, type NotifyConfig } from '../../schemas/notify.ts';
import { unitSchema, type Unit } from '../../schemas/unit.ts';
import { unitNameKey } from '../units/directory.ts';
import { flattenAreaTree } from '../areas/tree.ts';
import { buildNow } from '../clock.ts';
import { zonedDate } from '../time.ts';
import { leadTimeGivenHours, leadTimeShortfallHours } from '../outages/notice-lead-time.ts';
import { contentJunkProblems, type LocateEntry } from './junk.ts';
import { formatPath, type ContentProblem } from './problems.ts';
import { readJsonFile } from './read-json.ts';
import { validateGuidance } from './guidance.ts';
import { validateTariffs } from './tariffs.ts';
import type { TariffVersion } from '../../schemas/tariff.ts';

/** Where the content files live, relative to the content folder. */
export const contentFiles = {
	site: 'site.json',
	areas: 'areas.json',
	notices: 'outages/notices.json',
	/** Supply units (供电所); optional: without it, no unit is known. */
	units: 'units.json',
	guidance: 'guidance',
	/** Tariff versions (`tariffs/versions/<id>.json`) and the explanation pages. */
	tariffs: 'tariffs',
	/** Urgent alerts, one `<id>.json` file each; the folder is optional. */
	alerts: 'alerts',
	/** Who hears about outages through which channel (`npm run notify`); optional. */
	notify: 'notify.json',
} as const;

/** The validated content the site is built from, with every problem found on the way. */
export interface ContentSet {
	site?: SiteConfig;
	areas: Map<string, Area>;
	notices: Notice[];
	/** Supply units (content/units.json), in file order. */
	units: Unit[];
	/** Urgent alerts (content/alerts/*.json), by file name order. */
	alerts: Alert[];
	/** Tariff versions, oldest first (content/tariffs/versions/*.json). */
	tariffs?: TariffVersion[];
	/** The notification channels (content/notify.json), when the file exists and is valid. */
	notify?: NotifyConfig;
	problems: ContentProblem[];
}

export interface ValidateOptions {
	/** The project root: file names in messages are relative to it. Default: the current directory. */
	projectRoot?: string;
	/**
	 * The build's "now": the tariff explanation pages are checked against every version shown from this day on.
	 * Default: the build clock (`SITE_NOW`, see clock.ts), so `npm run check` and the build agree.
	 */
	now?: Date;
	/**
	 * Only these entries of outages/notices.json, as a segment's build validates its own notices
	 * (src/lib/build/segments/): the entries as written and their positions in the file (0-based), so that
	 * messages still name the file, the entry and its number there. Default: the whole file.
	 */
	notices?: NoticeEntries;
}

/** Some entries of outages/notices.json, with their positions in the file. */
export interface NoticeEntries {
	/** The entries, as parsed from the file (not validated). */
	entries: unknown[];
	/** The position (0-based) in the file of each entry. */
	numbers: number[];
}

/**
 * Reads and validates every content file in `contentDir` with the shared schemas, collecting all problems
 * rather than stopping at the first: schema errors per entry and field, then the rules across entries and
 * files (unique ids, area ids that exist), then warnings (short lead time).
 */
export function validateContent(contentDir: string, options: ValidateOptions = {}): ContentSet {
	const root = options.projectRoot ?? process.cwd();
	const display = (rel: string) => path.relative(root, path.join(contentDir, rel)).split(path.sep).join('/');
	const problems: ContentProblem[] = [];
	const set: ContentSet = { areas: new Map(), notices: [], units: [], alerts: [], problems };

	// site.json
	const siteFile = display(contentFiles.site);
	const siteRaw = readJsonFile(path.join(contentDir, contentFiles.site), siteFile);
	if (!siteRaw.ok) problems.push(siteRaw.problem);
	else {
		const parsed = siteSchema.safeParse(siteRaw.data, { error: bilingualErrorMap });
		if (parsed.success) set.site = parsed.data;
		else problems.push(...issuesToProblems(siteFile, parsed.error.issues, () => ({ depth: 0 })));
	}

	// areas.json
	const areasFile = display(contentFiles.areas);
	const areasRaw = readJsonFile(path.join(contentDir, contentFiles.areas), areasFile);
	if (!areasRaw.ok) problems.push(areasRaw.problem);
	else {
		const parsed = areaTreeSchema.safeParse(areasRaw.data, { error: bilingualErrorMap });
		if (!parsed.success) {
			problems.push(...issuesToProblems(areasFile, parsed.error.issues, (p) => locateArea(areasRaw.data, p)));
		} else {
			const flat = flattenAreaTree(parsed.data);
			set.areas = flat.areas;
			problems.push(...flat.problems.map((p) => ({ severity: 'error' as const, file: areasFile, ...p })));
		}
	}

	// outages/notices.json
	const noticesFile = display(contentFiles.notices);
	const subset = options.notices;
	const noticesRaw = subset
		? { ok: true as const, data: subset.entries, text: JSON.stringify(subset.entries) }
		: readJsonFile(path.join(contentDir, contentFiles.notices), noticesFile);
	const numberOf = (index: number) => subset?.numbers[index] ?? index;
	if (!noticesRaw.ok) problems.push(noticesRaw.problem);
	else if (!Array.isArray(noticesRaw.data)) {
		problems.push({ severity: 'error', file: noticesFile, en: 'must be a list of notices [ … ]', zh: '应为公告列表 [ … ]' });
	} else {
		const entries = noticesRaw.data;
		const seen = new Map<string, number>();
		entries.forEach((raw, index) => {
			const entry = noticeEntryName(raw, numberOf(index));
			const parsed = noticeSchema.safeParse(raw, { error: bilingualErrorMap });
			if (!parsed.success) {
				problems.push(...issuesToProblems(noticesFile, parsed.error.issues, () => ({ entry, depth: 0 })));
				return;
			}
			const notice = parsed.data;
			const first = seen.get(notice.id);
			if (first !== undefined) {
				problems.push({ severity: 'error', file: noticesFile, entry, field: 'id', en: `duplicate id "${notice.id}", first used by entry #${numberOf(first) + 1}: every notice keeps its own id for ever`, zh: `公告编号 "${notice.id}" 重复（第 ${numberOf(first) + 1} 条已使用），每条公告的编号须唯一且永久不变` });
				return;
			}
			seen.set(notice.id, index);
			set.notices.push(notice);
		});
	}

	// units.json (optional)
	const unitsFile = display(contentFiles.units);
	const units = validateUnits(path.join(contentDir, contentFiles.units), unitsFile, areasRaw.ok && set.areas.size > 0 ? set.areas : undefined, areasFile);
	set.units = units.units;
	problems.push(...units.problems);

	// Rules across files: area ids exist; unit ids exist; lead times.
	if (areasRaw.ok && set.areas.size > 0) {
		set.notices.forEach((n) => {
			n.areas.forEach((id, i) => {
				if (!set.areas.has(id)) {
					problems.push({ severity: 'error', file: noticesFile, entry: n.id, field: `areas[${i}]`, en: `unknown area id "${id}": it is not in ${areasFile}`, zh: `未知区域编号 "${id}"，${areasFile} 中没有此区域` });
				}
			});
		});
	}
	if (units.ok) {
		const unitIds = new Set(set.units.map((u) => u.id));
		for (const n of set.notices) {
			if (!unitIds.has(n.unit.id)) {
				problems.push({ severity: 'error', file: noticesFile, entry: n.id, field: 'unit.id', en: `unknown unit id "${n.unit.id}": it is not in ${unitsFile}`, zh: `未知供电所编号 "${n.unit.id}"，${unitsFile} 中没有此供电所` });
			}
		}
	}
	if (set.site) {
		const leadTimes = set.site.leadTimeHours;
		for (const n of set.notices) {
			const short = leadTimeShortfallHours(n, leadTimes);
			if (short > 0) {
				problems.push({ severity: 'warning', file: noticesFile, entry: n.id, field: 'start', en: `published ${leadTimeGivenHours(n)} h ahead; ${n.kind} outages need ${leadTimes[n.kind]} h`, zh: `提前 ${leadTimeGivenHours(n)} 小时发布，此类停电须提前 ${leadTimes[n.kind]} 小时` });
			}
		}
	}

	const known = new Map<string, string>();
	for (const [rel, raw] of [[contentFiles.site, siteRaw], [contentFiles.areas, areasRaw], [contentFiles.notices, noticesRaw]] as const) if (raw.ok) known.set(rel, raw.text);
	problems.push(...contentJunkProblems(contentDir, display, locateEntry(numberOf), known));
	problems.push(...validateAlerts(contentDir, display, set));
	problems.push(...validateNotify(contentDir, display, set));
	problems.push(...validateGuidance(path.join(contentDir, contentFiles.guidance), display(contentFiles.guidance)));
	const today = zonedDate(options.now ?? buildNow(), set.site?.timeZone ?? siteSchema.shape.timeZone.parse(undefined));
	const tariffs = validateTariffs(path.join(contentDir, contentFiles.tariffs), display(contentFiles.tariffs), today);
	set.tariffs = tariffs.versions;
	problems.push(...tariffs.problems);
	return set;
}

/**
 * Reads `alerts/*.json`: each file one alert, its name (a slug) its id. Checks the schema and that every area id
 * exists. A missing folder means no alerts.
 */
function validateAlerts(contentDir: string, display: (rel: string) => string, set: ContentSet): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let files: string[];
	try {
		files = readdirSync(path.join(contentDir, contentFiles.alerts)).filter((f) => !f.startsWith('.')).sort();
	} catch {
		return problems;
	}
	for (const name of files) {
		const file = display(`${contentFiles.alerts}/${name}`);
		const id = name.replace(/\.json$/, '');
		if (!name.endsWith('.json') || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
			problems.push({ severity: 'error', file, en: `"${name}" is not an alert file: name alerts <id>.json with lower-case letters, digits and hyphens`, zh: `"${name}" 不是预警文件，文件名须为 <编号>.json（小写字母、数字、连字符）` });
			continue;
		}
		const raw = readJsonFile(path.join(contentDir, contentFiles.alerts, name), file);
		if (!raw.ok) {
			problems.push(raw.problem);
			continue;
		}
		const parsed = alertSchema.safeParse(raw.data, { error: bilingualErrorMap });
		if (!parsed.success) {
			problems.push(...issuesToProblems(file, parsed.error.issues, () => ({ entry: id, depth: 0 })));
			continue;
		}
		let ok = true;
		if (set.areas.size > 0) {
			parsed.data.areas.forEach((areaId, i) => {
				if (!set.areas.has(areaId)) {
					ok = false;
					problems.push({ severity: 'error', file, entry: id, field: `areas[${i}]`, en: `unknown area id "${areaId}": it is not in ${display(contentFiles.areas)}`, zh: `未知区域编号 "${areaId}"，${display(contentFiles.areas)} 中没有此区域` });
				}
			});
		}
		if (ok) set.alerts.push({ id, ...parsed.data });
	}
	return problems;
}

/**
 * Reads `notify.json` (optional: a site without it sends no messages): the schema, and that every channel's area
 * ids exist. Secrets are not checked here: they exist only where `npm run notify` runs.
 */
function validateNotify(contentDir: string, display: (rel: string) => string, set: ContentSet): ContentProblem[] {
	const abs = path.join(contentDir, contentFiles.notify);
	if (!existsSync(abs)) return [];
	const file = display(contentFiles.notify);
	const raw = readJsonFile(abs, file);
	if (!raw.ok) return [raw.problem];
	const parsed = notifyConfigSchema.safeParse(raw.data, { error: bilingualErrorMap });
	if (!parsed.success) {
		return issuesToProblems(file, parsed.error.issues, (p) => {
			const ch = p[0] === 'channels' && typeof p[1] === 'number' ? (raw.data as { channels?: Array<{ id?: unknown }> }).channels?.[p[1]] : undefined;
			return ch ? { entry: typeof ch.id === 'string' ? ch.id : `channels[${String(p[1])}]`, depth: 2 } : { depth: 0 };
		});
	}
	const problems: ContentProblem[] = [];
	if (set.areas.size > 0) {
		for (const ch of parsed.data.channels) {
			ch.areas.forEach((id, i) => {
				if (!set.areas.has(id)) problems.push({ severity: 'error', file, entry: ch.id, field: `areas[${i}]`, en: `unknown area id "${id}": it is not in ${display(contentFiles.areas)}`, zh: `未知区域编号 "${id}"，${display(contentFiles.areas)} 中没有此区域` });
			});
		}
	}
	if (problems.length === 0) set.notify = parsed.data;
	return problems;
}

/**
 * Reads `units.json`: the schema of each unit, ids unique, every name and other name used by one unit only (the
 * importer finds units by them), and every area id known (`areas` undefined: the area tree itself is broken, so
 * area ids are not checked). A missing file means no units (`ok` true, none listed); a file that cannot be read
 * is `ok` false, and unit ids on notices are then not checked.
 */
export function validateUnits(file: string, display: string, areas: ReadonlyMap<string, Area> | undefined, areasFile: string): { ok: boolean; units: Unit[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const units: Unit[] = [];
	if (!existsSync(file)) return { ok: true, units, problems };
	const raw = readJsonFile(file, display);
	if (!raw.ok) return { ok: false, units, problems: [raw.problem] };
	const list = (raw.data as { units?: unknown } | null)?.units;
	if (!raw.data || typeof raw.data !== 'object' || Array.isArray(raw.data) || !Array.isArray(list)) {
		return { ok: false, units, problems: [{ severity: 'error', file: display, en: 'must be { "units": [ … ] }: the supply units under "units"', zh: '应为 { "units": [ … ] }：供电所列在 "units" 下' }] };
	}
	const ids = new Map<string, number>();
	const names = new Map<string, string>();
	list.forEach((entryRaw, index) => {
		const entry = noticeEntryName(entryRaw, index);
		const parsed = unitSchema.safeParse(entryRaw, { error: bilingualErrorMap });
		if (!parsed.success) {
			problems.push(...issuesToProblems(display, parsed.error.issues, () => ({ entry, depth: 0 })));
			return;
		}
		const unit = parsed.data;
		const first = ids.get(unit.id);
		if (first !== undefined) {
			problems.push({ severity: 'error', file: display, entry, field: 'id', en: `duplicate id "${unit.id}", first used by entry #${first + 1}`, zh: `供电所编号 "${unit.id}" 重复（第 ${first + 1} 条已使用）` });
			return;
		}
		ids.set(unit.id, index);
		[unit.name.zh, ...unit.otherNames].forEach((name, i) => {
			const key = unitNameKey(name);
			const owner = names.get(key);
			const field = i === 0 ? 'name.zh' : `otherNames[${i - 1}]`;
			if (owner !== undefined && owner !== unit.id) {
				problems.push({ severity: 'error', file: display, entry, field, en: `"${name}" is already a name of unit "${owner}": the importer could not tell them apart`, zh: `"${name}" 已是供电所 "${owner}" 的名称：导入时无法区分` });
			} else names.set(key, unit.id);
		});
		if (areas) {
			unit.areas.forEach((id, i) => {
				if (!areas.has(id)) problems.push({ severity: 'error', file: display, entry, field: `areas[${i}]`, en: `unknown area id "${id}": it is not in ${areasFile}`, zh: `未知区域编号 "${id}"，${areasFile} 中没有此区域` });
			});
		}
		units.push(unit);
	});
	return { ok: true, units, problems };
}

/** Whether any problem is an error (warnings do not stop a build). */
export function hasErrors(problems: ContentProblem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** Where an issue is: the entry it belongs to, and how many leading path keys name that entry. */
type Locate = (path: readonly PropertyKey[]) => { entry?: string; depth: number };

/** Converts zod issues into located problems: file > entry > field. */
export function issuesToProblems(file: string, issues: z.core.$ZodIssue[], locate: Locate): ContentProblem[] {
	return issues.map((issue) => {
		const { entry, depth } = locate(issue.path);
		return {
			severity: 'error',
			file,
			entry,
			field: formatPath(issue.path.slice(depth)) || undefined,
			...issueText(issue),
		};
	});
}

function noticeEntryName(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? `${id} (#${index + 1})` : `#${index + 1}`;
}

/**
 * Which entry of a content JSON file a value is in: a notice (named by its number in the file, `numberOf` mapping a
 * segment's entries back), an area (by its chain of ids), an alert.
 */
const locateEntry =
	(numberOf: (index: number) => number): LocateEntry =>
	(relFile, data, valuePath) => {
	if (relFile === contentFiles.notices && typeof valuePath[0] === 'number' && Array.isArray(data)) {
		return { entry: noticeEntryName(data[valuePath[0]], numberOf(valuePath[0])), depth: 1 };
	}
	if (relFile === contentFiles.areas) return locateArea(data, valuePath);
	if (relFile.startsWith(`${contentFiles.alerts}/`)) return { entry: path.posix.basename(relFile, '.json'), depth: 0 };
	return { depth: 0 };
};

/** Locates an issue in the area tree: the chain of ids from the top down to the node it is about. */
function locateArea(tree: unknown, issuePath: readonly PropertyKey[]): { entry?: string; depth: number } {
	const ids: string[] = [];
	let nodes = tree as Array<{ id?: unknown; children?: unknown }> | undefined;
	let depth = 0;
	while (depth < issuePath.length) {
		const key = issuePath[depth];
		if (typeof key !== 'number' || !Array.isArray(nodes)) break;
		const node = nodes[key];
		ids.push(typeof node?.id === 'string' ? node.id : `#${key + 1}`);
		depth++;
		if (issuePath[depth] !== 'children' || typeof issuePath[depth + 1] !== 'number') break;
		nodes = node?.children as typeof nodes;
		depth++;
	}
	return { entry: ids.join(' > ') || undefined, depth };
}
