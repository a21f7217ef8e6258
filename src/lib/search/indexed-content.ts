/**
 * The part of a built page that Pagefind can read, as one string: a page's search key is made of this instead of
 * its bytes, so that a page whose HTML changed only where search does not look (the current outage list of an area
 * page, marked `data-pagefind-ignore`; a live-status label outside <main>) does not make its bundle be indexed
 * again. Read with htmlparser2's tokenizer, like the link check.
 *
 * What is kept errs on the side of keeping too much — keeping too much only costs a re-index, leaving out
 * something Pagefind reads would reuse a stale bundle:
 * - the `lang` of <html> (Pagefind's language);
 * - inside the indexed region (`data-pagefind-body`, or the whole <body> when a page has none), every element with
 *   all its attributes and text, except inside `data-pagefind-ignore`;
 * - anywhere on the page except inside `data-pagefind-ignore="all"`: elements carrying a `data-pagefind-*`
 *   attribute (filters, meta, sort, weight) with their attributes and text, every <h1> and <img> (Pagefind's
 *   default title and image) — these are read even inside `data-pagefind-ignore`, which only stops indexing text.
 */
import { Parser } from 'htmlparser2';

/** Elements HTML never closes: they get no closing mark and do not stay on the element stack. */
const voidElements = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

type Ignore = 'none' | 'index' | 'all';

interface Frame {
	tag: string;
	/** Inside the region Pagefind indexes. */
	body: boolean;
	ignore: Ignore;
	/** Inside an element Pagefind reads whatever the ignore state (filter, meta, h1…). */
	read: boolean;
	/** Whether this element was written to the output (so its end is too). */
	kept: boolean;
}

/** Whether an element is one Pagefind reads even where its text is not indexed. */
function readAnywhere(tag: string, attribs: Record<string, string>): boolean {
	if (tag === 'h1' || tag === 'img') return true;
	return Object.keys(attribs).some(
		(a) => a.startsWith('data-pagefind-') && a !== 'data-pagefind-ignore' && a !== 'data-pagefind-body',
	);
}

/** Whether the page marks the region search indexes (`data-pagefind-body`); pages without it are not indexed. */
export function hasSearchBody(html: string): boolean {
	return /\sdata-pagefind-body[\s=>]/.test(html);
}

/**
 * What Pagefind can read of `html`, serialised. Two pages with the same result give Pagefind the same input (the
 * URL aside), so an index built from one serves for the other.
 */
export function indexedContent(html: string): string {
	// Pagefind indexes <body> when the page has no data-pagefind-body (the site marks <main> on every searchable
	// page; a page without it is then left out of the index altogether, which this keeps conservative).
	const hasBody = hasSearchBody(html);
	const out: string[] = [];
	const stack: Frame[] = [{ tag: '#root', body: false, ignore: 'none', read: false, kept: false }];
	const top = () => stack[stack.length - 1];
	const parser = new Parser(
		{
			onopentag(tag, attribs) {
				const parent = top();
				if (tag === 'html' && attribs.lang !== undefined) out.push(`lang=${attribs.lang}\n`);
				const mark = attribs['data-pagefind-ignore'];
				const ignore: Ignore =
					parent.ignore === 'all' || mark === 'all' ? 'all' : mark !== undefined ? 'index' : parent.ignore;
				const body = parent.body || (hasBody ? 'data-pagefind-body' in attribs : tag === 'body');
				const read = ignore !== 'all' && (parent.read || readAnywhere(tag, attribs));
				const kept = ignore !== 'all' && ((body && ignore === 'none') || read);
				if (kept) {
					const attrs = Object.keys(attribs)
						.sort()
						.map((a) => ` ${a}="${attribs[a]}"`)
						.join('');
					out.push(`<${tag}${attrs}>`);
				}
				if (!voidElements.has(tag)) stack.push({ tag, body, ignore, read, kept });
			},
			ontext(text) {
				if (top().kept) out.push(text);
			},
			onclosetag(tag) {
				if (voidElements.has(tag)) return;
				// htmlparser2 closes implied ends itself, one call per element, innermost first.
				const frame = stack.length > 1 && top().tag === tag ? stack.pop() : undefined;
				if (frame?.kept) out.push(`</${tag}>`);
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return out.join('');
}
