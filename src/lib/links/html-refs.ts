/**
 * Pulls the references (href, src, action) and the fragment targets (id, a[name]) out of an HTML page with a
 * single regular-expression scan: no DOM, so checking tens of thousands of built pages stays fast. The scan
 * skips comments and the bodies of <script> and <style>, where "tags" are not markup.
 */

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

// One token per match: a comment, a raw-text element with its body (attributes in group 2), or a start tag
// (name in group 3, attributes in group 4).
const tokenRe = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
const attrRe = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Scans one page. */
export function scanHtml(html: string): HtmlScan {
	const refs: HtmlRef[] = [];
	const ids = new Set<string>();
	for (const m of html.matchAll(tokenRe)) {
		if (m[0].startsWith('<!--')) continue;
		const tag = (m[1] ?? m[3]).toLowerCase();
		const attrText = m[1] ? m[2] : m[4];
		if (!attrText) continue;
		const wanted = referenceAttrs[tag];
		// Most tags carry neither a reference nor an id: skip their attributes without parsing them.
		if (!wanted && !attrText.includes('id=') && !attrText.includes('ID=')) continue;
		for (const a of attrText.matchAll(attrRe)) {
			const name = a[1].toLowerCase();
			const raw = a[2] ?? a[3] ?? a[4];
			if (raw === undefined) continue;
			if (name === 'id' || (name === 'name' && tag === 'a')) {
				const id = decodeEntities(raw);
				if (id) ids.add(id);
			} else if (wanted?.includes(name)) {
				refs.push({ tag, attr: name, value: decodeEntities(raw).trim() });
			}
		}
	}
	return { refs, ids };
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that occur in attribute values (`&amp;`, `&#39;`, `&#x2F;`). */
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
