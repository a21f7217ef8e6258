/**
 * What search engines read, checked over every page of the built fixture site: a canonical URL on the site's
 * origin (the page's own address), a meta description, Open Graph tags, <html lang>; a sitemap whose every
 * address and hreflang alternate exists; robots.txt pointing at the sitemap; JSON-LD Organization on the home
 * pages; a not-found page in both languages that is kept out of the index and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixture } from '../fixture-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';
import { candidateFiles, pagePathOf } from '../../src/lib/links/resolve.ts';
import { decodeEntities } from '../../src/lib/links/html-refs.ts';
import { expect, test } from './fixtures.ts';

const origin = new URL(JSON.parse(readFileSync(path.join(fixture.contentDir, 'site.json'), 'utf8')).baseUrl).origin;
const read = (rel: string) => readFileSync(path.join(fixture.outDir, rel), 'utf8');
const notFoundPages = ['404.html', 'en/404/index.html'];

/** The content of the first `<meta name|property=…>` or `<link rel=…>` in a page, decoded. */
function meta(html: string, attr: 'name' | 'property', key: string): string | undefined {
	const tag = new RegExp(`<meta\\b[^>]*\\b${attr}=["']?${key}["'\\s>][^>]*>`).exec(html)?.[0];
	const v = tag && /\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag);
	return v ? decodeEntities(v[1] ?? v[2] ?? v[3]) : undefined;
}
function canonical(html: string): string | undefined {
	const tag = /<link\b[^>]*\brel=["']?canonical["'\s>][^>]*>/.exec(html)?.[0];
	const v = tag && /\bhref=(?:"([^"]*)"|([^\s>]+))/.exec(tag);
	return v ? decodeEntities(v[1] ?? v[2]) : undefined;
}
/** Does the site have the file a URL on its origin names? */
function exists(url: string): boolean {
	const u = new URL(url);
	return (
		u.origin === origin &&
		candidateFiles(decodeURIComponent(u.pathname)).some((f) => existsSync(path.join(fixture.outDir, f)))
	);
}

test('every page has a canonical URL (its own address), a description, Open Graph tags and its language', () => {
	// The content editor (/admin/) is a staff tool, noindex: not a page for search engines.
	const pages = listFiles(fixture.outDir).filter(
		(f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/'),
	);
	expect(pages.length).toBeGreaterThan(50);
	const problems: string[] = [];
	for (const rel of pages) {
		const html = read(rel);
		const own = `${origin}${pagePathOf(rel)}`;
		const c = canonical(html);
		if (!c) problems.push(`${rel}: no canonical`);
		else if (!notFoundPages.includes(rel) && c !== own) problems.push(`${rel}: canonical ${c} is not ${own}`);
		else if (!exists(c)) problems.push(`${rel}: canonical ${c} does not exist`);
		if (!meta(html, 'name', 'description')?.trim()) problems.push(`${rel}: no meta description`);
		for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:locale'])
			if (!meta(html, 'property', p)?.trim()) problems.push(`${rel}: no ${p}`);
		if (c && meta(html, 'property', 'og:url') !== c) problems.push(`${rel}: og:url differs from the canonical URL`);
		const lang = /<html\b[^>]*\blang=["']?([^"'\s>]+)/.exec(html)?.[1];
		if (lang !== (rel.startsWith('en/') ? 'en' : 'zh-CN')) problems.push(`${rel}: html lang ${lang}`);
	}
	expect(problems).toEqual([]);
});

test('the sitemap lists existing pages with hreflang alternates that exist, and leaves out the not-found pages', () => {
	const index = read('sitemap-index.xml');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(sitemaps.length).toBeGreaterThan(0);
	const problems: string[] = [];
	let urls = 0;
	let withAlternates = 0;
	for (const sm of sitemaps) {
		const xml = read(new URL(sm).pathname.slice(1));
		for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
			urls++;
			const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] as string;
			if (!exists(loc)) problems.push(`${loc} does not exist`);
			if (/\/404(\.html|\/)$/.test(loc)) problems.push(`${loc}: the not-found page is in the sitemap`);
			const alternates = [...body.matchAll(/<xhtml:link[^>]*hreflang="([^"]+)"[^>]*href="([^"]+)"/g)];
			if (alternates.length > 0) withAlternates++;
			for (const [, , href] of alternates) if (!exists(href)) problems.push(`${loc}: alternate ${href} does not exist`);
		}
	}
	expect(problems).toEqual([]);
	expect(urls).toBeGreaterThan(50);
	// Pages that exist in both languages say so.
	expect(withAlternates).toBeGreaterThan(urls / 2);
	const home = read('sitemap-0.xml');
	expect(home).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}/en/outages/"/>`);
	expect(home).toContain(`<xhtml:link rel="alternate" hreflang="zh-CN" href="${origin}/outages/"/>`);
});

test('robots.txt points crawlers at the sitemap on the canonical origin', async ({ request }) => {
	const res = await request.get('/robots.txt');
	expect(res.status()).toBe(200);
	const text = await res.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	expect(exists(`${origin}/sitemap-index.xml`)).toBe(true);
});

test('the home pages describe the utility as a JSON-LD Organization', () => {
	for (const rel of ['index.html', 'en/index.html']) {
		const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(read(rel))?.[1];
		const data = JSON.parse(json ?? 'null');
		expect(data['@type']).toBe('Organization');
		expect(data.url).toBe(`${origin}${rel === 'index.html' ? '/' : '/en/'}`);
		expect(data.telephone).toBeTruthy();
	}
});

test.describe('not-found page', () => {
	for (const [missing, lang, heading] of [
		['/no-such-page/', 'zh-CN', '找不到这个页面'],
		['/en/no-such-page/', 'en', 'Page not found'],
	] as const) {
		test.describe(lang, () => {
			test.use({ allowedStatusPaths: [missing] });
			test(`${missing} answers 404 with the ${lang} page, kept out of search engines and site search`, async ({
				page,
			}) => {
				const res = await page.goto(missing);
				expect(res?.status()).toBe(404);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
				await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
				await page.getByRole('main').getByRole('link').first().click();
				await expect(page).toHaveURL(lang === 'en' ? /\/en\/$/ : /:\d+\/$/);
			});
		});
	}
});
