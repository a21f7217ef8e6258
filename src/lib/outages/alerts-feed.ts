/**
 * /api/alerts.json: the urgent alerts not yet expired at build time, in words ready to show in both languages.
 * Pages built before an alert was published carry no banner in their HTML; the live status script reads this
 * small document (served with a short cache lifetime) and shows the alerts there. The pages rebuilt on every
 * publish (home, outage list, the affected area pages) carry their alerts in the HTML as well, for readers
 * without JavaScript.
 */
import { htmlLang, localizePath, locales, pick, pickText, useTranslations } from '../../i18n/index.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import { formatDateTime } from '../time.ts';

/** One alert in one language, as the banner shows it. */
export interface AlertWords {
	severity: string;
	title: string;
	/** The language of the title or text when it falls back to Chinese on an English page. */
	titleLang?: string;
	text: string;
	textLang?: string;
	/** The label shown after a title or text in Chinese on an English page ("(in Chinese)"), where there is one. */
	inChinese?: string;
	/** "涉及地区：" / "Areas: ". */
	areasLabel: string;
	/** The areas it concerns, as [name, link]; empty when it concerns the whole service area. */
	areas: Array<[string, string]>;
	/** Said instead of areas when it concerns the whole service area. */
	everywhere: string;
	/** Between area names, and after the last. */
	separator: string;
	end: string;
	until: string;
	/** The expiry in words, in the utility's time zone. */
	expiry: string;
}

/** The document: each alert with its window and, per page language (the `lang` of <html>), its words. */
export interface AlertsDocument {
	version: 1;
	alerts: Array<{
		id: string;
		severity: Alert['severity'];
		start: string;
		expiry: string;
		words: Record<string, AlertWords>;
	}>;
}

/** The alerts document for `alerts` (already those to show, in order), with area names from `areas`. */
export function alertsDocument(
	alerts: readonly Alert[],
	areas: ReadonlyMap<string, Area>,
	timeZone: string,
): AlertsDocument {
	return {
		version: 1,
		alerts: alerts.map((a) => ({
			id: a.id,
			severity: a.severity,
			start: a.start,
			expiry: a.expiry,
			words: Object.fromEntries(
				locales.map((locale) => {
					const t = useTranslations(locale);
					const title = pick(a.title, locale);
					const text = pick(a.text, locale);
					const words: AlertWords = {
						severity: t.alerts.severity[a.severity],
						title: title.text,
						...(title.fallback ? { titleLang: 'zh-CN' } : {}),
						text: text.text,
						...(text.fallback ? { textLang: 'zh-CN' } : {}),
						...(title.fallback || text.fallback ? { inChinese: t.common.inChinese } : {}),
						areasLabel: t.alerts.areas,
						areas: a.areas.map((id) => {
							const area = areas.get(id);
							return [area ? pickText(area.name, locale) : id, localizePath(`/areas/${id}/`, locale)];
						}),
						everywhere: t.alerts.everywhere,
						separator: t.common.listSeparator,
						end: t.common.sentenceEnd,
						until: t.alerts.until,
						expiry: formatDateTime(a.expiry, timeZone, locale),
					};
					return [htmlLang(locale), words];
				}),
			),
		})),
	};
}
