import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { localeFromParam, localizePath, pick, splitLocale } from '../../src/i18n/index.ts';
import { reliabilityText } from '../../src/i18n/reliability.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';
import { alternatePaths, hreflangLinks, jsonLdScript, languageSwitchTargets } from '../../src/lib/seo.ts';

/** All key paths of a dictionary, e.g. `common.nav.outages`. */
const keyPaths = (o: object, prefix = ''): string[] =>
	Object.entries(o).flatMap(([k, v]) =>
		v && typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
	);

describe('i18n', () => {
	test('both dictionaries have exactly the same keys', () => {
		expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
	});

	test.each([
		['/', 'zh-cn', '/'],
		['/', 'en', '/en/'],
		['/outages/qs-1/', 'en', '/en/outages/qs-1/'],
		['outages/', 'zh-cn', '/outages/'],
	] as const)('localizePath(%s, %s) = %s', (p, locale, expected) => {
		expect(localizePath(p, locale)).toBe(expected);
	});

	test.each([
		['/en/outages/', { locale: 'en', path: '/outages/' }],
		['/en/', { locale: 'en', path: '/' }],
		['/en', { locale: 'en', path: '/' }],
		['/entry/', { locale: 'zh-cn', path: '/entry/' }],
		['/', { locale: 'zh-cn', path: '/' }],
	])('splitLocale(%s)', (p, expected) => {
		expect(splitLocale(p)).toEqual(expected);
	});

	test('route parameters map to locales and refuse anything else', () => {
		expect(localeFromParam(undefined)).toBe('zh-cn');
		expect(localeFromParam('en')).toBe('en');
		expect(() => localeFromParam('fr')).toThrow(/unknown locale/);
	});

	test('English falls back to the Chinese text and says so', () => {
		expect(pick({ zh: '关牟村' }, 'en')).toEqual({ text: '关牟村', lang: 'zh-cn', fallback: true });
		expect(pick({ zh: '关牟村', en: 'Guanmou' }, 'en')).toEqual({ text: 'Guanmou', lang: 'en', fallback: false });
		expect(pick({ zh: '关牟村', en: 'Guanmou' }, 'zh-cn')).toEqual({ text: '关牟村', lang: 'zh-cn', fallback: false });
	});
});

describe('seo helpers', () => {
	test('alternates default to the same path in each language, with overrides', () => {
		expect(alternatePaths('/guidance/x/')).toEqual({ 'zh-cn': '/guidance/x/', en: '/en/guidance/x/' });
		expect(alternatePaths('/guidance/x/', { en: null })).toEqual({ 'zh-cn': '/guidance/x/', en: null });
	});

	test('hreflang links name only pages that exist, plus x-default', () => {
		expect(hreflangLinks({ 'zh-cn': '/a/', en: null }, 'https://e.example')).toEqual([
			{ hreflang: 'zh-CN', href: 'https://e.example/a/' },
			{ hreflang: 'x-default', href: 'https://e.example/a/' },
		]);
	});

	test('JSON-LD cannot close its script element', () => {
		expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});

describe('language switch targets', () => {
	test.each([
		['a translated page', '/outages/', {}, { 'zh-cn': '/outages/', en: '/en/outages/' }],
		[
			'a page without translation and no fallback',
			'/guidance/x/',
			{ en: null },
			{ 'zh-cn': '/guidance/x/', en: '/en/' },
		],
		[
			'a page with a fallback',
			'/guidance/x/',
			{ en: { fallback: '/en/guidance/' } },
			{ 'zh-cn': '/guidance/x/', en: '/en/guidance/' },
		],
	] as const)('%s', (_name, path, overrides, expected) => {
		expect(languageSwitchTargets(path, overrides)).toEqual(expected);
	});

	test('a fallback is never announced as a translation', () => {
		expect(alternatePaths('/guidance/x/', { en: { fallback: '/en/guidance/' } })).toEqual({
			'zh-cn': '/guidance/x/',
			en: null,
		});
	});
});

/**
 * Every text of a dictionary with its key: strings as they are, and what each function gives for typical
 * arguments (a number, a date, a name), so that the words around the arguments are checked too.
 */
function texts(o: object, prefix = ''): Array<[string, string]> {
	const samples = [2, '2026-12', 'X'];
	return Object.entries(o).flatMap(([k, v]): Array<[string, string]> => {
		const key = `${prefix}${k}`;
		if (typeof v === 'string') return [[key, v]];
		if (typeof v === 'function')
			return samples.flatMap((sample): Array<[string, string]> => {
				try {
					const out = v(...Array.from({ length: v.length }, () => sample));
					return typeof out === 'string' ? [[`${key}(${sample})`, out]] : [];
				} catch {
					return [];
				}
			});
		if (v && typeof v === 'object') return texts(v, `${key}.`);
		return [];
	});
}

describe('punctuation in the dictionaries', () => {
	const zhTexts = [...texts(zhCN), ...texts(reliabilityText('zh-cn'), 'reliability.')];
	const enTexts = [...texts(en), ...texts(reliabilityText('en'), 'reliability.')];
	// Half-width punctuation touching Chinese (已取消. 莲花村, 青山供电: , (第 2 版)); a file name's dot is fine.
	const halfWidth = /\p{Script=Han}\s?(?:[,.:;!?](?![\w])|\))|\(\s?\p{Script=Han}/u;
	test.each(zhTexts)('zh %s: no half-width punctuation next to Chinese', (_, text) => {
		expect(text).not.toMatch(halfWidth);
	});
	// The language switch names Chinese in Chinese, and says so in Chinese: it is marked lang="zh-CN" on the page.
	const inChinese = new Set(['common.otherLanguageName', 'common.otherLanguageLabel']);
	test.each(enTexts.filter(([k]) => !inChinese.has(k)))(
		'en %s: no Chinese and no full-width punctuation',
		(_, text) => {
			expect(text).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u);
		},
	);
});
