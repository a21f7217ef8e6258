import { describe, expect, test } from 'vitest';
import { mergeNotices, withRestoration } from '../../../src/lib/import/merge.ts';
import type { ImportedRow } from '../../../src/lib/import/rows.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { existing, NOW, options, row } from './merge-builders.ts';

// mergeNotices to the field, where merge-notices.test.ts leaves off: the optional columns (substation, 台区), a
// reported restoration, a supply office's name, a new row that is not a valid notice, and which notice a row
// without a plan number finds.

const amended = (fields: string[], zh: string, en: string) => ({
	type: 'amended',
	fields,
	note: { zh: `变更：${zh}`, en: `Changed: ${en}` },
});

describe('the optional columns change a notice only where the export gives them', () => {
	test.each<[string, Partial<Notice>, Partial<Notice>, ReturnType<typeof amended> | undefined]>([
		['no substation in the export: the recorded one stays', { substation: '35kV 关牟变' }, {}, undefined],
		['the same substation', { substation: '35kV 关牟变' }, { substation: '35kV 关牟变' }, undefined],
		[
			'another substation',
			{ substation: '35kV 关牟变' },
			{ substation: '110kV 青山变' },
			amended(['substation'], '变电站', 'substation'),
		],
		[
			'a substation where none was recorded',
			{},
			{ substation: '110kV 青山变' },
			amended(['substation'], '变电站', 'substation'),
		],
		['no 台区 in the export: the recorded ones stay', { transformerDistricts: ['关牟1号'] }, {}, undefined],
		[
			'the same 台区',
			{ transformerDistricts: ['关牟1号', '关牟2号'] },
			{ transformerDistricts: ['关牟1号', '关牟2号'] },
			undefined,
		],
		[
			'台区 in another order',
			{ transformerDistricts: ['关牟1号', '关牟2号'] },
			{ transformerDistricts: ['关牟2号', '关牟1号'] },
			amended(['transformerDistricts'], '台区', 'transformer districts'),
		],
		[
			'two 台区 become one whose name runs them together',
			{ transformerDistricts: ['关牟', '1号'] },
			{ transformerDistricts: ['关牟1号'] },
			amended(['transformerDistricts'], '台区', 'transformer districts'),
		],
		[
			'台区 where none were recorded',
			{},
			{ transformerDistricts: ['关牟1号'] },
			amended(['transformerDistricts'], '台区', 'transformer districts'),
		],
		['an empty list where none were recorded', {}, { transformerDistricts: [] }, undefined],
	])('%s', (_, before, fromRow, change) => {
		const old = existing(before);
		const r = mergeNotices([old], [row(fromRow)], options());
		expect(r.problems).toEqual([]);
		if (!change) {
			expect(r.changes).toEqual([]);
			expect(r.unchanged).toEqual(['qs-1']);
			expect(r.notices).toEqual([old]);
			return;
		}
		expect(r.unchanged).toEqual([]);
		expect(r.changes).toEqual([
			{
				type: change.type,
				id: 'qs-1',
				row: 2,
				before: old,
				after: {
					...old,
					...fromRow,
					updatedAt: NOW,
					revision: 2,
					history: [...old.history, { revision: 2, at: NOW, event: 'amended', note: change.note }],
				},
				fields: change.fields,
			},
		]);
		expect(r.notices).toEqual([r.changes[0].after]);
	});
});

describe("a supply office's name", () => {
	test.each([
		['the same office, its name with an English one recorded: kept whole', { zh: '关牟供电所' }, undefined],
		['the same office id, renamed', { zh: '关牟镇供电所' }, ['unit']],
	])('%s', (_, name, fields) => {
		const old = existing({
			unit: { id: 'guanmou', name: { zh: '关牟供电所', en: 'Guanmou office' }, phone: '0839-5550141' },
		});
		const r = mergeNotices([old], [row({ unit: { id: 'guanmou', name, phone: '0839-5550141' } })], options());
		expect(r.changes.map((c) => c.fields)).toEqual(fields ? [fields] : []);
		expect(r.notices[0].unit.name).toEqual(fields ? name : old.unit.name);
	});

	test('another field changed: the unchanged name keeps its English', () => {
		const unit = { id: 'guanmou', name: { zh: '关牟供电所', en: 'Guanmou office' }, phone: '0839-5550141' };
		const r = mergeNotices(
			[existing({ unit })],
			[row({ unit: { ...unit, name: { zh: '关牟供电所' }, phone: '0839-5550999' } })],
			options(),
		);
		expect(r.changes[0].fields).toEqual(['phone']);
		expect(r.changes[0].after.unit).toEqual({ ...unit, phone: '0839-5550999' });
	});
});

