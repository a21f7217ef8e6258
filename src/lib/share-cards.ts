import type { Locale } from '../i18n/index.ts';

/** The link-preview cards: one for the site, one per section. */
export type ShareCardId = 'site' | 'outages' | 'tariffs' | 'guidance';

/** A link-preview image (Open Graph / Twitter card), drawn once by scripts/draw-share-cards.ts into public/. */
export interface ShareCard {
	id: ShareCardId;
	/** Its path on the site. */
	file: string;
	width: number;
	height: number;
	/** What the image shows, for readers who cannot see it (og:image:alt, twitter:image:alt). */
	alt: Record<Locale, string>;
}

const size = { width: 1200, height: 630 } as const;

/** Every card, the site card first. */
export const shareCards: readonly ShareCard[] = [
	{
		id: 'site',
		file: '/og/site.png',
		...size,
		alt: {
			'zh-cn': '青山县供电局：停电通知、电价、安全用电',
			en: 'Qingshan County Power Supply Bureau: power cuts, prices, safety',
		},
	},
	{
		id: 'outages',
		file: '/og/outages.png',
		...size,
		alt: { 'zh-cn': '青山县供电局 停电通知', en: 'Qingshan County Power Supply Bureau: planned power cuts' },
	},
	{
		id: 'tariffs',
		file: '/og/tariffs.png',
		...size,
		alt: {
			'zh-cn': '青山县供电局 电价与电费',
			en: 'Qingshan County Power Supply Bureau: electricity prices and bills',
		},
	},
	{
		id: 'guidance',
		file: '/og/guidance.png',
		...size,
		alt: { 'zh-cn': '青山县供电局 安全用电指南', en: 'Qingshan County Power Supply Bureau: safe use of electricity' },
	},
];

/** The publisher logo of the structured data (Google asks for a raster image): the favicon's mark, 256 px. */
export const logo = { file: '/logo.png', width: 256, height: 256 } as const;

/**
 * The card for a page, by its locale-neutral path: a section's pages (notices and area pages under outages) share
 * their section's card, every other page gets the site card.
 */
export function shareCardFor(neutralPath: string): ShareCard {
	const section = /^\/(outages|areas|tariffs|guidance)(\/|$)/.exec(neutralPath)?.[1];
	const id: ShareCardId = section === 'areas' ? 'outages' : ((section as ShareCardId | undefined) ?? 'site');
	return shareCards.find((c) => c.id === id) as ShareCard;
}
