/**
 * Pulls the references (href, src, action) and the fragment targets (id, a[name]) out of an HTML page with a
 * streaming tokenizer (htmlparser2): no DOM, so checking tens of thousands of built pages stays fast.
 */
import { Parser } from 'htmlparser2';

/** A reference from one page to another resource, as written in the HTML (entities decoded). */
export interface HtmlRef {
	/** The element, lower case: `a`, `link`, `script`, `img`, `form`, `source`, `iframe`, `area`. */
	tag: string;
	/** The attribute the reference is in: `href`, `src` or `action`. */
	attr: string;
	/** The attribute's value, trimmed, with character references decoded. */
	value: string;
}

/** What a page links to, and which `#fragment` targets it offers. */
export interface HtmlScan {
	refs: HtmlRef[];
	/** Every `id` in the page and every `<a name>`: the fragments a link to this page may name. */
	ids: Set<string>;
}

/** Which attribute of which element is a reference the link check follows. */
const referenceAttrs: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	iframe: ['src'],
	form: ['action'],
};

/**
 * Scans one page with htmlparser2's tokenizer, which reads HTML as a browser does: attribute values may hold any
 * text (a notice whose reason reads `10kV>0 <img src=x` lands in `<meta content>` unescaped, since Astro escapes
 * only `&` and `"` in attributes), comments and the bodies of <script>, <style>, <title> and <textarea> are not
 * markup, and character references are decoded.
 */
export function scanHtml(html: string): HtmlScan {
	const refs: HtmlRef[] = [];
	const ids = new Set<string>();
	const parser = new Parser(
		{
			onopentag(tag, attribs) {
				const id = attribs.id;
				if (id) ids.add(id);
				if (tag === 'a' && attribs.name) ids.add(attribs.name);
				for (const attr of referenceAttrs[tag] ?? []) {
					const value = attribs[attr];
					if (value !== undefined) refs.push({ tag, attr, value: value.trim() });
				}
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return { refs, ids };
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references that occur in attribute values (`&amp;`, `&#39;`, `&#x2F;`), for tests that
 * read single attributes out of a page; the link check itself gets values decoded by the tokenizer.
 */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return named[body.toLowerCase()] ?? whole;
	});
}
