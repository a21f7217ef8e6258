import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import { selfAndAncestors } from '../areas/tree.ts';
import { pickText, type Locale } from '../../i18n/index.ts';

/** The names of a notice's areas in `locale`, in the notice's order; unknown ids are shown as they are. */
export function areaNames(notice: Pick<Notice, 'areas'>, areas: ReadonlyMap<string, Area>, locale: Locale): string[] {
	return notice.areas.map((id) => {
		const a = areas.get(id);
		return a ? pickText(a.name, locale) : id;
	});
}

/** Names joined for a heading: up to `max` names, then "等" / "and others". */
export function joinAreaNames(names: readonly string[], locale: Locale, max = 3): string {
	const shown = names.slice(0, max);
	const more = names.length > max;
	if (locale === 'zh-cn') return `${shown.join('、')}${more ? '等' : ''}`;
	if (more) return `${shown.join(', ')} and others`;
	return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * Every area id a notice concerns, with the areas enclosing them: what the list filter matches on, so choosing a
 * town shows its villages' notices too.
 */
export function noticeAreaKeys(notice: Pick<Notice, 'areas'>, areas: ReadonlyMap<string, Area>): string[] {
	const keys = new Set<string>();
	for (const id of notice.areas) {
		// An id not in the tree still matches itself (content validation reports it).
		keys.add(id);
		for (const a of selfAndAncestors(areas, id)) keys.add(a);
	}
	return [...keys];
}

/** Whether a notice was ever moved to another window. */
export function wasRescheduled(notice: Pick<Notice, 'history'>): boolean {
	return notice.history.some((h) => h.event === 'rescheduled');
}
