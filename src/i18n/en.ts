import type { Dictionary } from './zh-cn.ts';

/** The English interface strings. Keys mirror `zh-cn.ts`. */
export const en: Dictionary = {
	common: {
		skipToContent: 'Skip to main content',
		hotline: 'Service hotline',
		mainNav: 'Main navigation',
		nav: { outages: 'Power cuts', tariffs: 'Prices', guidance: 'Safety', search: 'Search' },
		home: 'Home',
		languageSwitch: 'Language',
		otherLanguageName: '中文',
		otherLanguageLabel: '阅读本页中文版',
		inChinese: '(in Chinese)',
		sampleBanner: 'This website shows fictional sample content. It is not a real power company.',
		breadcrumb: 'You are here',
	},
	footer: {
		contacts: 'Contact us',
		feeds: 'Feeds and data',
		feedAtom: 'Power cut notices (Atom feed)',
		feedIcs: 'Power cut calendar (iCalendar)',
		subscribe: 'How to subscribe to power cut notices',
		feedJson: 'Power cut data (JSON)',
		builtAt: 'Last updated',
		separator: '. ',
		timeZoneNote: (zone: string) => `All times are local time where the utility is (${zone}).`,
	},
	home: {
		title: 'Home',
		lead: 'Planned power cuts, electricity prices and staying safe with electricity.',
		outagesTitle: 'Power cuts',
		outagesText: 'When will my village lose power, for how long, and why?',
		tariffsTitle: 'Electricity prices',
		tariffsText: 'How is my bill worked out? Why is this month’s bill higher?',
		guidanceTitle: 'Staying safe',
		guidanceText: 'Before and after a power cut, storms, charging an e-bike: how to stay safe.',
		searchTitle: 'Search',
		searchText: 'Find a village, estate, power line or topic.',
	},
	search: {
		types: { outage: 'Power cuts', area: 'Power cuts', tariff: 'Prices', guidance: 'Safety', page: 'Other' },
	},
	notFound: {
		title: 'Page not found',
		text: 'The page you are looking for does not exist or has moved.',
		back: 'Go to the home page',
	},
};
