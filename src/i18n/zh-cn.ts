/**
 * The Chinese (zh-CN) interface strings: the reference dictionary. Every key here must exist in `en.ts`
 * (the type system checks it). Group strings by the part of the site that uses them.
 */
export const zhCN = {
	common: {
		skipToContent: '跳到正文',
		hotline: '供电服务热线',
		mainNav: '主导航',
		nav: { outages: '停电信息', tariffs: '电价', guidance: '安全用电', search: '搜索' },
		home: '首页',
		languageSwitch: '语言',
		otherLanguageName: 'English',
		otherLanguageLabel: 'Read this page in English',
		inChinese: '（中文原文）',
		sampleBanner: '本网站内容为虚构的示例，不代表任何真实供电单位。',
		breadcrumb: '当前位置',
	},
	footer: {
		contacts: '联系我们',
		feeds: '订阅与数据',
		feedAtom: '停电公告订阅（Atom）',
		feedIcs: '停电日历（iCalendar）',
		subscribe: '如何订阅停电通知',
		feedJson: '停电数据（JSON）',
		builtAt: '本站内容生成于',
		separator: '。',
		timeZoneNote: (zone: string) => `页面上的时间均为供电单位所在地时间（${zone}）。`,
	},
	home: {
		title: '首页',
		lead: '查询停电计划、了解电价、学习安全用电知识。',
		outagesTitle: '停电信息',
		outagesText: '我家什么时候停电？停多久？为什么停？',
		tariffsTitle: '电价',
		tariffsText: '电费怎么算？这个月的电费为什么高了？',
		guidanceTitle: '安全用电',
		guidanceText: '停电前后、雷雨天气、电动车充电，怎样用电更安全。',
		searchTitle: '搜索',
		searchText: '按村名、小区、线路或关键词查找。',
	},
	search: {
		/** Content type filter labels in search results. */
		types: { outage: '停电', area: '停电', tariff: '电价', guidance: '安全用电', page: '其他' },
	},
	notFound: {
		title: '找不到这个页面',
		text: '您要找的页面不存在或已移动。',
		back: '返回首页',
	},
} as const;

/** The shape every locale's dictionary has: the Chinese one with its literal strings widened to string. */
export type Dictionary = Widen<typeof zhCN>;

type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { [K in keyof T]: Widen<T[K]> };
