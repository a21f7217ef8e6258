import { describe, expect, test } from 'vitest';
import { decodeEntities, scanHtml } from '../../../src/lib/links/html-refs.ts';

describe('scanHtml: references', () => {
	test.each([
		['a href, double quotes', '<a href="/outages/">x</a>', [['a', 'href', '/outages/']]],
		['a href, single quotes', "<a class=x href='/en/'>x</a>", [['a', 'href', '/en/']]],
		['a href, unquoted (compressed HTML)', '<a href=/tariffs/ class=x>x</a>', [['a', 'href', '/tariffs/']]],
		['upper-case tag and attribute', '<A HREF="/x/">x</A>', [['a', 'href', '/x/']]],
		['link href', '<link rel="canonical" href="https://e.example/">', [['link', 'href', 'https://e.example/']]],
		[
			'script src (its body is skipped)',
			'<script type="module" src="/_astro/a.js"></script>',
			[['script', 'src', '/_astro/a.js']],
		],
		['img src', '<img src="/logo.svg" alt="">', [['img', 'src', '/logo.svg']]],
		['form action', '<form action="/search/" method="get">', [['form', 'action', '/search/']]],
		['entities decoded', '<a href="/search/?q=a&amp;b=1">x</a>', [['a', 'href', '/search/?q=a&b=1']]],
		['value trimmed', '<a href=" /x/ ">x</a>', [['a', 'href', '/x/']]],
		['data-href is not a reference', '<a data-href="/nope/">x</a>', []],
		['img href is not a reference', '<img href="/nope/">', []],
		['a commented-out link is not a reference', '<!-- <a href="/gone/">x</a> -->', []],
		['markup inside a script is not a reference', '<script>const s = "<a href=\\"/gone/\\">";</script>', []],
		['markup inside a style is not a reference', '<style>/* <a href="/gone/"> */</style>', []],
		['an attribute without value', '<a download href="/f.ics">x</a>', [['a', 'href', '/f.ics']]],
		// Notice text lands unescaped in attribute values (Astro escapes only & and " there): it is text, not tags.
		[
			'markup-like text in a meta description',
			'<meta name="description" content="原因：10kV>0 <img src=x。"><a href="/a/">a</a>',
			[['a', 'href', '/a/']],
		],
		[
			'markup-like text in a link title',
			'<a href="/outages/x/" title="a > b <img src=x onerror=y>">x</a>',
			[['a', 'href', '/outages/x/']],
		],
		[
			'a tag-like string in an attribute before a real tag',
			'<meta content="<script src=/gone.js>"><script src="/_astro/a.js"></script>',
			[['script', 'src', '/_astro/a.js']],
		],
		['markup inside a title is text', '<title>停电 <img src=x></title>', []],
		['markup inside a textarea is text', '<textarea><a href="/gone/">x</a></textarea>', []],
		[
			'several on a line',
			'<a href="/a/">a</a><img src="/b.png"><a href="#c">c</a>',
			[
				['a', 'href', '/a/'],
				['img', 'src', '/b.png'],
				['a', 'href', '#c'],
			],
		],
	])('%s', (_name, html, expected) => {
		expect(scanHtml(html).refs.map((r) => [r.tag, r.attr, r.value])).toEqual(expected);
	});
});

describe('scanHtml: fragment targets', () => {
	test.each([
		['id on any element', '<h2 id="when">x</h2><section id=why>', ['when', 'why']],
		['a name', '<a name="old-anchor"></a>', ['old-anchor']],
		['name on other elements is not a target', '<input name="q">', []],
		['ids with entities and CJK', '<h2 id="停电&amp;复电">x</h2>', ['停电&复电']],
		['ids inside a comment do not count', '<!-- <p id="ghost"> -->', []],
		['an id in attribute text is not a target', '<meta content="a>b <p id=ghost>">', []],
		['script with an id counts', '<script id="data" type="application/json">{}</script>', ['data']],
	])('%s', (_name, html, expected) => {
		expect([...scanHtml(html).ids]).toEqual(expected);
	});
});

describe('decodeEntities', () => {
	test.each([
		['plain', 'plain'],
		['a&amp;b', 'a&b'],
		['&#39;&#x2F;&quot;&lt;&gt;', '\'/"<>'],
		['&unknown; stays', '&unknown; stays'],
		['&#x4e2d;', '中'],
	])('%s → %s', (input, expected) => {
		expect(decodeEntities(input)).toBe(expected);
	});
});
