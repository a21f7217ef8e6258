/**
 * Every page of the built fixture site has a link-preview card: og:image and twitter:image naming a PNG that the
 * site publishes (on its canonical origin, as a file in the build), with alt text, and its size announced right.
 * Pages are parsed with parse5 (the HTML standard's parser), not matched with regular expressions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fixture } from '../fixture-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The <meta> tags of a page: property or name → content. */
function metaOf(html: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (node: Node) => {
		if ('tagName' in node && node.tagName === 'meta') {
			const attrs = new Map((node as Element).attrs.map((a) => [a.name, a.value]));
			const key = attrs.get('property') ?? attrs.get('name');
			if (key && attrs.has('content')) out.set(key, attrs.get('content') as string);
		}
		if ('childNodes' in node) for (const c of node.childNodes) walk(c);
	};
	walk(parse(html));
	return out;
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('every page has an Open Graph and Twitter card image that exists, with alt text', async () => {
	const siteJson = JSON.parse(readFileSync(path.join(fixture.contentDir, 'site.json'), 'utf8')) as { baseUrl: string };
	const origin = new URL(siteJson.baseUrl).origin;
	// The CMS (/admin/) is Decap's single-page app, not a page of the site.
	const pages = listFiles(fixture.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
	expect(pages.length).toBeGreaterThan(20);
	const problems: string[] = [];
	const images = new Set<string>();
	for (const page of pages) {
		const meta = metaOf(readFileSync(path.join(fixture.outDir, page), 'utf8'));
		const problem = (what: string) => problems.push(`${page}: ${what}`);
		for (const key of ['og:image', 'og:image:alt', 'twitter:card', 'twitter:image', 'twitter:image:alt'])
			if (!meta.get(key)?.trim()) problem(`no ${key}`);
		const image = meta.get('og:image');
		if (!image) continue;
		if (meta.get('twitter:image') !== image)
			problem(`twitter:image ${meta.get('twitter:image')} is not og:image ${image}`);
		if (meta.get('twitter:image:alt') !== meta.get('og:image:alt'))
			problem('twitter:image:alt differs from og:image:alt');
		const url = new URL(image);
		if (url.origin !== origin) problem(`og:image ${image} is not on the site's origin ${origin}`);
		const file = path.join(fixture.outDir, decodeURIComponent(url.pathname));
		if (!existsSync(file)) {
			problem(`og:image ${image}: no such file in the build`);
			continue;
		}
		images.add(url.pathname);
		const png = readFileSync(file);
		if (png.subarray(1, 4).toString() !== 'PNG') problem(`og:image ${image} is not a PNG`);
		else {
			const size = pngSize(png);
			if (String(size.width) !== meta.get('og:image:width') || String(size.height) !== meta.get('og:image:height')) {
				problem(
					`og:image ${image} is ${size.width}×${size.height}, the page says ${meta.get('og:image:width')}×${meta.get('og:image:height')}`,
				);
			}
		}
	}
	expect(problems).toEqual([]);
	// A site card and one per section.
	expect([...images].sort()).toEqual(['/og/guidance.png', '/og/outages.png', '/og/site.png', '/og/tariffs.png']);
});
