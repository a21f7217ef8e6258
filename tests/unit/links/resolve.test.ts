import { describe, expect, test } from 'vitest';
import { candidateFiles, pagePathOf, resolveInternal } from '../../../src/lib/links/resolve.ts';

const origin = 'https://power.qingshan.example';

describe('resolveInternal', () => {
	test.each([
		['root-relative', '/outages/', '/en/', { path: '/outages/', fragment: '' }],
		['relative to the page', 'qs-1/', '/outages/', { path: '/outages/qs-1/', fragment: '' }],
		['parent-relative', '../tariffs/', '/en/outages/', { path: '/en/tariffs/', fragment: '' }],
		['fragment only', '#when', '/outages/qs-1/', { path: '/outages/qs-1/', fragment: 'when' }],
		['path and fragment', '/guidance/storm/#steps', '/', { path: '/guidance/storm/', fragment: 'steps' }],
		['query dropped', '/search/?q=%E5%81%9C%E7%94%B5', '/', { path: '/search/', fragment: '' }],
		['percent-encoded path decoded', '/areas/%E5%85%B3/', '/', { path: '/areas/关/', fragment: '' }],
		['percent-encoded fragment decoded', '#%E5%81%9C%E7%94%B5', '/x/', { path: '/x/', fragment: '停电' }],
		['absolute on the site origin', 'https://power.qingshan.example/en/', '/', { path: '/en/', fragment: '' }],
		[
			'webcal on the site origin',
			'webcal://power.qingshan.example/outages.ics',
			'/',
			{ path: '/outages.ics', fragment: '' },
		],
		['protocol-relative on the site origin', '//power.qingshan.example/a/', '/', { path: '/a/', fragment: '' }],
	])('%s: %s on %s', (_name, href, page, expected) => {
		expect(resolveInternal(href, page, origin)).toEqual(expected);
	});

	test.each([
		['another origin', 'https://www.gov.example/'],
		['http on another host', 'http://power.qingshan.example.evil/'],
		['mailto', 'mailto:service@power.qingshan.example'],
		['tel', 'tel:08395550199'],
		['data', 'data:image/png;base64,AAAA'],
		['javascript', 'javascript:void(0)'],
		['empty', ''],
		['webcal elsewhere', 'webcal://calendar.example/x.ics'],
	])('%s leaves the site', (_name, href) => {
		expect(resolveInternal(href, '/', origin)).toBeNull();
	});
});

describe('candidateFiles', () => {
	test.each([
		['/', ['index.html']],
		['/outages/', ['outages/index.html']],
		['/outages.ics', ['outages.ics', 'outages.ics/index.html']],
		['/en/404', ['en/404', 'en/404/index.html']],
		['/pagefind/pagefind.js', ['pagefind/pagefind.js', 'pagefind/pagefind.js/index.html']],
	])('%s', (p, expected) => {
		expect(candidateFiles(p)).toEqual(expected);
	});
});

describe('pagePathOf', () => {
	test.each([
		['index.html', '/'],
		['en/index.html', '/en/'],
		['outages/qs-1/index.html', '/outages/qs-1/'],
		['404.html', '/404.html'],
	])('%s → %s', (file, expected) => {
		expect(pagePathOf(file)).toBe(expected);
	});
});
