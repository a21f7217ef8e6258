import { describe, expect, test } from 'vitest';
import { summarizeProfile, type CpuProfile } from '../../scripts/bench/lib/cpu-profile.ts';

const root = '/work/site';
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
// root → page (src/pages/x.astro) → format (src/lib/time.ts) → formatToParts (native)
//                                  → sitemap (node_modules)
const profile: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
		{ id: 2, callFrame: frame('render', `file://${root}/src/pages/x.astro`), children: [3] },
		{ id: 3, callFrame: frame('format', `file://${root}/src/lib/time.ts`), children: [4] },
		{ id: 4, callFrame: frame('formatToParts', ''), children: [] },
		{
			id: 5,
			callFrame: frame('generateSitemap', `file://${root}/node_modules/@astrojs/sitemap/dist/generate-sitemap.js`),
			children: [],
		},
	],
	// 3 ms in formatToParts under format under render, 1 ms in format itself, 5 ms in the sitemap.
	samples: [4, 4, 4, 3, 5, 5, 5, 5, 5],
	timeDeltas: Array(9).fill(1000),
	startTime: 0,
	endTime: 9000,
};

describe('summarizeProfile', () => {
	const s = summarizeProfile(profile, root);

	test('self time per function, largest first, native code named as such', () => {
		expect(s.self.map((h) => [h.name, h.ms])).toEqual([
			['generateSitemap /node_modules/@astrojs/sitemap/dist/generate-sitemap.js:1', 5],
			['formatToParts (native):1', 3],
			['format /src/lib/time.ts:1', 1],
		]);
	});

	test.each([
		['src/pages/x.astro', 4],
		['src/lib/time.ts', 4],
	])('inclusive time of project file %s is %d ms', (file, ms) => {
		expect(s.files.find((f) => f.name === file)?.ms).toBe(ms);
	});

	test('dependencies are not project files', () => {
		expect(s.files.map((f) => f.name)).not.toContain('node_modules/@astrojs/sitemap/dist/generate-sitemap.js');
		expect(s.totalMs).toBe(9);
	});
});
