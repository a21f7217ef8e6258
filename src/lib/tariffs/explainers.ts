import { localizePath, type Locale } from '../../i18n/index.ts';
import { splitArticleId } from '../guidance/articles.ts';

/**
 * Links to the tariff explanation pages for the tariffs page in `locale`: the page in that language, or the
 * Chinese one (marked `lang`) where no translation exists, so English readers still find every explanation.
 */
export function explainerLinks(entries: ReadonlyArray<{ id: string; data: { title: string; summary: string } }>, locale: Locale): Array<{ href: string; title: string; summary: string; lang?: string }> {
	const refs = entries.map((e) => ({ ...splitArticleId(e.id), data: e.data }));
	const slugs = [...new Set(refs.map((r) => r.slug))];
	return slugs.flatMap((slug) => {
		const own = refs.find((r) => r.slug === slug && r.locale === locale);
		if (own) return [{ href: localizePath(`/tariffs/${slug}/`, locale), title: own.data.title, summary: own.data.summary }];
		const other = refs.find((r) => r.slug === slug);
		if (!other) return [];
		return [{ href: localizePath(`/tariffs/${slug}/`, other.locale), title: other.data.title, summary: other.data.summary, lang: other.locale === 'zh-cn' ? 'zh-CN' : 'en' }];
	});
}
