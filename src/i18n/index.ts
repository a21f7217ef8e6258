import type { LocalizedText } from '../schemas/common.ts';
import { en } from './en.ts';
import { zhCN, type Dictionary } from './zh-cn.ts';

/** The site's languages: Chinese at `/`, English under `/en/`. */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

const dictionaries: Record<Locale, Dictionary> = { 'zh-cn': zhCN, en };

/** The interface strings for `locale`. */
export function useTranslations(locale: Locale): Dictionary {
	return dictionaries[locale];
}

/** The BCP 47 tag for `<html lang>` and `hreflang`: `zh-CN` or `en`. */
export function htmlLang(locale: Locale): string {
	return locale === 'zh-cn' ? 'zh-CN' : 'en';
}

/** The URL path prefix of a locale: '' for Chinese, '/en' for English. */
export function localePrefix(locale: Locale): string {
	return locale === defaultLocale ? '' : `/${locale}`;
}

/**
 * The path of a page in `locale`, from its locale-neutral path: `localizePath('/outages/', 'en')` is
 * `/en/outages/`. Paths keep their trailing slash.
 */
export function localizePath(path: string, locale: Locale): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return `${localePrefix(locale)}${clean}`;
}

/** Splits a URL path into its locale and the locale-neutral path: `/en/outages/` → `en`, `/outages/`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	for (const locale of locales) {
		const prefix = localePrefix(locale);
		if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) {
			return { locale, path: pathname.slice(prefix.length) || '/' };
		}
	}
	return { locale: defaultLocale, path: pathname || '/' };
}

/** The locale named by a `[...locale]` route parameter: undefined is Chinese, `en` English. */
export function localeFromParam(param: string | undefined): Locale {
	if (param === undefined || param === '') return defaultLocale;
	if ((locales as readonly string[]).includes(param) && param !== defaultLocale) return param as Locale;
	throw new Error(`unknown locale in route: ${param}`);
}

/** The `[...locale]` route parameters for every locale, for getStaticPaths. */
export function localeParams(): Array<{ params: { locale: string | undefined }; props: { locale: Locale } }> {
	return locales.map((locale) => ({
		params: { locale: locale === defaultLocale ? undefined : locale },
		props: { locale },
	}));
}

/**
 * Picks a localized text for `locale`. English falls back to the Chinese text, and says so through `lang`,
 * so the page can mark the fallback (`lang="zh-CN"`) for screen readers and search.
 */
export function pick(text: LocalizedText, locale: Locale): { text: string; lang: Locale; fallback: boolean } {
	if (locale === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
	if (locale === 'en') return { text: text.zh, lang: 'zh-cn', fallback: true };
	return { text: text.zh, lang: 'zh-cn', fallback: false };
}

/** The plain string of a localized text in `locale`, with the Chinese text as the fallback. */
export function pickText(text: LocalizedText, locale: Locale): string {
	return pick(text, locale).text;
}
