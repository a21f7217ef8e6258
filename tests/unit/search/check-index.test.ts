import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { searchIndexProblems } from '../../../src/lib/search/check-index.ts';

/** Writes a small built site to a temporary folder. */
const site = (files: Record<string, string>) => writeTree(files, 'pf-');
afterEach(removeTrees);

const entry = (langs: Record<string, number>) => JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(Object.entries(langs).map(([l, n]) => [l, { page_count: n }])) });
const bundle = { 'pagefind/pagefind.js': '' };

describe('searchIndexProblems', () => {
	test('a complete index in both languages passes', () => {
		expect(searchIndexProblems(site({ ...bundle, 'pagefind/pagefind-entry.json': entry({ 'zh-cn': 120, en: 118 }) }), ['zh-cn', 'en'])).toEqual([]);
	});
	test.each([
		['no index at all', {}, /missing \/pagefind\/pagefind\.js/],
		['a language with no pages', { ...bundle, 'pagefind/pagefind-entry.json': entry({ 'zh-cn': 120, en: 0 }) }, /no pages in language "en"/],
		['a language missing', { ...bundle, 'pagefind/pagefind-entry.json': entry({ 'zh-cn': 120 }) }, /no pages in language "en"/],
		['the search script missing', { 'pagefind/pagefind-entry.json': entry({ 'zh-cn': 1, en: 1 }) }, /missing \/pagefind\/pagefind\.js/],
		['a broken entry file', { ...bundle, 'pagefind/pagefind-entry.json': '{' }, /not JSON/],
	])('%s is a problem', (_name, files, message) => {
		const problems = searchIndexProblems(site(files), ['zh-cn', 'en']);
		expect(problems.join('\n')).toMatch(message);
	});
});
