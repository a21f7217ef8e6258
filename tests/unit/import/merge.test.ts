import { afterAll, describe, expect, test } from 'vitest';
import { idFromContent, idFromSourceId } from '../../../src/lib/import/ids.ts';
import { csv, HEADER, importFile, noticeBytes, noticesIn, row, scratch, tempContent } from './import-helpers.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
function site() {
	const c = tempContent();
	cleanups.push(c.cleanup);
	return c;
}

const LATER = new Date('2026-11-28T10:30:00+08:00');

describe('merge: never delete, record every change', () => {
	test('a changed window is a reschedule: history from → to, revision 2, updatedAt = the import clock', async () => {
		const c = site();
		const s = scratch();
		expect((await importFile(s.write('a.csv', csv(HEADER, [row()])), c.dir)).exitCode).toBe(0);
		const moved = s.write(
			'b.csv',
			csv(HEADER, [row({ 停电开始时间: '2026-12-09 08:00', 停电结束时间: '2026-12-09 17:30' })]),
		);
		const r = await importFile(moved, c.dir, { now: LATER });
		expect(r.exitCode).toBe(0);
		expect(r.out).toContain(
			'~ 改期 rescheduled qs-t-001 (row 2)  2026-12-08 08:00 → 2026-12-08 17:30  ⇒  2026-12-09 08:00 → 2026-12-09 17:30',
		);
		const n = noticesIn(c.dir).find((x) => x.id === 'qs-t-001');
		expect(n).toMatchObject({
			start: '2026-12-09T08:00:00+08:00',
			revision: 2,
			publishedAt: '2026-11-27T09:00:00+08:00',
			updatedAt: '2026-11-28T10:30:00+08:00',
		});
		expect(n?.history[1]).toEqual({
			revision: 2,
			at: '2026-11-28T10:30:00+08:00',
			event: 'rescheduled',
			from: { start: '2026-12-08T08:00:00+08:00', end: '2026-12-08T17:30:00+08:00' },
			to: { start: '2026-12-09T08:00:00+08:00', end: '2026-12-09T17:30:00+08:00' },
		});
	});

	test('a changed scope is an amendment; its old English translation is dropped, unchanged texts keep theirs', async () => {
		const c = site();
		const s = scratch();
		await importFile(s.write('a.csv', csv(HEADER, [row()])), c.dir);
		// Someone adds English by hand after the first import.
		const notices = noticesIn(c.dir).map((n) =>
			n.id === 'qs-t-001'
				? { ...n, scope: { ...n.scope, en: 'Guanmou' }, line: { ...n.line, en: '10 kV Guanmou line' } }
				: n,
		);
		c.write('outages/notices.json', `${JSON.stringify(notices, null, '\t')}\n`);
		const r = await importFile(s.write('b.csv', csv(HEADER, [row({ 停电范围: '关牟村全部' })])), c.dir, { now: LATER });
		expect(r.exitCode).toBe(0);
		expect(r.out).toContain('~ 变更 amended qs-t-001');
		const n = noticesIn(c.dir).find((x) => x.id === 'qs-t-001');
		expect(n?.scope).toEqual({ zh: '关牟村全部' });
		expect(n?.line).toEqual({ zh: '10kV 关牟线', en: '10 kV Guanmou line' });
		expect(n?.areas).toEqual(['guanmou-cun']);
		expect(n?.history.at(-1)).toEqual({
			revision: 2,
			at: '2026-11-28T10:30:00+08:00',
			event: 'amended',
			note: { zh: '变更：停电区域、停电范围', en: 'Changed: areas, scope' },
		});
	});

	test('absent notices are kept; those in the export span are listed missing; --cancel-missing cancels them with history', async () => {
		const c = site();
		const s = scratch();
		const two = s.write(
			'two.csv',
			csv(HEADER, [
				row(),
				row({ 计划编号: 'QS-T-002', 停电开始时间: '2026-12-10 08:00', 停电结束时间: '2026-12-10 12:00' }),
			]),
		);
		await importFile(two, c.dir);
		const total = noticesIn(c.dir).length;
		const one = s.write(
			'one.csv',
			csv(HEADER, [
				row(),
				row({ 计划编号: 'QS-T-003', 停电开始时间: '2026-12-12 08:00', 停电结束时间: '2026-12-12 12:00' }),
			]),
		);
		const listed = await importFile(one, c.dir, { now: LATER, dryRun: true });
		expect(listed.out).toContain('? 缺失 missing qs-t-002');
		expect(listed.merge?.missing.map((n) => n.id)).toContain('qs-t-002');
		// Sample notices outside 12-08 … 12-12 are not listed.
		expect(listed.merge?.missing.every((n) => n.start >= '2026-12-08' && n.start < '2026-12-13')).toBe(true);

		await importFile(one, c.dir, { now: LATER });
		expect(noticesIn(c.dir).find((n) => n.id === 'qs-t-002')?.lifecycle).toBe('published');
		expect(noticesIn(c.dir)).toHaveLength(total + 1);

		// The sample notices in the span were published as late as 12-03: the clock must be after that to cancel them.
		const early = await importFile(one, c.dir, { now: LATER, cancelMissing: true });
		expect(early.exitCode).toBe(1);
		expect(early.out).toContain('updatedAt must not be before publishedAt');
		const cancelAt = new Date('2026-12-07T08:00:00+08:00');
		const r = await importFile(one, c.dir, { now: cancelAt, cancelMissing: true });
		expect(r.out).toContain('- 取消 cancelled qs-t-002');
		const gone = noticesIn(c.dir).find((n) => n.id === 'qs-t-002');
		expect(gone).toMatchObject({
			lifecycle: 'cancelled',
			revision: 2,
			updatedAt: '2026-12-07T08:00:00+08:00',
			cancellation: { at: '2026-12-07T08:00:00+08:00' },
		});
		expect(gone?.history.at(-1)?.event).toBe('cancelled');
		expect(noticesIn(c.dir)).toHaveLength(total + 1);

		// Listed again: reinstated, not duplicated.
		const back = await importFile(two, c.dir, { now: new Date('2026-12-07T09:00:00+08:00') });
		expect(back.out).toContain('~ 恢复 reinstated qs-t-002');
		const again = noticesIn(c.dir).find((n) => n.id === 'qs-t-002');
		expect(again).toMatchObject({ lifecycle: 'published', revision: 3 });
		expect(again?.cancellation).toBeUndefined();
	});

	test('--cancel-missing leaves an outage that has already begun, with a warning', async () => {
		const c = site();
		const s = scratch();
		const both = s.write(
			'both.csv',
			csv(HEADER, [
				row(),
				row({
					计划编号: 'QS-T-002',
					停电开始时间: '2026-12-08 07:00',
					停电结束时间: '2026-12-08 09:00',
					停电线路: '10kV 茶园线',
				}),
			]),
		);
		await importFile(both, c.dir);
		const one = s.write('one.csv', csv(HEADER, [row()]));
		const r = await importFile(one, c.dir, { now: new Date('2026-12-08T07:30:00+08:00'), cancelMissing: true });
		expect(r.exitCode).toBe(0);
		expect(r.out).toContain('qs-t-002 不在导出中，但已于 2026-12-08 07:00 开始（早于本次导入）：不予取消');
		expect(noticesIn(c.dir).find((n) => n.id === 'qs-t-002')?.lifecycle).toBe('published');
	});

	test('a note below the plans (one filled cell) is skipped with a warning', async () => {
		const c = site();
		const s = scratch();
		const f = s.write('note.csv', csv(HEADER, [row(), ['制表人：张三', '', '', '', '', '', '', '', '']]));
		const r = await importFile(f, c.dir);
		expect(r.exitCode).toBe(0);
		expect(r.out).toContain('note.csv:3 column A: "制表人：张三" — 仅填写了一个单元格：视为备注，已跳过');
	});

	test('idempotence: the same export twice gives the same bytes, reports no changes, even with a later clock', async () => {
		const c = site();
		const s = scratch();
		const f = s.write('a.csv', csv(HEADER, [row(), row({ 计划编号: '', 停电范围: '东关社区' })]));
		await importFile(f, c.dir);
		const first = noticeBytes(c.dir);
		const r = await importFile(f, c.dir, { now: LATER });
		expect(r.wrote).toBe(false);
		expect(r.merge?.changes).toEqual([]);
		expect(r.merge?.unchanged).toHaveLength(2);
		expect(noticeBytes(c.dir).equals(first)).toBe(true);
	});

	test('a row without a plan number keeps its key when only the times within the day change', async () => {
		const c = site();
		const s = scratch();
		await importFile(s.write('a.csv', csv(HEADER, [row({ 计划编号: '' })])), c.dir);
		const r = await importFile(
			s.write('b.csv', csv(HEADER, [row({ 计划编号: '', 停电开始时间: '2026-12-08 09:00' })])),
			c.dir,
			{ now: LATER },
		);
		const id = idFromContent('2026-12-08', '10kV 关牟线', '关牟村1-5组、关牟街');
		expect(r.merge?.changes.map((x) => [x.type, x.id])).toEqual([['rescheduled', id]]);
	});

	test("a plan number that slugifies onto another plan's id is refused", async () => {
		const c = site();
		const s = scratch();
		await importFile(s.write('a.csv', csv(HEADER, [row({ 计划编号: 'QS T 001' })])), c.dir);
		const before = noticeBytes(c.dir);
		const r = await importFile(s.write('b.csv', csv(HEADER, [row({ 计划编号: 'QS-T-001' })])), c.dir);
		expect(r.exitCode).toBe(1);
		expect(r.out).toContain('already used by the notice for plan number "QS T 001"');
		expect(noticeBytes(c.dir).equals(before)).toBe(true);
	});
});

