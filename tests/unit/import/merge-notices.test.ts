import { describe, expect, test } from 'vitest';
import { mergeNotices, WITHDRAWN } from '../../../src/lib/import/merge.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { existing, NOW, options, PUBLISHED, row } from './merge-builders.ts';

// mergeNotices on its own, with notices and rows built for it (merge-builders.ts): what the import does to each notice, to the field.
// (merge.test.ts runs the same rules through the whole import, from an export file to notices.json.)

/** A notice on `day` (YYYY-MM-DD) 08:00–12:00 in the utility's zone. */
const onDay = (id: string, day: string, over: Partial<Notice> = {}): Notice =>
	existing({ id, sourceId: id.toUpperCase(), start: `${day}T08:00:00+08:00`, end: `${day}T12:00:00+08:00`, ...over });

describe('one changed field: an amendment naming it, in both languages', () => {
	test.each([
		['kind', { kind: 'temporary' as const }, '停电类型', 'type', (n: Notice) => n.kind, 'temporary'],
		[
			'areas',
			{ areas: ['guanmou-cun', 'guanmou-jie'] },
			'停电区域',
			'areas',
			(n: Notice) => n.areas,
			['guanmou-cun', 'guanmou-jie'],
		],
		['scope', { scope: { zh: '关牟村全部' } }, '停电范围', 'scope', (n: Notice) => n.scope, { zh: '关牟村全部' }],
		['line', { line: { zh: '10kV 茶园线' } }, '停电线路', 'line', (n: Notice) => n.line, { zh: '10kV 茶园线' }],
		['reason', { reason: { zh: '线路迁改' } }, '停电原因', 'reason', (n: Notice) => n.reason, { zh: '线路迁改' }],
		[
			'unit',
			{ unit: { id: 'chengdong', name: { zh: '城东供电所' }, phone: '0839-5550141' } },
			'供电所',
			'supply office',
			(n: Notice) => n.unit,
			{ id: 'chengdong', name: { zh: '城东供电所' }, phone: '0839-5550141' },
		],
		[
			'phone',
			{ unit: { id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550999' } },
			'联系电话',
			'phone',
			(n: Notice) => n.unit,
			{ id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550999' },
		],
	])('%s', (field, change, zh, en, read, value) => {
		const old = existing();
		const r = mergeNotices([old], [row(change)], options());
		expect(r.problems).toEqual([]);
		expect(r.unchanged).toEqual([]);
		expect(r.changes).toHaveLength(1);
		const c = r.changes[0];
		expect(c).toMatchObject({ type: 'amended', id: 'qs-1', row: 2, fields: [field] });
		expect(c.before).toBe(old);
		expect(read(c.after)).toEqual(value);
		expect(c.after).toMatchObject({
			lifecycle: 'published',
			start: old.start,
			end: old.end,
			publishedAt: PUBLISHED,
			updatedAt: NOW,
			revision: 2,
		});
		expect(c.after.history).toEqual([
			...old.history,
			{ revision: 2, at: NOW, event: 'amended', note: { zh: `变更：${zh}`, en: `Changed: ${en}` } },
		]);
		expect(r.notices).toEqual([c.after]);
	});

	test('a changed text loses its English translation; the unchanged ones keep theirs', () => {
		const old = existing({
			line: { zh: '10kV 关牟线', en: 'Guanmou line' },
			reason: { zh: '更换老旧电杆', en: 'Replacing old poles' },
		});
		const r = mergeNotices([old], [row({ reason: { zh: '线路迁改' } })], options());
		expect(r.changes[0].after).toMatchObject({
			scope: old.scope,
			line: old.line,
			reason: { zh: '线路迁改' },
			unit: old.unit,
		});
		expect(r.changes[0].after.reason).not.toHaveProperty('en');
	});

	test('several fields: listed in a fixed order, joined 、 and ,', () => {
		const r = mergeNotices(
			[existing()],
			[
				row({
					unit: { id: 'chengdong', name: { zh: '城东供电所' }, phone: '0839-5550999' },
					kind: 'other',
					scope: { zh: '关牟街' },
				}),
			],
			options(),
		);
		expect(r.changes[0].fields).toEqual(['kind', 'scope', 'unit', 'phone']);
		expect(r.changes[0].after.history.at(-1)?.note).toEqual({
			zh: '变更：停电类型、停电范围、供电所、联系电话',
			en: 'Changed: type, scope, supply office, phone',
		});
	});

	test.each([
		['the same areas in another order are no change', ['b-cun', 'a-cun'], 'unchanged', ['a-cun', 'b-cun']],
		['one area swapped for another is a change', ['a-cun', 'c-cun'], 'amended', ['a-cun', 'c-cun']],
		['an area added is a change', ['a-cun', 'b-cun', 'c-cun'], 'amended', ['a-cun', 'b-cun', 'c-cun']],
		['an area dropped is a change', ['a-cun'], 'amended', ['a-cun']],
	])('%s', (_, areas, outcome, after) => {
		const r = mergeNotices([existing({ areas: ['a-cun', 'b-cun'] })], [row({ areas })], options());
		expect(r.changes.map((c) => c.type)).toEqual(outcome === 'unchanged' ? [] : [outcome]);
		expect(r.notices[0].areas).toEqual(after);
	});
});

describe('a changed window: a reschedule from → to', () => {
	const moved = (start: string, end: string) => ({
		start: `2026-12-03T${start}:00+08:00`,
		end: `2026-12-03T${end}:00+08:00`,
	});
	test.each([
		['only the end moves (the outage is extended)', moved('08:00', '19:00')],
		['only the start moves', moved('09:00', '17:30')],
		['both move', moved('10:00', '12:00')],
	])('%s', (_, window) => {
		const old = existing();
		const r = mergeNotices([old], [row(window)], options());
		expect(r.changes).toHaveLength(1);
		expect(r.changes[0]).toMatchObject({ type: 'rescheduled', fields: ['window'] });
		expect(r.changes[0].after).toMatchObject({ ...window, revision: 2, updatedAt: NOW });
		expect(r.changes[0].after.history.at(-1)).toEqual({
			revision: 2,
			at: NOW,
			event: 'rescheduled',
			from: { start: old.start, end: old.end },
			to: window,
		});
	});

	test('with other changes: the note lists them as "also changed"', () => {
		const r = mergeNotices(
			[existing()],
			[row({ ...moved('09:00', '12:00'), line: { zh: '10kV 茶园线' }, reason: { zh: '线路迁改' } })],
			options(),
		);
		expect(r.changes[0]).toMatchObject({ type: 'rescheduled', fields: ['window', 'line', 'reason'] });
		expect(r.changes[0].after.history.at(-1)?.note).toEqual({
			zh: '同时变更：停电线路、停电原因',
			en: 'Also changed: line, reason',
		});
	});

	test('the same instants written with another offset are the same window, kept as first written', () => {
		const old = existing();
		const r = mergeNotices([old], [row({ start: '2026-12-03T00:00:00Z', end: '2026-12-03T09:30:00Z' })], options());
		expect(r.changes).toEqual([]);
		expect(r.unchanged).toEqual(['qs-1']);
		expect(r.notices[0]).toBe(old);
	});
});

describe('a cancelled notice listed again is reinstated', () => {
	const cancelled = () =>
		existing({
			lifecycle: 'cancelled',
			revision: 2,
			updatedAt: '2026-11-25T10:00:00+08:00',
			history: [
				{ revision: 1, at: PUBLISHED, event: 'published' },
				{ revision: 2, at: '2026-11-25T10:00:00+08:00', event: 'cancelled', note: WITHDRAWN },
			],
			cancellation: { at: '2026-11-25T10:00:00+08:00', reason: WITHDRAWN },
		});
	test.each([
		['as it was', {}, [], 'amended', { zh: '恢复执行', en: 'Reinstated' }],
		[
			'with a new reason',
			{ reason: { zh: '线路迁改' } },
			['reason'],
			'amended',
			{ zh: '恢复执行；变更：停电原因', en: 'Reinstated; changed: reason' },
		],
		[
			'on another day',
			{ start: '2026-12-04T08:00:00+08:00', end: '2026-12-04T17:30:00+08:00' },
			['window'],
			'rescheduled',
			{ zh: '恢复执行', en: 'Reinstated' },
		],
	])('%s', (_, change, fields, event, note) => {
		const r = mergeNotices([cancelled()], [row(change)], options());
		expect(r.problems).toEqual([]);
		expect(r.changes).toHaveLength(1);
		expect(r.changes[0]).toMatchObject({ type: 'reinstated', fields });
		const after = r.changes[0].after;
		expect(after).toMatchObject({ lifecycle: 'published', revision: 3, updatedAt: NOW });
		expect(after).not.toHaveProperty('cancellation');
		expect(after.history.at(-1)).toMatchObject({ revision: 3, at: NOW, event, note });
	});
});

describe('unchanged notices are left exactly as they were', () => {
	test('the same row twice over: no change, no new revision, the very same notice', () => {
		const old = existing({ scope: { zh: '关牟村1-5组', en: 'Guanmou groups 1 to 5' } });
		const r = mergeNotices([old], [row()], options());
		expect(r).toMatchObject({ changes: [], unchanged: ['qs-1'], missing: [], problems: [] });
		expect(r.notices[0]).toBe(old);
	});

	test('a notice written by hand takes the plan number of its row, without a new revision', () => {
		const old = existing({ sourceId: undefined });
		const r = mergeNotices([old], [row()], options());
		expect(r.changes).toEqual([]);
		expect(r.unchanged).toEqual(['qs-1']);
		expect(r.notices[0]).toEqual({ ...old, sourceId: 'QS-1' });
	});

	test("a row without a plan number leaves a notice's plan number alone", () => {
		const old = existing();
		const r = mergeNotices(
			[old],
			[row({ sourceId: undefined }, { sourceId: undefined, keyedBySourceId: false })],
			options(),
		);
		expect(r.unchanged).toEqual(['qs-1']);
		expect(r.notices[0]).toBe(old);
	});
});

describe('which notice a row updates', () => {
	test('by plan number, whatever id the row would give', () => {
		const old = existing({ id: 'qs-20261203-01' });
		const r = mergeNotices([old], [row({ id: 'qs-1', reason: { zh: '线路迁改' } })], options());
		expect(r.changes.map((c) => [c.type, c.id])).toEqual([['amended', 'qs-20261203-01']]);
		expect(r.notices.map((n) => n.id)).toEqual(['qs-20261203-01']);
		// Listed under its plan number, so not missing, though no row has its id.
		expect(r.missing).toEqual([]);
	});

	test("by plan number before id: a plan number keeps its notice even where another notice has the row's id", () => {
		const byPlan = existing({ id: 'qs-20261203-01' });
		const byId = existing({ id: 'qs-1', sourceId: undefined, line: { zh: '10kV 茶园线' } });
		const r = mergeNotices([byId, byPlan], [row({ id: 'qs-1' })], options());
		expect(r.unchanged).toEqual(['qs-20261203-01']);
		expect(r.changes).toEqual([]);
	});

	test('the first notice to hold a plan number keeps it', () => {
		const first = existing({ id: 'qs-a' });
		const second = existing({ id: 'qs-b' });
		const r = mergeNotices([first, second], [row({ id: 'qs-c', reason: { zh: '线路迁改' } })], options());
		expect(r.changes.map((c) => c.id)).toEqual(['qs-a']);
	});

	test('by id, where the row has no plan number', () => {
		const old = existing({ id: 'imp-20261203-0abc1234', sourceId: undefined });
		const fresh = row(
			{ id: 'imp-20261203-0abc1234', sourceId: undefined, reason: { zh: '线路迁改' } },
			{ sourceId: undefined, keyedBySourceId: false },
		);
		const r = mergeNotices([old], [fresh], options());
		expect(r.changes.map((c) => [c.type, c.id])).toEqual([['amended', 'imp-20261203-0abc1234']]);
	});

	test('an unknown plan number is a new notice, published as the row says', () => {
		const fresh = row({ id: 'qs-2', sourceId: 'QS-2' });
		const r = mergeNotices([existing()], [fresh], options());
		expect(r.changes).toEqual([{ type: 'added', id: 'qs-2', row: 2, after: fresh.notice, fields: [] }]);
		expect(r.notices).toEqual([existing(), fresh.notice]);
		expect(r.missing).toEqual([existing()]);
	});

	test("a plan number whose id another plan's notice holds is refused: ids are never reused", () => {
		const other = existing({ id: 'qs-1', sourceId: 'QS 1' });
		const r = mergeNotices([other], [row({ reason: { zh: '线路迁改' } })], options());
		expect(r.problems).toEqual([
			{
				severity: 'error',
				file: 'plan.csv',
				row: 2,
				column: 'A',
				header: '计划编号',
				value: 'QS-1',
				en: 'gives the id "qs-1", already used by the notice for plan number "QS 1"; notice ids are never reused',
				zh: '生成的公告编号 "qs-1" 已被计划编号 "QS 1" 的公告使用；公告编号不可重复使用',
			},
		]);
		expect(r.changes).toEqual([]);
		expect(r.notices).toEqual([other]);
		// The refused row still names that notice: it is not missing from the export.
		expect(r.missing).toEqual([]);
	});
});

describe('a row listed twice is an error on the second', () => {
	test.each([
		[
			'by plan number',
			true,
			{
				value: 'QS-1',
				en: 'the plan number is also on row 2: each plan is listed once',
				zh: '计划编号与第 2 行重复：每个计划只能列一次',
			},
		],
		[
			'by line, scope and day',
			false,
			{
				value: '关牟村1-5组',
				en: 'same line, scope and day as row 2 (and neither has a plan number): list it once, or give both plan numbers',
				zh: '与第 2 行的线路、范围和日期相同（且都没有计划编号）：请只列一次，或填写计划编号',
			},
		],
	])('%s', (_, keyedBySourceId, message) => {
		const sourceId = keyedBySourceId ? 'QS-1' : undefined;
		const at = {
			sourceId,
			keyedBySourceId,
			idCell: { column: keyedBySourceId ? 'A' : 'F', header: keyedBySourceId ? '计划编号' : '停电范围' },
		};
		const first = row({ sourceId }, at);
		const second = row({ sourceId, reason: { zh: '线路迁改' } }, { ...at, row: 5 });
		const r = mergeNotices([], [first, second], options());
		expect(r.problems).toEqual([{ severity: 'error', file: 'plan.csv', row: 5, ...at.idCell, ...message }]);
		expect(r.changes.map((c) => [c.type, c.row])).toEqual([['added', 2]]);
		expect(r.notices).toEqual([first.notice]);
	});
});

describe('an update that would make an invalid notice is refused, naming the notice and the clock', () => {
	test('a clock before the notice was published', () => {
		const old = existing();
		const r = mergeNotices(
			[old],
			[row({ reason: { zh: '线路迁改' } })],
			options({ nowIso: '2026-11-19T09:00:00+08:00' }),
		);
		expect(r.changes).toEqual([]);
		expect(r.notices).toEqual([old]);
		expect(r.problems).toEqual([
			{
				severity: 'error',
				file: 'plan.csv',
				row: 2,
				en: `cannot update notice qs-1 at 2026-11-19T09:00:00+08:00 (the import's clock: --now / IMPORT_NOW): updatedAt must not be before publishedAt ${PUBLISHED}`,
				zh: '无法在 2026-11-19T09:00:00+08:00（导入时间，见 --now / IMPORT_NOW）更新公告 qs-1：updatedAt 更新时间不能早于发布时间',
			},
		]);
	});
});

describe("the export's date span, and the notices in it that the export no longer lists", () => {
	test('the span runs from the earliest to the latest row, whatever their order', () => {
		const rows = ['2026-12-10', '2026-12-08', '2026-12-14', '2026-12-09'].map((d, i) =>
			row({ ...onDay(`qs-r${i}`, d) }, { row: i + 2 }),
		);
		expect(mergeNotices([], rows, options()).span).toEqual({ from: '2026-12-08', to: '2026-12-14' });
	});

	test('no rows: no span, nothing missing', () => {
		const r = mergeNotices([onDay('qs-a', '2026-12-03')], [], options());
		expect(r).toMatchObject({ span: undefined, missing: [], changes: [], unchanged: [] });
	});

	test('published notices from the first to the last day inclusive are missing; others, and those listed, are not', () => {
		const listed = onDay('qs-listed', '2027-01-05');
		const notices = [
			onDay('qs-before', '2027-01-04'),
			onDay('qs-first-day', '2027-01-05'),
			// 00:30 on the last day in the utility's zone, written in UTC (still the day before there).
			onDay('qs-last-day', '2027-01-09', { start: '2027-01-08T16:30:00Z', end: '2027-01-08T18:00:00Z' }),
			onDay('qs-after', '2027-01-10'),
			onDay('qs-cancelled', '2027-01-06', {
				lifecycle: 'cancelled',
				cancellation: { at: PUBLISHED, reason: WITHDRAWN },
			}),
			listed,
		];
		const rows = [row({ ...onDay('qs-late', '2027-01-09') }, { row: 3 }), row({ ...listed }, { row: 2 })];
		const r = mergeNotices(notices, rows, options());
		expect(r.span).toEqual({ from: '2027-01-05', to: '2027-01-09' });
		expect(r.missing.map((n) => n.id)).toEqual(['qs-first-day', 'qs-last-day']);
		// Listed only: nothing is cancelled without --cancel-missing, nothing dropped.
		expect(r.changes.map((c) => [c.type, c.id])).toEqual([['added', 'qs-late']]);
		expect(r.notices.map((n) => n.id)).toEqual([...notices.map((n) => n.id), 'qs-late']);
		expect(r.problems).toEqual([]);
	});

	test('--cancel-missing cancels those not yet begun, with history; one already begun is left, with a warning', () => {
		const later = onDay('qs-later', '2026-12-05');
		const begun = onDay('qs-begun', '2026-12-03', {
			start: '2026-12-03T08:00:00+08:00',
			end: '2026-12-03T17:30:00+08:00',
		});
		const listed = onDay('qs-listed', '2026-12-03');
		const rows = [row({ ...listed }), row({ ...onDay('qs-end', '2026-12-06') }, { row: 3 })];
		// The import runs at the very minute qs-begun starts.
		const r = mergeNotices(
			[later, begun, listed],
			rows,
			options({ cancelMissing: true, nowIso: '2026-12-03T08:00:00+08:00' }),
		);
		expect(r.missing.map((n) => n.id)).toEqual(['qs-later', 'qs-begun']);
		expect(r.changes.map((c) => [c.type, c.id])).toEqual([
			['added', 'qs-end'],
			['cancelled', 'qs-later'],
		]);
		const cancelled = r.changes[1];
		expect(cancelled).toEqual({
			type: 'cancelled',
			id: 'qs-later',
			before: later,
			after: {
				...later,
				lifecycle: 'cancelled',
				updatedAt: '2026-12-03T08:00:00+08:00',
				revision: 2,
				history: [
					...later.history,
					{ revision: 2, at: '2026-12-03T08:00:00+08:00', event: 'cancelled', note: WITHDRAWN },
				],
				cancellation: { at: '2026-12-03T08:00:00+08:00', reason: WITHDRAWN },
			},
			fields: [],
		});
		expect(r.notices.find((n) => n.id === 'qs-later')).toEqual(cancelled.after);
		expect(r.notices.find((n) => n.id === 'qs-begun')).toBe(begun);
		expect(r.notices.find((n) => n.id === 'qs-listed')).toBe(listed);
		expect(r.problems).toEqual([
			{
				severity: 'warning',
				file: 'plan.csv',
				en: 'qs-begun is missing from the export but started at 2026-12-03 08:00, before this import: not cancelled',
				zh: 'qs-begun 不在导出中，但已于 2026-12-03 08:00 开始（早于本次导入）：不予取消',
			},
		]);
	});

	test('a cancellation that would make an invalid notice is refused, naming the notice and the field', () => {
		const later = onDay('qs-later', '2026-12-05');
		const r = mergeNotices(
			[later],
			[row({ ...onDay('qs-x', '2026-12-05') })],
			options({ cancelMissing: true, nowIso: '2026-11-19T09:00:00+08:00' }),
		);
		expect(r.changes.map((c) => c.type)).toEqual(['added']);
		expect(r.notices[0]).toBe(later);
		expect(r.problems).toEqual([
			{
				severity: 'error',
				file: 'plan.csv',
				en: `cannot cancel notice qs-later at 2026-11-19T09:00:00+08:00 (the import's clock: --now / IMPORT_NOW): updatedAt must not be before publishedAt ${PUBLISHED}`,
				zh: '无法在 2026-11-19T09:00:00+08:00（导入时间，见 --now / IMPORT_NOW）取消公告 qs-later：updatedAt 更新时间不能早于发布时间',
			},
		]);
	});
});

describe('the change list and the unchanged list are in id order', () => {
	test('whatever the order of the rows', () => {
		const ids = ['qs-c', 'qs-a', 'qs-b'];
		const old = ids.map((id) => onDay(id, '2026-12-03'));
		const rows = [
			...ids.map((id, i) => row({ ...onDay(id, '2026-12-03'), reason: { zh: '线路迁改' } }, { row: i + 2 })),
			...['qs-f', 'qs-d', 'qs-e'].map((id, i) => row({ ...onDay(id, '2026-12-03') }, { row: i + 10 })),
		];
		const r = mergeNotices(
			[...old, ...['qs-z', 'qs-x', 'qs-y'].map((id) => onDay(id, '2026-12-03'))],
			[...rows, ...['qs-z', 'qs-x', 'qs-y'].map((id, i) => row({ ...onDay(id, '2026-12-03') }, { row: i + 20 }))],
			options(),
		);
		expect(r.changes.map((c) => c.id)).toEqual(['qs-a', 'qs-b', 'qs-c', 'qs-d', 'qs-e', 'qs-f']);
		expect(r.unchanged).toEqual(['qs-x', 'qs-y', 'qs-z']);
	});
});
