import { bilingualErrorMap } from '../../schemas/errors.ts';
import { noticeSchema, type HistoryEntry, type Notice } from '../../schemas/notice.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import { issueText } from '../../schemas/errors.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportedRow } from './rows.ts';
import type { ZonedClock } from './zoned.ts';
import { byCodeUnit } from '../order.ts';

/** What the import does to one notice. */
export interface NoticeChange {
	type: 'added' | 'rescheduled' | 'amended' | 'reinstated' | 'cancelled' | 'restored';
	id: string;
	/** The export row it came from (absent for a cancellation of a notice missing from the export). */
	row?: number;
	before?: Notice;
	after: Notice;
	/** The fields that changed, e.g. `scope`, `reason`. */
	fields: string[];
}

export interface MergeOptions {
	file: string;
	/** The import's clock, ISO 8601 in the utility's zone: the time of every history entry the import adds. */
	nowIso: string;
	clock: ZonedClock;
	/** Cancel the notices missing from the export within its date span (those not yet started at the import's clock). */
	cancelMissing: boolean;
}

export interface MergeResult {
	/** Every notice, old and new: nothing is ever dropped. */
	notices: Notice[];
	/** Added, changed and (with --cancel-missing) cancelled notices, by id. */
	changes: NoticeChange[];
	/** Ids of notices in the export that did not change. */
	unchanged: string[];
	/** Published notices inside the export's date span that the export does not list (cancelled with --cancel-missing). */
	missing: Notice[];
	/** The export's first and last outage day (YYYY-MM-DD), if it has rows. */
	span?: { from: string; to: string };
	problems: ImportProblem[];
}

/** Field names in both languages, for history notes and the change list. */
export const FIELD_NAMES: Record<string, LocalizedText & { en: string }> = {
	window: { zh: '停电时间', en: 'time' },
	kind: { zh: '停电类型', en: 'type' },
	areas: { zh: '停电区域', en: 'areas' },
	scope: { zh: '停电范围', en: 'scope' },
	line: { zh: '停电线路', en: 'line' },
	reason: { zh: '停电原因', en: 'reason' },
	unit: { zh: '供电所', en: 'supply office' },
	phone: { zh: '联系电话', en: 'phone' },
	substation: { zh: '变电站', en: 'substation' },
	transformerDistricts: { zh: '台区', en: 'transformer districts' },
	restoredAt: { zh: '实际送电时间', en: 'actual restoration' },
};

/** Why a notice missing from the export is cancelled, as shown to readers. */
export const WITHDRAWN: LocalizedText = {
	zh: '该停电计划已从调度计划中撤销，不再停电。',
	en: 'This outage has been withdrawn from the outage plan and will not take place.',
};

/**
 * Merges the export's rows into the existing notices. Never deletes: a notice the export does not list is kept, and
 * only listed as missing (or, with `cancelMissing`, cancelled) when its day is inside the export's date span.
 * A changed window adds a `rescheduled` history entry (from → to), any other change an `amended` one; either raises
 * the revision. An unchanged notice is left exactly as it was, so importing the same export twice changes nothing.
 */
