/** Digests: texts packed into as few messages as the provider's byte limit allows, cut in the middle when needed. */
import { describe, expect, it } from 'vitest';
import { byteLength, fitText, packDigests } from '../../../src/lib/notify/digest.ts';

describe('byteLength', () => {
	it.each([
		['', 0],
		['abc', 3],
		['停电', 6],
		['…', 3],
		['a停', 4],
	])('%j is %i bytes of UTF-8', (s, n) => {
		expect(byteLength(s)).toBe(n);
	});
});

describe('fitText', () => {
	const zh = '【停电通知】中坝村停电。详情：https://x.example/1'; // 18 + 3 + 9 + 3 + 9 + 19 bytes
	const size = byteLength(zh);

	it('leaves a text that fits as it is, to the byte', () => {
		expect(fitText(zh, size)).toBe(zh);
		expect(fitText('abc', 3)).toBe('abc');
	});

	it('one byte short: cuts the middle and keeps the link', () => {
		const cut = fitText(zh, size - 1);
		expect(cut).toBe('【停电通知】中坝村停…详情：https://x.example/1');
		expect(byteLength(cut)).toBeLessThanOrEqual(size - 1);
	});

	it.each([
		// Keeps as much of the head as fits: 20 bytes less the link (10) and the mark (3) leave 7 for it.
		['详情：', 'abcdefghijk详情：L', 20, 'abcdefg…详情：L'],
		['Details:', '[Power cut] no power. Details: https://x/1', 30, '[Power …Details: https://x/1'],
		// The later of the two, whichever language comes last.
		['the last of either', 'a 详情：b Details: c', 18, 'a 详…Details: c'],
		['the last of either', 'a Details: b 详情：c', 18, 'a Det…详情：c'],
		// Without a link (or with it at the very start) the end is cut.
		['no link', 'abcdefghij', 6, 'abc…'],
		['a link at the start', '详情：abcdef', 9, '详情…'],
	])('%s: %j in %i bytes is %j', (_what, text, max, expected) => {
		const cut = fitText(text, max);
		expect(cut).toBe(expected);
		expect(byteLength(cut)).toBeLessThanOrEqual(max);
	});

	it('cuts whole characters: a Chinese head loses three bytes at a time', () => {
		expect(fitText('一二三四五六', 12)).toBe('一二三…');
		expect(fitText('一二三四五六', 11)).toBe('一二…');
	});

	it('with no room for any of the head, keeps the mark and the link', () => {
		expect(fitText('abcdef详情：L', 10)).toBe('…详情：L');
	});
});

describe('packDigests', () => {
	it('one digest: a heading without part numbers, then the texts numbered', () => {
		expect(packDigests(['甲', '乙'], 200, 'zh-cn')).toEqual([
			{ text: '【停电信息汇总】共 2 条\n1. 甲\n2. 乙', indexes: [0, 1] },
		]);
		expect(packDigests(['a', 'b', 'c'], 200, 'en')).toEqual([
			{ text: '[Outage updates] 3 in all\n1. a\n2. b\n3. c', indexes: [0, 1, 2] },
		]);
	});

	it('nothing to pack: no digest', () => {
		expect(packDigests([], 100, 'zh-cn')).toEqual([]);
	});

	// The heading reserved is the longest one, "[Outage updates 3/3] 3 in all" (29 bytes) and a line end: 30 bytes.
	// Each line is "k. " and its text and a line end.
	const texts = ['x'.repeat(10), 'y'.repeat(10), 'z'.repeat(10)];
	const line = 3 + 10 + 1;
	it.each([
		['all three fit exactly', 30 + 3 * line, [[0, 1, 2]]],
		['a byte less: the third opens a second digest', 30 + 3 * line - 1, [[0, 1], [2]]],
		['room for one line only', 30 + line, [[0], [1], [2]]],
	])('%s', (_what, max, groups) => {
		const digests = packDigests(texts, max, 'en');
		expect(digests.map((d) => d.indexes)).toEqual(groups);
		for (const d of digests) expect(byteLength(d.text)).toBeLessThanOrEqual(max);
	});

	it('numbers the parts and the lines of each part afresh, and counts every text in each heading', () => {
		const digests = packDigests(texts, 30 + 2 * line, 'en');
		expect(digests.map((d) => d.text)).toEqual([
			'[Outage updates 1/2] 3 in all\n1. xxxxxxxxxx\n2. yyyyyyyyyy',
			'[Outage updates 2/2] 3 in all\n1. zzzzzzzzzz',
		]);
		const zh = packDigests(['甲'.repeat(10), '乙'.repeat(10)], 100, 'zh-cn');
		expect(zh.map((d) => d.text.split('\n')[0])).toEqual([
			'【停电信息汇总 1/2】共 2 条',
			'【停电信息汇总 2/2】共 2 条',
		]);
	});

	it('a text too long for a digest on its own is shortened to fit, keeping its link', () => {
		const long = `${'很长的通知'.repeat(20)}详情：https://x.example/9`;
		const [d] = packDigests([long], 120, 'zh-cn');
		expect(byteLength(d.text)).toBeLessThanOrEqual(120);
		expect(d.text.startsWith('【停电信息汇总】共 1 条\n1. 很长的通知')).toBe(true);
		expect(d.text.endsWith('…详情：https://x.example/9')).toBe(true);
		// As long as it can be: the heading (28 bytes reserved), "1. " and the shortened text use the room.
		expect(byteLength(d.text)).toBeGreaterThan(120 - 3);
	});

	it('a long text fills its digest to the byte, less the line end a further line would need', () => {
		const long = `${'x'.repeat(200)} Details: https://x.example/9`;
		const [d] = packDigests([long], 100, 'en');
		expect(byteLength(d.text)).toBe(99);
		expect(d.text).toBe(`[Outage updates] 1 in all\n1. ${'x'.repeat(39)}…Details: https://x.example/9`);
	});
});
