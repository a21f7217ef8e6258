import { describe, expect, test } from 'vitest';
import { bilingualErrorMap } from '../../src/schemas/errors.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { formatPath } from '../../src/lib/content/problems.ts';
import { validNotice } from './helpers.ts';

const issuesOf = (data: unknown) => {
	const r = noticeSchema.safeParse(data, { error: bilingualErrorMap });
	return r.success ? [] : r.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message }));
};

describe('notice schema', () => {
	test('accepts a valid notice', () => {
		expect(issuesOf(validNotice())).toEqual([]);
	});

	describe.each([
		['end before start', { end: '2026-12-03T07:00:00+08:00' }, 'end', /must be after start/],
		['end equal to start', { end: '2026-12-03T08:00:00+08:00' }, 'end', /结束时间须晚于开始时间/],
		['time without offset', { start: '2026-12-03T08:00:00' }, 'start', /with an offset/],
		['impossible date', { start: '2026-02-30T08:00:00+08:00' }, 'start', /ISO 8601/],
		['unknown kind', { kind: 'emergency' }, 'kind', /must be one of "planned", "temporary", "other", got "emergency"/],
		['no areas', { areas: [] }, 'areas', /at least 1/],
		['area id not a slug', { areas: ['关牟村'] }, 'areas[0]', /lower-case letters/],
		['empty scope', { scope: { zh: '' } }, 'scope.zh', /must not be empty \/ 不能为空/],
		['bad phone', { unit: { name: { zh: '关牟供电所' }, phone: 'call us' } }, 'unit.phone', /phone number/],
		['revision without history entry', { revision: 2 }, 'history', /one entry per revision/],
		['cancelled without cancellation', { lifecycle: 'cancelled' }, 'cancellation', /must say when and why/],
		[
			'cancellation on a published notice',
			{ cancellation: { at: '2026-11-21T09:00:00+08:00', reason: { zh: '天气' } } },
			'cancellation',
			/only a cancelled notice/,
		],
		[
			'updatedAt before publishedAt',
			{ updatedAt: '2026-11-19T09:00:00+08:00' },
			'updatedAt',
			/must not be before publishedAt/,
		],
		['unknown field', { colour: 'red' }, '', /unknown field\(s\) colour/],
		['missing reason', { reason: undefined }, 'reason', /is required \/ 必填项缺失/],
		['wrong type', { revision: '1' }, 'revision', /must be a number, got "1" \/ 应为数字/],
	])('refuses %s', (_name, change, field, message) => {
		test(`reports ${field || 'the entry'}`, () => {
			const issues = issuesOf({ ...validNotice(), ...change });
			expect(issues.map((i) => i.field)).toContain(field);
			expect(issues.find((i) => i.field === field)?.message).toMatch(message);
		});
	});

	test('a rescheduled history entry needs both windows', () => {
		const n = validNotice({
			revision: 2,
			updatedAt: '2026-11-25T09:00:00+08:00',
			history: [
				{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
				{
					revision: 2,
					at: '2026-11-25T09:00:00+08:00',
					event: 'rescheduled',
					to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
				},
			],
		});
		expect(issuesOf(n)).toEqual([{ field: 'history[1]', message: expect.stringMatching(/needs both from and to/) }]);
	});

	test('every message carries both languages', () => {
		const issues = issuesOf({ ...validNotice(), kind: 'x', end: 'soon', areas: [], revision: 0 });
		expect(issues.length).toBeGreaterThan(2);
		for (const i of issues) expect(i.message).toMatch(/ \/ .*[\u4e00-\u9fff]/);
	});
});