export function mergeNotices(existing: Notice[], rows: ImportedRow[], options: MergeOptions): MergeResult {
	const problems: ImportProblem[] = [];
	const byId = new Map(existing.map((n) => [n.id, n]));
	// Only notices with a plan number are entered, so a row without one (key undefined) finds none here.
	const bySource = new Map<string | undefined, Notice>();
	for (const n of existing) if (n.sourceId !== undefined && !bySource.has(n.sourceId)) bySource.set(n.sourceId, n);
	const result = new Map(byId);
	const matched = new Set<string>();
	const changes: NoticeChange[] = [];
	const unchanged: string[] = [];
	const seen = new Map<string, ImportedRow>();

	for (const row of rows) {
		const first = seen.get(row.id);
		if (first) {
			problems.push({
				severity: 'error',
				file: options.file,
				row: row.row,
				...row.idCell,
				value: row.sourceId ?? row.notice.scope.zh,
				...(row.keyedBySourceId
					? {
							en: `the plan number is also on row ${first.row}: each plan is listed once`,
							zh: `计划编号与第 ${first.row} 行重复：每个计划只能列一次`,
						}
					: {
							en: `same line, scope and day as row ${first.row} (and neither has a plan number): list it once, or give both plan numbers`,
							zh: `与第 ${first.row} 行的线路、范围和日期相同（且都没有计划编号）：请只列一次，或填写计划编号`,
						}),
			});
			continue;
		}
		seen.set(row.id, row);

		let old = bySource.get(row.sourceId);
		if (!old) {
			const sameId = byId.get(row.id);
			// No notice holds the row's plan number (bySource found none), so a plan number on sameId is another one.
			if (sameId && row.sourceId !== undefined && sameId.sourceId !== undefined) {
				problems.push({
					severity: 'error',
					file: options.file,
					row: row.row,
					...row.idCell,
					value: row.sourceId,
					en: `gives the id "${row.id}", already used by the notice for plan number "${sameId.sourceId}"; notice ids are never reused`,
					zh: `生成的公告编号 "${row.id}" 已被计划编号 "${sameId.sourceId}" 的公告使用；公告编号不可重复使用`,
				});
				continue;
			}
			old = sameId;
		}
		if (!old) {
			const added = row.restoredAt ? withRestoration(row.notice, row.restoredAt, options.nowIso) : row.notice;
			const parsed = noticeSchema.safeParse(added, { error: bilingualErrorMap });
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					const { en, zh } = issueText(issue);
					problems.push({
						severity: 'error',
						file: options.file,
						row: row.row,
						en: `${issue.path.join('.')} ${en}`,
						zh: `${issue.path.join('.')} ${zh}`,
					});
				}
				continue;
			}
			result.set(row.id, parsed.data);
			changes.push({ type: 'added', id: row.id, row: row.row, after: parsed.data, fields: [] });
			continue;
		}
		matched.add(old.id);
		const merged = restoreOne(mergeOne(old, row, options.nowIso), old, row, options.nowIso);
		if (!merged.change) {
			unchanged.push(old.id);
			result.set(old.id, merged.notice);
			continue;
		}
		const parsed = noticeSchema.safeParse(merged.notice, { error: bilingualErrorMap });
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const { en, zh } = issueText(issue);
				problems.push({
					severity: 'error',
					file: options.file,
					row: row.row,
					en: `cannot update notice ${old.id} at ${options.nowIso} (the import's clock: --now / IMPORT_NOW): ${issue.path.join('.')} ${en}`,
					zh: `无法在 ${options.nowIso}（导入时间，见 --now / IMPORT_NOW）更新公告 ${old.id}：${issue.path.join('.')} ${zh}`,
				});
			}
			continue;
		}
		result.set(old.id, parsed.data);
		changes.push({ ...merged.change, id: old.id, row: row.row, before: old, after: parsed.data });
	}

	// Imported times are written in the utility's zone, so their first ten characters are the local date.
	const days = [...seen.values()].map((r) => r.notice.start.slice(0, 10)).sort();
	const span = days.length > 0 ? { from: days[0], to: days[days.length - 1] } : undefined;
	const missing: Notice[] = [];
	if (span) {
		const { from, to } = span;
		for (const n of existing) {
			if (matched.has(n.id) || n.lifecycle !== 'published' || seen.has(n.id)) continue;
			const d = options.clock.dateOf(n.start);
			const day = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
			if (day < from || day > to) continue;
			missing.push(n);
			if (options.cancelMissing && Date.parse(n.start) <= Date.parse(options.nowIso)) {
				// An outage that has already begun cannot be called off by a notice: list it, leave it.
				problems.push({
					severity: 'warning',
					file: options.file,
					en: `${n.id} is missing from the export but started at ${n.start.slice(0, 16).replace('T', ' ')}, before this import: not cancelled`,
					zh: `${n.id} 不在导出中，但已于 ${n.start.slice(0, 16).replace('T', ' ')} 开始（早于本次导入）：不予取消`,
				});
				continue;
			}
			if (options.cancelMissing) {
				const after = cancel(n, options.nowIso);
				const parsed = noticeSchema.safeParse(after, { error: bilingualErrorMap });
				if (!parsed.success) {
					const issue = parsed.error.issues[0];
					const { en, zh } = issueText(issue);
					problems.push({
						severity: 'error',
						file: options.file,
						en: `cannot cancel notice ${n.id} at ${options.nowIso} (the import's clock: --now / IMPORT_NOW): ${issue.path.join('.')} ${en}`,
						zh: `无法在 ${options.nowIso}（导入时间，见 --now / IMPORT_NOW）取消公告 ${n.id}：${issue.path.join('.')} ${zh}`,
					});
					continue;
				}
				result.set(n.id, after);
				changes.push({ type: 'cancelled', id: n.id, before: n, after, fields: [] });
			}
		}
	}

	changes.sort((a, b) => byCodeUnit(a.id, b.id));
	unchanged.sort();
	return {
		notices: [...result.values()],
		changes,
		unchanged,
		missing,
		span,
		problems,
	};
}

function sameText(a: LocalizedText, zh: string): boolean {
	return a.zh === zh;
}

