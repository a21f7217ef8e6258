import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { checkSiteLinks, formatBroken } from '../../../src/lib/links/check-site.ts';

const origin = 'https://power.qingshan.example';
/** Writes a small built site to a temporary folder. */
const site = (files: Record<string, string>) => writeTree(files, 'links-');
afterEach(removeTrees);

const page = (body: string) =>
	`<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;
const base = {
	'_astro/site.css': 'body{}',
	'index.html': page('<h1 id="top-heading">Home</h1><a href="/outages/">x</a>'),
	'outages/index.html': page('<h2 id="today">Today</h2><a href="/">home</a>'),
	'en/index.html': page('<a href="/en/outages/">x</a>'),
	'en/outages/index.html': page('<p id="list">x</p>'),
	'outages.ics': 'BEGIN:VCALENDAR',
	'404.html': page('<a href="/">home</a>'),
};

describe('checkSiteLinks', () => {
	test('a site whose links all resolve passes', () => {
		const report = checkSiteLinks(site(base), origin);
		expect(report.broken).toEqual([]);
		expect(report.pages).toBe(5);
		expect(report.links).toBeGreaterThan(5);
	});

	test.each([
		[
			'a missing page',
			{ 'index.html': page('<a href="/tariffs/">x</a>') },
			'/',
			'/tariffs/',
			'a[href]',
			/no such page/,
		],
		[
			'a missing script',
			{ 'index.html': page('<script type="module" src="/_astro/gone.js"></script>') },
			'/',
			'/_astro/gone.js',
			'script[src]',
			/no such page/,
		],
		[
			'a missing image',
			{ 'en/index.html': page('<img src="../logo.png" alt="">') },
			'/en/',
			'../logo.png',
			'img[src]',
			/no such page/,
		],
		[
			'a missing stylesheet',
			{ 'outages/index.html': page('<link rel="stylesheet" href="/_astro/x.css">') },
			'/outages/',
			'/_astro/x.css',
			'link[href]',
			/no such page/,
		],
		[
			'a canonical URL on the site origin that does not exist',
			{ '404.html': page('<link rel="canonical" href="https://power.qingshan.example/404/">') },
			'/404.html',
			'https://power.qingshan.example/404/',
			'link[href]',
			/no such page/,
		],
		[
			'a fragment missing on the same page',
			{ 'index.html': page('<a href="#nowhere">x</a>') },
			'/',
			'#nowhere',
			'a[href]',
			/id "nowhere"/,
		],
		[
			'a fragment missing on another page',
			{ 'index.html': page('<a href="/outages/#tomorrow">x</a>') },
			'/',
			'/outages/#tomorrow',
			'a[href]',
			/id "tomorrow"/,
		],
		[
			'a missing feed behind webcal:',
			{ 'en/index.html': page('<a href="webcal://power.qingshan.example/en/outages.ics">x</a>') },
			'/en/',
			'webcal://power.qingshan.example/en/outages.ics',
			'a[href]',
			/no such page/,
		],
		[
			'a missing search form target',
			{ 'index.html': page('<form action="/search/"><input name="q"></form>') },
			'/',
			'/search/',
			'form[action]',
			/no such page/,
		],
	])('reports %s', (_name, change, pagePath, href, where, reason) => {
		const report = checkSiteLinks(site({ ...base, ...change }), origin);
		expect(report.broken).toHaveLength(1);
		expect(report.broken[0]).toMatchObject({ page: pagePath, href, where });
		expect(report.broken[0].reason).toMatch(reason);
	});

	test.each([
		['a fragment present on another page', '<a href="/outages/#today">x</a>'],
		['a fragment present on the same page', '<a href="#top-heading">x</a>'],
		['#top and a bare #', '<a href="#top">x</a><a href="#">y</a>'],
		['a directory link without its trailing slash (hosts redirect it)', '<a href="/outages">x</a>'],
		['a file that exists', '<a href="/outages.ics">x</a>'],
		[
			'external, mail and phone links',
			'<a href="https://gov.example/">x</a><a href="mailto:a@b.example">m</a><a href="tel:123">t</a>',
		],
		['a query string on an existing page', '<a href="/outages/?from=home">x</a>'],
	])('accepts %s', (_name, body) => {
		const report = checkSiteLinks(site({ ...base, 'index.html': page(`<h1 id="top-heading">x</h1>${body}`) }), origin);
		expect(report.broken).toEqual([]);
	});

	test('lists every broken link of every page, sorted by page', () => {
		const report = checkSiteLinks(
			site({
				...base,
				'index.html': page('<a href="/b/">b</a><a href="/a/">a</a>'),
				'en/index.html': page('<a href="/en/x/">x</a>'),
			}),
			origin,
		);
		expect(report.broken.map((b) => `${b.page} → ${b.href}`)).toEqual(['/ → /a/', '/ → /b/', '/en/ → /en/x/']);
		expect(formatBroken(report.broken)[0]).toBe('/ → /a/ (a[href]): no such page or file / 页面或文件不存在');
	});

	test('the same broken link twice on one page is reported once', () => {
		const report = checkSiteLinks(
			site({ ...base, 'index.html': page('<a href="/x/">1</a><a href="/x/">2</a>') }),
			origin,
		);
		expect(report.broken).toHaveLength(1);
	});
});

describe('formatBroken', () => {
	test('cuts long lists and says how many more', () => {
		const broken = Array.from({ length: 5 }, (_, i) => ({ page: '/', href: `/${i}/`, where: 'a[href]', reason: 'r' }));
		expect(formatBroken(broken, 2)).toEqual([
			'/ → /0/ (a[href]): r',
			'/ → /1/ (a[href]): r',
			'… and 3 more / 另有 3 处',
		]);
	});
});

describe('checkSiteLinks: markup-like text', () => {
	test('a notice whose text reads like markup passes (it lands unescaped in meta content)', () => {
		const notice = `<!doctype html><html><head><meta name="description" content="原因：10kV>0 <img src=x，更换开关。"><meta property="og:description" content="a > b <img src=x"><link rel="stylesheet" href="/_astro/site.css"></head><body><p>原因：10kV&gt;0 &lt;img src=x</p><a href="/">home</a></body></html>`;
		const report = checkSiteLinks(site({ ...base, 'outages/qs-1/index.html': notice }), origin);
		expect(report.broken).toEqual([]);
	});
});

describe('checkSiteLinks with a cache', () => {
	/** Every field of the report but the counts of parsed and reused pages. */
	const verdict = (r: ReturnType<typeof checkSiteLinks>) => ({ pages: r.pages, links: r.links, broken: r.broken });

	test('a warm check parses only changed pages and gives the cold check’s verdict', () => {
		const dir = site(base);
		const cacheDir = writeTree({}, 'links-cache-');
		const cold = checkSiteLinks(dir, origin, { cacheDir });
		expect([cold.parsed, cold.reused]).toEqual([5, 0]);
		const warm = checkSiteLinks(dir, origin, { cacheDir });
		expect([warm.parsed, warm.reused]).toEqual([0, 5]);
		expect(verdict(warm)).toEqual(verdict(cold));
		expect(verdict(warm)).toEqual(verdict(checkSiteLinks(dir, origin)));
	});

	test.each([
		// The page with the link is unchanged (its scan is reused), but its target has gone: still broken.
		['a target removed', (d: string) => rmSync(path.join(d, 'outages/index.html')), ['/ → /outages/#today'], 4],
		// The id the fragment names has gone from an otherwise unchanged target's page.
		[
			'a fragment target removed',
			(d: string) => writeFileSync(path.join(d, 'outages/index.html'), page('<h2>Today</h2><a href="/">home</a>')),
			['/ → /outages/#today'],
			4,
		],
		[
			'a page changed to link nowhere',
			(d: string) => writeFileSync(path.join(d, 'en/index.html'), page('<a href="/en/nowhere/">x</a>')),
			['/en/ → /en/nowhere/'],
			4,
		],
	])('after %s, warm and cold checks agree', (_name, change, broken, reused) => {
		const files = { ...base, 'index.html': page('<h1 id="top-heading">Home</h1><a href="/outages/#today">x</a>') };
		const dir = site(files);
		const cacheDir = writeTree({}, 'links-cache-');
		expect(checkSiteLinks(dir, origin, { cacheDir }).broken).toEqual([]);
		change(dir);
		const warm = checkSiteLinks(dir, origin, { cacheDir });
		const cold = checkSiteLinks(dir, origin);
		expect(verdict(warm)).toEqual(verdict(cold));
		expect(warm.broken.map((b) => `${b.page} → ${b.href}`)).toEqual(broken);
		expect(warm.reused).toBe(reused);
	});

	test('a damaged cache file is ignored', () => {
		const dir = site(base);
		const cacheDir = writeTree({ 'links/scans.json': '{"format":1,"strings":[' }, 'links-cache-');
		const report = checkSiteLinks(dir, origin, { cacheDir });
		expect([report.parsed, report.broken.length]).toEqual([5, 0]);
	});
});

describe('checkSiteLinks with the build’s list of files', () => {
	const withSearch = {
		...base,
		'index.html': page('<h1>Home</h1><a href="/outages/">x</a><script src="/pagefind/pagefind.js"></script>'),
		'pagefind/pagefind.js': '',
	};
	test('files the list names are there, pagefind/ files are looked up on disk, and the verdict is a full walk’s', () => {
		const dir = site(withSearch);
		const files = Object.keys(withSearch).filter((f) => !f.startsWith('pagefind/'));
		const listed = checkSiteLinks(dir, origin, { files });
		expect(listed.broken).toEqual([]);
		expect({ pages: listed.pages, links: listed.links }).toEqual(
			(({ pages, links }) => ({ pages, links }))(checkSiteLinks(dir, origin)),
		);
		rmSync(path.join(dir, 'pagefind/pagefind.js'));
		expect(checkSiteLinks(dir, origin, { files }).broken.map((b) => b.href)).toEqual(['/pagefind/pagefind.js']);
	});
	test('a page the list leaves out is not there for the check', () => {
		const dir = site(withSearch);
		const files = Object.keys(withSearch).filter((f) => !f.startsWith('pagefind/') && f !== 'outages/index.html');
		expect(checkSiteLinks(dir, origin, { files }).broken.map((b) => `${b.page} → ${b.href}`)).toEqual([
			'/ → /outages/',
		]);
	});
});

describe('checkSiteLinks of one segment of a site (defer)', () => {
	test('a reference to a file the segment does not hold is left to the merge, each target once', () => {
		const dir = site({
			...base,
			'outages/a/index.html': page('<a href="/outages/closed/">old</a> <a href="/outages/closed/#when">when</a>'),
			'outages/b/index.html': page('<a href="/outages/closed/">old</a> <a href="#nowhere">here</a>'),
		});
		const report = checkSiteLinks(dir, origin, { defer: true });
		expect(report.deferred.map((d) => [d.path, d.fragment, d.page])).toEqual([
			['/outages/closed/', '', '/outages/a/'],
			['/outages/closed/', 'when', '/outages/a/'],
		]);
		// What the segment holds is judged as before: a missing element on its own page is broken.
		expect(report.broken.map((b) => [b.page, b.href])).toEqual([['/outages/b/', '#nowhere']]);
	});

	test('without defer, the same references are broken', () => {
		const dir = site({ ...base, 'outages/a/index.html': page('<a href="/outages/closed/">old</a>') });
		const report = checkSiteLinks(dir, origin);
		expect(report.deferred).toEqual([]);
		expect(report.broken.map((b) => b.href)).toEqual(['/outages/closed/']);
	});
});