describe('a reported restoration (实际送电时间)', () => {
	const RESTORED = '2026-12-03T16:45:00+08:00';
	const restoredEntry = (revision: number, restoredAt = RESTORED) => ({
		revision,
		at: NOW,
		event: 'restored',
		restoredAt,
	});

	test('on a notice without one: recorded, with a history entry and a revision', () => {
		const old = existing();
		const r = mergeNotices([old], [row({}, { restoredAt: RESTORED })], options());
		expect(r.problems).toEqual([]);
		expect(r.changes).toEqual([
			{
				type: 'restored',
				id: 'qs-1',
				row: 2,
				before: old,
				after: {
					...old,
					restoredAt: RESTORED,
					updatedAt: NOW,
					revision: 2,
					history: [...old.history, restoredEntry(2)],
				},
				fields: ['restoredAt'],
			},
		]);
	});

	test.each([
		['the same instant, written in UTC', '2026-12-03T08:45:00Z'],
		['not given by the row', undefined],
	])('already recorded, and %s: no change', (_, restoredAt) => {
		const old = withRestoration(existing(), RESTORED, '2026-12-03T17:00:00+08:00');
		const r = mergeNotices([old], [row({}, { restoredAt })], options({ nowIso: '2026-12-04T09:00:00+08:00' }));
		expect(r.changes).toEqual([]);
		expect(r.unchanged).toEqual(['qs-1']);
		expect(r.notices[0]).toBe(old);
	});

	test('a different time than the one recorded: recorded again', () => {
		const old = withRestoration(existing(), RESTORED, '2026-12-03T17:00:00+08:00');
		const nowIso = '2026-12-04T09:00:00+08:00';
		const r = mergeNotices([old], [row({}, { restoredAt: '2026-12-03T16:50:00+08:00' })], options({ nowIso }));
		expect(r.problems).toEqual([]);
		expect(r.changes.map((c) => [c.type, c.fields])).toEqual([['restored', ['restoredAt']]]);
		expect(r.changes[0].after).toEqual({
			...old,
			restoredAt: '2026-12-03T16:50:00+08:00',
			updatedAt: nowIso,
			revision: 3,
			history: [
				...old.history,
				{ revision: 3, at: nowIso, event: 'restored', restoredAt: '2026-12-03T16:50:00+08:00' },
			],
		});
	});

	test('with another change on the same row: both entries, the change first', () => {
		const old = existing();
		const r = mergeNotices([old], [row({ reason: { zh: '线路迁改' } }, { restoredAt: RESTORED })], options());
		expect(r.changes.map((c) => [c.type, c.fields])).toEqual([['amended', ['reason', 'restoredAt']]]);
		expect(r.changes[0].after).toMatchObject({ restoredAt: RESTORED, revision: 3, updatedAt: NOW });
		expect(r.changes[0].after.history).toEqual([
			...old.history,
			{ revision: 2, at: NOW, event: 'amended', note: { zh: '变更：停电原因', en: 'Changed: reason' } },
			restoredEntry(3),
		]);
	});

	test('on a new notice: published, then restored', () => {
		const fresh = row({ id: 'qs-2', sourceId: 'QS-2' }, { restoredAt: RESTORED });
		const r = mergeNotices([], [fresh], options());
		expect(r.problems).toEqual([]);
		expect(r.changes).toEqual([
			{
				type: 'added',
				id: 'qs-2',
				row: 2,
				after: {
					...fresh.notice,
					restoredAt: RESTORED,
					revision: 2,
					history: [...fresh.notice.history, restoredEntry(2)],
				},
				fields: [],
			},
		]);
	});

	test('withRestoration: the field, the entry and one more revision', () => {
		const n = existing({ revision: 4 });
		expect(withRestoration(n, RESTORED, NOW)).toEqual({
			...n,
			restoredAt: RESTORED,
			updatedAt: NOW,
			revision: 5,
			history: [...n.history, { revision: 5, at: NOW, event: 'restored', restoredAt: RESTORED }],
		});
	});
});

describe('a new row that is not a valid notice is refused, each problem located to its field', () => {
	test.each<[string, Partial<Notice>, Partial<ImportedRow>, Array<{ en: string; zh: string }>]>([
		[
			'a restoration before the start',
			{},
			{ restoredAt: '2026-12-03T07:00:00+08:00' },
			[
				{
					en: 'restoredAt must be after start 2026-12-03T08:00:00+08:00',
					zh: 'restoredAt 实际送电时间须晚于开始时间 2026-12-03T08:00:00+08:00',
				},
			],
		],
		[
			'no areas and an empty 台区 list',
			{ areas: [], transformerDistricts: [] },
			{},
			[
				{ en: 'areas needs at least 1 item(s)', zh: 'areas 至少需要 1 项' },
				{ en: 'transformerDistricts needs at least 1 item(s)', zh: 'transformerDistricts 至少需要 1 项' },
			],
		],
	])('%s', (_, over, at, messages) => {
		const r = mergeNotices([], [row({ id: 'qs-2', sourceId: 'QS-2', ...over }, { row: 4, ...at })], options());
		expect(r.changes).toEqual([]);
		expect(r.notices).toEqual([]);
		expect(r.problems).toEqual(messages.map((m) => ({ severity: 'error', file: 'plan.csv', row: 4, ...m })));
		// Refused, but listed: the span still counts it.
		expect(r.span).toEqual({ from: '2026-12-03', to: '2026-12-03' });
	});
});

