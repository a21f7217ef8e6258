/**
 * One sitemap index over the sitemaps of several partitions, each a complete site built for the root of the origin
 * but served under its own prefix (`/a/`, `/b/`). The sitemap protocol allows no index of indexes, and a sitemap
 * may only list URLs under its own folder, so the merge rewrites each partition's sitemap files with the prefix in
 * every URL (`<loc>` and the hreflang alternates), to be served from the partition's folder, and writes one
 * `sitemap-index.xml` at the root listing them all.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const xmlOptions = {
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	processEntities: true,
	suppressEmptyNode: true,
} as const;

/** A node of fast-xml-parser's ordered tree: `{ tag: children[], ':@'?: attributes }` or `{ '#text': value }`. */
type OrderedNode = Record<string, unknown>;

/** The URL `url` on `origin` moved under `prefix` (`/a/`); throws for a URL on another origin. */
export function prefixUrl(url: string, origin: string, prefix: string): string {
	const u = new URL(url);
	if (u.origin !== origin)
		throw new Error(`${url} is not on ${origin}: a partition's sitemap lists only its own pages`);
	if (!/^\/[^/]+\/$/.test(prefix)) throw new Error(`prefix must look like /name/, got ${prefix}`);
	return `${origin}${prefix}${u.pathname.slice(1)}${u.search}${u.hash}`;
}

/**
 * A sitemap (`urlset`) or sitemap index with every URL moved under `prefix`: the text of `<loc>` and the `href` of
 * `xhtml:link` alternates. Returns the new XML and the URLs (`<loc>`) it lists.
 */
export function prefixSitemap(xml: string, origin: string, prefix: string): { xml: string; locs: string[] } {
	const tree = new XMLParser(xmlOptions).parse(xml) as OrderedNode[];
	const locs: string[] = [];
	const walk = (nodes: OrderedNode[]) => {
		for (const node of nodes) {
			const attrs = node[':@'] as Record<string, string> | undefined;
			if ('xhtml:link' in node && attrs?.['@_href']) attrs['@_href'] = prefixUrl(attrs['@_href'], origin, prefix);
			for (const [tag, children] of Object.entries(node)) {
				if (tag === ':@' || tag === '#text' || !Array.isArray(children)) continue;
				if (tag === 'loc') {
					const text = children.find((c) => '#text' in c) as { '#text': string } | undefined;
					if (!text) throw new Error('a <loc> without a URL');
					text['#text'] = prefixUrl(String(text['#text']), origin, prefix);
					locs.push(text['#text']);
				} else walk(children as OrderedNode[]);
			}
		}
	};
	walk(tree);
	return { xml: new XMLBuilder(xmlOptions).build(tree) as string, locs };
}

/** The `<loc>`s of a sitemap or sitemap index, in order. */
export function sitemapLocs(xml: string): string[] {
	const locs: string[] = [];
	const walk = (nodes: OrderedNode[]) => {
		for (const node of nodes) {
			for (const [tag, children] of Object.entries(node)) {
				if (tag === ':@' || !Array.isArray(children)) continue;
				if (tag === 'loc')
					locs.push(String((children.find((c) => '#text' in c) as { '#text': string } | undefined)?.['#text'] ?? ''));
				else walk(children as OrderedNode[]);
			}
		}
	};
	walk(new XMLParser(xmlOptions).parse(xml) as OrderedNode[]);
	return locs;
}

/** A sitemap index listing `sitemaps` (absolute URLs), as @astrojs/sitemap writes one. */
export function sitemapIndex(sitemaps: readonly string[]): string {
	const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.map((s) => `<sitemap><loc>${esc(s)}</loc></sitemap>`).join('')}</sitemapindex>\n`;
}