function sameSet(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

/** The existing notice brought up to date with its row, and what changed (nothing, if the row says the same). */
function mergeOne(
	old: Notice,
	row: ImportedRow,
	nowIso: string,
): { notice: Notice; change?: Pick<NoticeChange, 'type' | 'fields'> } {
	const fresh = row.notice;
	const sameWindow = Date.parse(old.start) === Date.parse(fresh.start) && Date.parse(old.end) === Date.parse(fresh.end);
	const fields: string[] = [];
	if (old.kind !== fresh.kind) fields.push('kind');
	if (!sameSet(old.areas, fresh.areas)) fields.push('areas');
	if (!sameText(old.scope, fresh.scope.zh)) fields.push('scope');
	if (!sameText(old.line, fresh.line.zh)) fields.push('line');
	if (!sameText(old.reason, fresh.reason.zh)) fields.push('reason');
	if (old.unit.id !== fresh.unit.id || !sameText(old.unit.name, fresh.unit.name.zh)) fields.push('unit');
	if (old.unit.phone !== fresh.unit.phone) fields.push('phone');
	// An export without the column says nothing about it: only a value it gives can change the notice.
	if (fresh.substation !== undefined && fresh.substation !== old.substation) fields.push('substation');
	if (
		fresh.transformerDistricts !== undefined &&
		(old.transformerDistricts ?? []).join('、') !== fresh.transformerDistricts.join('、')
	)
		fields.push('transformerDistricts');
	const reinstated = old.lifecycle === 'cancelled';
	// A notice first written by hand gets the plan number it now comes from; that alone is not a published change.
	const base: Notice =
		row.sourceId !== undefined && old.sourceId === undefined ? { ...old, sourceId: row.sourceId } : old;
	if (sameWindow && fields.length === 0 && !reinstated) return { notice: base };

	// Changed texts lose their English: a translation of the old text would now be wrong.
	const text = (oldText: LocalizedText, zh: string): LocalizedText => (oldText.zh === zh ? oldText : { zh });
	const revision = old.revision + 1;
	const names = fields.map((f) => FIELD_NAMES[f]);
	let note: LocalizedText | undefined;
	const listed = { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
	if (reinstated) {
		note = {
			zh: `恢复执行${names.length ? `；变更：${listed.zh}` : ''}`,
			en: `Reinstated${names.length ? `; changed: ${listed.en}` : ''}`,
		};
	} else if (!sameWindow) {
		if (names.length) note = { zh: `同时变更：${listed.zh}`, en: `Also changed: ${listed.en}` };
	} else note = { zh: `变更：${listed.zh}`, en: `Changed: ${listed.en}` };
	const entry: HistoryEntry = {
		revision,
		at: nowIso,
		event: sameWindow ? 'amended' : 'rescheduled',
		...(sameWindow ? {} : { from: { start: old.start, end: old.end }, to: { start: fresh.start, end: fresh.end } }),
		...(note ? { note } : {}),
	};
	const notice: Notice = {
		...base,
		kind: fresh.kind,
		lifecycle: 'published',
		start: sameWindow ? old.start : fresh.start,
		end: sameWindow ? old.end : fresh.end,
		areas: sameSet(old.areas, fresh.areas) ? old.areas : fresh.areas,
		scope: text(old.scope, fresh.scope.zh),
		line: text(old.line, fresh.line.zh),
		reason: text(old.reason, fresh.reason.zh),
		...(fields.includes('substation') ? { substation: fresh.substation } : {}),
		...(fields.includes('transformerDistricts') ? { transformerDistricts: fresh.transformerDistricts } : {}),
		unit: {
			id: fresh.unit.id,
			name: old.unit.name.zh === fresh.unit.name.zh ? old.unit.name : fresh.unit.name,
			phone: fresh.unit.phone,
		},
		updatedAt: nowIso,
		revision,
		history: [...old.history, entry],
	};
	delete notice.cancellation;
	const type = reinstated ? 'reinstated' : sameWindow ? 'amended' : 'rescheduled';
	return { notice, change: { type, fields: sameWindow ? fields : ['window', ...fields] } };
}

/**
 * A reported restoration (实际送电时间) applied on top of whatever else the row changed: a `restored` history
 * entry and one more revision, when the time is new or differs from the one recorded. A row without one leaves
 * a recorded restoration as it is: the export may simply not carry the column.
 */
function restoreOne(
	merged: ReturnType<typeof mergeOne>,
	old: Notice,
	row: ImportedRow,
	nowIso: string,
): ReturnType<typeof mergeOne> {
	if (row.restoredAt === undefined) return merged;
	if (old.restoredAt !== undefined && Date.parse(old.restoredAt) === Date.parse(row.restoredAt)) return merged;
	const notice = withRestoration(merged.notice, row.restoredAt, nowIso);
	const change = merged.change
		? { type: merged.change.type, fields: [...merged.change.fields, 'restoredAt'] }
		: { type: 'restored' as const, fields: ['restoredAt'] };
	return { notice, change };
}

/** `notice` with power back at `restoredAt`, recorded at `nowIso`: the field set, a `restored` entry, revision up. */
export function withRestoration(notice: Notice, restoredAt: string, nowIso: string): Notice {
	const revision = notice.revision + 1;
	return {
		...notice,
		restoredAt,
		updatedAt: nowIso,
		revision,
		history: [...notice.history, { revision, at: nowIso, event: 'restored', restoredAt }],
	};
}

/** A notice cancelled because the export no longer lists it. */
function cancel(n: Notice, nowIso: string): Notice {
	const revision = n.revision + 1;
	return {
		...n,
		lifecycle: 'cancelled',
		updatedAt: nowIso,
		revision,
		history: [...n.history, { revision, at: nowIso, event: 'cancelled', note: WITHDRAWN }],
		cancellation: { at: nowIso, reason: WITHDRAWN },
	};
}
