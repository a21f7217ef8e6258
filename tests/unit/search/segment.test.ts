import { describe, expect, test } from 'vitest';
import { queryTimeForm, querySegments } from '../../../src/lib/search/segment.ts';

// Node's ICU word break rules; Chromium's are the same (checked in the browser by tests/e2e/search-terms.spec.ts).
describe('querySegments', () => {
	test.each([
		['关牟村', ['关', '牟', '村']],
		['阶梯电价', ['阶梯', '电', '价']],
		['停电查询', ['停电', '查询']],
		['10kV 关牟线', ['10kV', '关', '牟', '线']],
		['Guanmou Village', ['Guanmou', 'Village']],
		['，。', []],
	])('%s', (text, expected) => {
		expect(querySegments(text)).toEqual(expected);
	});
});

describe('queryTimeForm', () => {
	test.each([
		['关牟村', '关 牟 村'],
		['长岭村', '长岭 村'],
		['停电', undefined],
		['Guanmou Village', undefined],
		['', undefined],
	])('%s → %s', (text, expected) => {
		expect(queryTimeForm(text)).toBe(expected);
	});
});