describe('every problem of a row is listed, not just the first', () => {
	test('an unreadable date, an unknown place and a bad phone on one row give three errors', async () => {
		const c = site();
		const s = scratch();
		const f = s.write(
			'x.csv',
			csv(HEADER, [row({ 停电开始时间: '2026-12-32 08:00', 停电范围: '火星村', 联系电话: 'call us' })]),
		);
		const r = await importFile(f, c.dir);
		expect(r.exitCode).toBe(1);
		expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.header)).toEqual([
			'停电开始时间',
			'停电范围',
			'联系电话',
		]);
	});
});

describe('ids', () => {
	test.each([
		['QS-2026-1203-01', 'qs-2026-1203-01'],
		['ＱＳ２０２６－１２０３', 'qs2026-1203'],
		['2026年第15号', '2026-15'],
		['  QS/2026/12/001  ', 'qs-2026-12-001'],
	])('%s → %s', (source, id) => {
		expect(idFromSourceId(source)).toBe(id);
	});
	test('a plan number with nothing URL-safe gets a stable hashed id', () => {
		expect(idFromSourceId('青山停电')).toMatch(/^src-[0-9a-f]{8}$/);
		expect(idFromSourceId('青山停电')).toBe(idFromSourceId('青山停电'));
	});
	test('the content key ignores spacing', () => {
		expect(idFromContent('2026-12-08', '10kV 关牟线', '关牟村')).toBe(
			idFromContent('2026-12-08', '10kV关牟线', ' 关牟村'),
		);
		expect(idFromContent('2026-12-08', '10kV 关牟线', '关牟村')).toMatch(/^imp-20261208-[0-9a-f]{8}$/);
	});
});

