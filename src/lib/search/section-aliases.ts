/**
 * Words readers search for a section by that the section page itself does not say ("停电查询" for the outage
 * list). Indexed as hidden keywords of that page, in its language. Keyed by the locale-neutral path. Keep the
 * lists short and real: every entry should be a query someone would type.
 */
import type { Locale } from '../../i18n/index.ts';

export const sectionAliases: Record<string, Record<Locale, string[]>> = {
	'/outages/': {
		'zh-cn': ['停电通知', '停电公告', '停电查询', '停电计划', '计划停电', '什么时候停电', '哪里停电'],
		en: ['power cut', 'power cuts', 'outage', 'outages', 'planned outage', 'blackout', 'notice'],
	},
	'/areas/': {
		'zh-cn': ['按村查询', '按小区查询', '村', '社区', '小区', '地区', '停电查询'],
		en: ['village', 'community', 'estate', 'area', 'find my area'],
	},
	'/outages/subscribe/': {
		'zh-cn': ['订阅', '停电提醒', '停电日历', '日历订阅', '手机日历'],
		en: ['subscribe', 'calendar', 'alerts', 'notifications', 'feed'],
	},
	'/tariffs/': {
		'zh-cn': ['电价标准', '电费标准', '居民电价', '一度电多少钱'],
		en: ['electricity prices', 'tariff', 'tariffs', 'price per kWh'],
	},
	'/tariffs/estimator/': {
		'zh-cn': ['电费计算', '电费估算', '电费计算器', '算电费'],
		en: ['bill estimator', 'bill calculator', 'estimate my bill'],
	},
	'/tariffs/why-bills-rise/': {
		'zh-cn': ['电费高', '电费突然变高', '电费怎么涨了', '电费比上月多'],
		en: ['why is my bill higher', 'my bill went up', 'high bill'],
	},
	'/guidance/': {
		'zh-cn': ['安全用电', '用电安全', '用电常识'],
		en: ['safety', 'electrical safety', 'safety advice'],
	},
};

/** The aliases of the page at `path` in `locale`; none for pages without an entry. */
export function aliasesFor(path: string, locale: Locale): string[] {
	return sectionAliases[path]?.[locale] ?? [];
}
