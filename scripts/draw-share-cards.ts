/**
 * `npm run share-cards`: draws the link-preview images (Open Graph / Twitter cards) once, as PNG, into
 * public/og/ — a site card and one per section — plus public/logo.png (the publisher logo of the structured data).
 * Run it after changing the wording or the brand colours below, and commit the PNGs: the build itself draws nothing,
 * needs no font and no network. The cards carry both languages, so one set serves every page.
 * Needs a CJK font: Debian's fonts-noto-cjk (`apt-get install fonts-noto-cjk`).
 * 生成分享卡片图片（一次性运行，提交生成的 PNG）。
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { shareCards, type ShareCardId } from '../src/lib/share-cards.ts';

const fontFiles = [
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
const missing = fontFiles.filter((f) => !existsSync(f));
if (missing.length) {
	console.error(`Missing fonts ${missing.join(', ')}: apt-get install fonts-noto-cjk / 缺少中文字体`);
	process.exit(1);
}

const brand = '#0a4a82';
const accent = '#ffbf47';
/** The favicon's bolt, scaled: the one mark the site has. */
const bolt = (x: number, y: number, size: number) =>
	`<g transform="translate(${x} ${y}) scale(${size / 32})"><rect width="32" height="32" rx="6" fill="${brand}"/><path d="M18 3 7 18h7l-2 11 11-15h-7z" fill="${accent}"/></g>`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The utility's name, from the committed site configuration. */
const siteName = (JSON.parse(readFileSync('content/site.json', 'utf8')) as { name: { zh: string; en: string } }).name;

/** Card text in both languages: the section's name big, the utility's name small. */
const words: Record<ShareCardId, { zh: string; en: string }> = {
	site: siteName,
	outages: { zh: '停电通知', en: 'Planned power cuts' },
	tariffs: { zh: '电价与电费', en: 'Electricity prices and bills' },
	guidance: { zh: '安全用电指南', en: 'Safe use of electricity' },
};

function cardSvg(id: ShareCardId): string {
	const w = words[id];
	const footer = id === 'site' ? '停电通知 · 电价 · 安全用电' : `${words.site.zh} · ${words.site.en}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${brand}"/>
<rect y="560" width="1200" height="70" fill="#06335c"/>
<rect x="80" y="110" width="12" height="230" fill="${accent}"/>
${bolt(980, 90, 140)}
<text x="130" y="225" font-family="Noto Sans CJK SC" font-weight="700" font-size="104" fill="#ffffff">${escape(w.zh)}</text>
<text x="130" y="315" font-family="Noto Sans CJK SC" font-size="50" fill="#ffffff">${escape(w.en)}</text>
<text x="80" y="607" font-family="Noto Sans CJK SC" font-size="30" fill="#ffffff">${escape(footer)}</text>
</svg>`;
}

const render = (svg: string, width: number) =>
	new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' },
	})
		.render()
		.asPng();

const outDir = path.resolve('public');
mkdirSync(path.join(outDir, 'og'), { recursive: true });
for (const card of shareCards) {
	const png = render(cardSvg(card.id), card.width);
	writeFileSync(path.join(outDir, card.file.slice(1)), png);
	console.log(`wrote public${card.file} (${png.length} bytes)`);
}
const logo = render(
	`<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 32 32">${bolt(0, 0, 32)}</svg>`,
	256,
);
writeFileSync(path.join(outDir, 'logo.png'), logo);
console.log(`wrote public/logo.png (${logo.length} bytes)`);
