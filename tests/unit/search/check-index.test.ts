import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { searchIndexProblems } from '../../../src/lib/search/check-index.ts';

/** Writes a small built site to a temporary folder. */
const site = (files: Record<string, string>) => writeTree(files, 'pf-');
afterEach(removeTrees);

const entry = (langs: Record<string, number>) =>
	JSON.stringify({
		version: '1.6.0',
		languages: Object.fromEntries(Object.entries(langs).map(([l, n]) => [l, { hash: `${l}_abc`, page_count: n }])),
	});
/** A bundle's files under `dir` (e.g. `pagefind/`), with its meta file for each language. */
const bundleFiles = (dir: string, langs: Record<string, number>) => ({
	[`${dir}pagefind-entry.json`]: entry(langs),
	...Object.fromEntries(Object.keys(langs).map((l) => [`${dir}pagefind.${l}_abc.pf_meta`, ''])),
});
const manifest = (
	bundles: Array<{ id: string; pages: Record<string, number> }>,
	open: Array<{ id: string; pages: Record<string, number> }> = [],
) =>
	JSON.stringify({
		through: '2026-10',
		bundles: bundles.map((b) => ({ ...b, path: `/pagefind/archive/${b.id}/`, from: `${b.id}-01`, to: `${b.id}-12` })),
		open: open.map((b) => ({ ...b, path: `/pagefind/open/${b.id}/` })),
	});
const live = {
	'pagefind/pagefind.js': '',
	...bundleFiles('pagefind/', { 'zh-cn': 120, en: 118 }),
	'pagefind/archive/manifest.json': manifest([]),
};
const withOpen = {
	...live,
	'pagefind/archive/manifest.json': manifest([], [{ id: '2026-12', pages: { 'zh-cn': 30, en: 30 } }]),
	...bundleFiles('pagefind/open/2026-12/', { 'zh-cn': 30, en: 30 }),
};
const withArchive = {
	...live,
	'pagefind/archive/manifest.json': manifest([{ id: '2025', pages: { 'zh-cn': 40, en: 40 } }]),
	...bundleFiles('pagefind/archive/2025/', { 'zh-cn': 40, en: 40 }),
};

describe('searchIndexProblems', () => {
	test.each([
		['a live index in both languages, no archive', live],
		['a live index and an archive bundle', withArchive],
		['a live index and an open month', withOpen],
	])('%s passes', (_name, files) => {
		expect(searchIndexProblems(site(files), ['zh-cn', 'en'])).toEqual([]);
	});
	test.each([
		['no index at all', {}, /missing \/pagefind\/pagefind\.js/],
		[
			'a language with no pages',
			{ ...live, ...bundleFiles('pagefind/', { 'zh-cn': 120, en: 0 }) },
			/no pages in language "en"/,
		],
		[
			'a language missing',
			{ ...live, 'pagefind/pagefind-entry.json': entry({ 'zh-cn': 120 }) },
			/no pages in language "en"/,
		],
		['the search script missing', { ...live, 'pagefind/pagefind.js': undefined }, /missing \/pagefind\/pagefind\.js/],
		['a broken entry file', { ...live, 'pagefind/pagefind-entry.json': '{' }, /not JSON/],
		[
			'a meta file missing',
			{ ...live, 'pagefind/pagefind.en_abc.pf_meta': undefined },
			/missing \/pagefind\/pagefind\.en_abc\.pf_meta/,
		],
		[
			'no archive manifest',
			{ ...live, 'pagefind/archive/manifest.json': undefined },
			/missing \/pagefind\/archive\/manifest\.json/,
		],
		[
			'an archive manifest that is not one',
			{ ...live, 'pagefind/archive/manifest.json': '{"bundles":[{"id":"2025"}]}' },
			/not a valid manifest/,
		],
		[
			'a listed archive bundle missing',
			{ ...live, 'pagefind/archive/manifest.json': manifest([{ id: '2024', pages: { en: 1 } }]) },
			/missing \/pagefind\/archive\/2024\/pagefind-entry\.json/,
		],
		[
			'an archive bundle the manifest does not list',
			{ ...live, ...bundleFiles('pagefind/archive/2025/', { en: 3 }) },
			/archive\/2025\/ is not in the manifest/,
		],
		[
			'an archive bundle with other page counts than listed',
			{ ...withArchive, ...bundleFiles('pagefind/archive/2025/', { 'zh-cn': 40, en: 39 }) },
			/holds 39 pages in "en", the manifest says 40/,
		],
		[
			'a listed open month missing',
			{ ...live, 'pagefind/archive/manifest.json': manifest([], [{ id: '2026-11', pages: { en: 1 } }]) },
			/missing \/pagefind\/open\/2026-11\/pagefind-entry\.json/,
		],
		[
			'an open month the manifest does not list',
			{ ...live, ...bundleFiles('pagefind/open/2026-12/', { en: 3 }) },
			/open\/2026-12\/ is not in the manifest/,
		],
		[
			'an open month with other page counts than listed',
			{ ...withOpen, ...bundleFiles('pagefind/open/2026-12/', { 'zh-cn': 29, en: 30 }) },
			/open\/2026-12\/ holds 29 pages in "zh-cn", the manifest says 30/,
		],
		[
			'an archive bundle without its meta file',
			{ ...withArchive, 'pagefind/archive/2025/pagefind.zh-cn_abc.pf_meta': undefined },
			/missing \/pagefind\/archive\/2025\/pagefind\.zh-cn_abc\.pf_meta/,
		],
	])('%s is a problem', (_name, files, message) => {
		const kept = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined)) as Record<string, string>;
		const problems = searchIndexProblems(site(kept), ['zh-cn', 'en']);
		expect(problems.join('\n')).toMatch(message);
	});
});