describe('warnings do not stop the import', () => {
	test('short notice, overlapping windows on one line, over 12 hours, empty scope, inferred year, overnight without 次日', async () => {
		const c = site();
		const s = scratch();
		const header = [...HEADER, '所属区域'];
		const f = s.write(
			'w.csv',
			csv(header, [
				[...row({ 计划编号: 'W-1', 停电开始时间: '2026-11-28 08:00', 停电结束时间: '2026-11-28 12:00' }), ''],
				[...row({ 计划编号: 'W-2', 停电开始时间: '2026-12-08 10:00', 停电结束时间: '2026-12-08 23:00' }), ''],
				[...row({ 计划编号: 'W-3', 停电开始时间: '2026-12-08 12:00', 停电结束时间: '2026-12-08 14:00' }), ''],
				[
					...row({
						计划编号: 'W-4',
						停电线路: '10kV 白云线',
						停电范围: '',
						停电开始时间: '12月9日 8:00',
						停电结束时间: '12月9日 12:00',
					}),
					'白云村、songlin',
				],
				[
					...row({ 计划编号: 'W-5', 停电线路: '10kV 茶园线', 停电开始时间: '2026-12-10 22:00', 停电结束时间: '06:00' }),
					'',
				],
			]),
		);
		const r = await importFile(f, c.dir);
		expect(r.exitCode).toBe(0);
		expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
		const text = r.out;
		expect(text).toMatch(/w\.csv:2 — 通知时间不足：w-1 于 2026-11-28 08:00 停电，距本次导入仅 23 小时/);
		expect(text).toMatch(/w\.csv:3 — 停电时长 13 小时/);
		expect(text).toMatch(/w\.csv:4 — 与第 3 行同一线路 10kV 关牟线 的停电时间重叠/);
		expect(text).toMatch(
			/w\.csv:5 column F "停电范围": \(empty 空\) — 停电范围为空：公告将改为列出区域（白云村、松林村）/,
		);
		expect(text).toMatch(/w\.csv:5 column C "停电开始时间": "12月9日 8:00" — 未写年份，按 2026 年处理/);
		expect(text).toMatch(/w\.csv:6 column D "停电结束时间": "06:00" — 结束时间早于开始时间：按次日结束处理/);
		const w5 = noticesIn(c.dir).find((n) => n.id === 'w-5');
		expect(w5?.end).toBe('2026-12-11T06:00:00+08:00');
		expect(noticesIn(c.dir).find((n) => n.id === 'w-4')?.areas).toEqual(['baiyun', 'songlin']);
	});
});
