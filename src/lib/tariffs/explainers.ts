import { localizePath, type Locale } from '../../i18n/index.ts';
import { splitArticleId } from '../guidance/articles.ts';

/**
 * Links to the tariff explanation pages for the tariffs page in `locale`: the page in that language, or the
 * Chinese one (marked `lang`) where no translation exists, so English readers still find every explanation.
 */
export function explainerLinks(
	entries: ReadonlyArray<{ id: string; data: { title: string; summary: string } }>,
	locale: Locale,
): Array<{ href: string; title: string; summary: string; lang?: string }> {
	const refs = entries.map((e) => ({ ...splitArticleId(e.id), data: e.data }));
	const slugs = [...new Set(refs.map((r) => r.slug))];
	return slugs.flatMap((slug) => {
		const own = refs.find((r) => r.slug === slug && r.locale === locale);
		if (own)
			return [{ href: localizePath(`/tariffs/${slug}/`, locale), title: own.data.title, summary: own.data.summary }];
		const other = refs.find((r) => r.slug === slug);
		if (!other) return [];
		return [
			{
				href: localizePath(`/tariffs/${slug}/`, other.locale),
				title: other.data.title,
				summary: other.data.summary,
				lang: other.locale === 'zh-cn' ? 'zh-CN' : 'en',
			},
		];
	});
}

/**
 * The dates search engines get for a tariff explanation page (`id` names it in errors). Its numbers come from the
 * tariff version in force, so the page changes when a version comes into force as well as when its text is
 * reviewed: dateModified is the later of `lastReviewed` and the version's `effectiveFrom` (a version not yet in
 * force has changed nothing). datePublished is `published`, else `lastReviewed`, else dateModified.
 */
export function explainerDates(
	id: string,
	data: { lastReviewed?: string; published?: string },
	version: { effectiveFrom: string; inForce: boolean },
): { datePublished: string; dateModified: string } {
	const dates = [data.lastReviewed, version.inForce ? version.effectiveFrom : undefined]
		.filter((d): d is string => !!d)
		.sort();
	const dateModified = dates[dates.length - 1];
	if (!dateModified)
		throw new Error(
			`${id}: lastReviewed: needed while no tariff version is in force / 尚无生效的电价版本，需填写 lastReviewed`,
		);
	return { datePublished: data.published ?? data.lastReviewed ?? dateModified, dateModified };
}
