/**
 * Decides whether a reference in a built page points into the site, and if so, at which path and fragment.
 */

/** A reference resolved to a place on the site. */
export interface InternalTarget {
	/** The URL path, percent-decoded, e.g. `/outages/qs-20261201-guanmou-cun/` or `/pagefind/pagefind.js`. */
	path: string;
	/** The fragment without `#`, percent-decoded; empty when there is none. */
	fragment: string;
}

// Schemes that never name a page of this site. webcal: is rewritten to https: below, because calendar
// subscription links point at the site's own .ics files.
const externalSchemes = /^(mailto|tel|sms|data|javascript|blob|geo|ftp):/i;

/**
 * Resolves `href` found on the page at `pagePath` (a URL path such as `/en/outages/`). Returns null for
 * references that leave the site (other origins, mailto:, tel:, data: …); `origin` is the site's canonical
 * origin (site.json baseUrl), so absolute links to the site itself (canonical, hreflang, og:url) are checked too.
 */
export function resolveInternal(href: string, pagePath: string, origin: string): InternalTarget | null {
	const value = href.trim();
	if (value === '' || externalSchemes.test(value)) return null;
	const { site, page } = baseOf(origin, pagePath);
	let url: URL;
	try {
		url = new URL(value.replace(/^webcal:/i, 'https:'), page);
	} catch {
		// Not a URL at all: report it against the page as a path that cannot exist.
		return { path: value, fragment: '' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.host !== site.host) return null;
	return { path: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)) };
}

/**
 * The site's and the page's URLs, parsed once for all the references of a page (a link check resolves some 50,000
 * on a publish; parsing both for each was a third of its time).
 */
let last: { origin: string; pagePath: string; site: URL; page: URL } | undefined;
function baseOf(origin: string, pagePath: string): { site: URL; page: URL } {
	if (last?.origin !== origin || last.pagePath !== pagePath) {
		const site = last?.origin === origin ? last.site : new URL(origin);
		last = { origin, pagePath, site, page: new URL(pagePath, site) };
	}
	return last;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/**
 * The files of the built site a URL path can be served from, in order: `/x/` → `x/index.html`; `/x.css` →
 * `x.css`; `/x` → `x`, then `x/index.html` (a static host redirects `/x` to `/x/`). Relative to the site root.
 */
export function candidateFiles(urlPath: string): string[] {
	const rel = urlPath.replace(/^\/+/, '');
	if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
	return [rel, `${rel}/index.html`];
}

/** The URL path a built HTML file is served at: `en/outages/index.html` → `/en/outages/`, `404.html` → `/404.html`. */
export function pagePathOf(relFile: string): string {
	const posix = relFile.split('\\').join('/');
	if (posix === 'index.html') return '/';
	if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
	return `/${posix}`;
}