describe('which notice a row without a plan number finds', () => {
	test('not a notice written by hand under another id', () => {
		const hand = existing({ id: 'hand-1', sourceId: undefined });
		const fresh = row(
			{ id: 'imp-20261203-0abc1234', sourceId: undefined },
			{ sourceId: undefined, keyedBySourceId: false },
		);
		const r = mergeNotices([hand], [fresh], options());
		expect(r.changes.map((c) => [c.type, c.id])).toEqual([['added', 'imp-20261203-0abc1234']]);
		expect(r.notices).toEqual([hand, fresh.notice]);
	});

	test('a row with a plan number takes an unnumbered notice of its id, and the number with it', () => {
		const hand = existing({ sourceId: undefined });
		const r = mergeNotices([hand], [row({ reason: { zh: '线路迁改' } })], options());
		expect(r.problems).toEqual([]);
		expect(r.changes.map((c) => [c.type, c.id, c.after.sourceId])).toEqual([['amended', 'qs-1', 'QS-1']]);
	});
});

describe('the span with rows on the same day and out of order', () => {
	test.each([
		[['2026-12-05', '2026-12-03', '2026-12-05', '2026-12-04'], { from: '2026-12-03', to: '2026-12-05' }],
		[['2026-12-04', '2026-12-04'], { from: '2026-12-04', to: '2026-12-04' }],
		[['2026-12-09'], { from: '2026-12-09', to: '2026-12-09' }],
	])('%j → %j', (days, span) => {
		const rows = days.map((d, i) =>
			row(
				{ id: `qs-r${i}`, sourceId: `QS-R${i}`, start: `${d}T08:00:00+08:00`, end: `${d}T12:00:00+08:00` },
				{ row: i + 2 },
			),
		);
		expect(mergeNotices([], rows, options()).span).toEqual(span);
	});
});

describe('messages naming a nested field, in the shared wording', () => {
	test('a new row with an empty text', () => {
		const r = mergeNotices([], [row({ id: 'qs-2', sourceId: 'QS-2', scope: { zh: '' } })], options());
		expect(r.problems).toEqual([
			{ severity: 'error', file: 'plan.csv', row: 2, en: 'scope.zh must not be empty', zh: 'scope.zh 不能为空' },
		]);
	});

	test('an update to an empty text', () => {
		const r = mergeNotices([existing()], [row({ reason: { zh: '' } })], options());
		expect(r.changes).toEqual([]);
		expect(r.problems).toEqual([
			{
				severity: 'error',
				file: 'plan.csv',
				row: 2,
				en: `cannot update notice qs-1 at ${NOW} (the import's clock: --now / IMPORT_NOW): reason.zh must not be empty`,
				zh: `无法在 ${NOW}（导入时间，见 --now / IMPORT_NOW）更新公告 qs-1：reason.zh 不能为空`,
			},
		]);
	});

	test('cancelling a notice whose text is already empty', () => {
		const broken = existing({ id: 'qs-9', sourceId: 'QS-9', line: { zh: '' } });
		const r = mergeNotices([broken], [row()], options({ cancelMissing: true }));
		expect(r.notices).toContain(broken);
		expect(r.problems).toEqual([
			{
				severity: 'error',
				file: 'plan.csv',
				en: `cannot cancel notice qs-9 at ${NOW} (the import's clock: --now / IMPORT_NOW): line.zh must not be empty`,
				zh: `无法在 ${NOW}（导入时间，见 --now / IMPORT_NOW）取消公告 qs-9：line.zh 不能为空`,
			},
		]);
	});
});

describe('the unit and the plan number, to the field', () => {
	test('another supply office under the same name is a change of unit', () => {
		const r = mergeNotices(
			[existing()],
			[row({ unit: { id: 'guanmou-2', name: { zh: '关牟供电所' }, phone: '0839-5550141' } })],
			options(),
		);
		expect(r.changes.map((c) => [c.type, c.fields, c.after.unit.id])).toEqual([['amended', ['unit'], 'guanmou-2']]);
	});

	test('a row without a plan number leaves an unnumbered notice the very same object', () => {
		const hand = existing({ sourceId: undefined });
		const r = mergeNotices(
			[hand],
			[row({ sourceId: undefined }, { sourceId: undefined, keyedBySourceId: false })],
			options(),
		);
		expect(r.unchanged).toEqual(['qs-1']);
		expect(r.notices[0]).toBe(hand);
	});
});
