import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedFiles } from '../../../deploy/generate.ts';
import {
	adminHeaderPolicy,
	astroCsp,
	cachePolicies,
	commonHeaders,
	contentTypeFor,
	fullPolicy,
	headerPolicy,
	headersFor,
	matchesPattern,
} from '../../../src/lib/deploy/security-headers.ts';

const directives = (policy: string) =>
	new Map(
		policy
			.split(/;\s*/)
			.filter(Boolean)
			.map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
	);

describe('the Content-Security-Policy', () => {
	const full = directives(fullPolicy);

	test('allows scripts from the site plus only what Pagefind needs (WebAssembly, its worker)', () => {
		expect(full.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(full.get('worker-src')).toEqual(["'self'"]);
		expect(full.get('connect-src')).toEqual(["'self'"]);
	});

	test.each(["'unsafe-inline'", "'unsafe-eval'", '*', 'https:', 'http:', 'blob:'])('never allows %s', (source) => {
		for (const [name, sources] of full) expect(sources, name).not.toContain(source);
	});

	test.each([
		['default-src', ["'none'"]],
		['style-src', ["'self'"]],
		['img-src', ["'self'", 'data:']],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]],
	])('%s is %j', (name, sources) => expect(full.get(name)).toEqual(sources));

	test("the header carries what a <meta> policy cannot, and nothing that needs the pages' hashes", () => {
		const header = directives(headerPolicy);
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		// A header default-src or script-src would block the inline scripts the page's own policy allows by hash.
		for (const name of ['default-src', 'script-src', 'style-src']) expect(header.has(name), name).toBe(false);
	});

	test('Astro renders the rest into each page, with the same script and style sources', () => {
		const meta = new Map(astroCsp.directives.map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
		expect(meta.has('frame-ancestors')).toBe(false);
		expect(meta.get('default-src')).toEqual(["'none'"]);
		expect(astroCsp.scriptDirective.resources).toEqual(full.get('script-src'));
		expect(astroCsp.styleDirective.resources).toEqual(full.get('style-src'));
		// Every directive of the full policy reaches the browser through one of the two.
		for (const name of full.keys()) {
			expect(
				meta.has(name) || directives(headerPolicy).has(name) || name === 'script-src' || name === 'style-src',
				name,
			).toBe(true);
		}
	});
});

describe('headersFor (local servers) and the cache rules', () => {
	test.each([
		['/', cachePolicies.short],
		['/en/outages/qs-20261201-guanmou-cun/', cachePolicies.short],
		['/outages.ics', cachePolicies.short],
		['/en/areas/guanmou-cun.xml', cachePolicies.short],
		['/api/outages.json', cachePolicies.short],
		['/_astro/BaseLayout.Cx1f2a.css', cachePolicies.immutable],
		['/pagefind/fragment/zh-cn_a09bb29.pf_fragment', cachePolicies.immutable],
		['/pagefind/index/zh-cn_2feaf63.pf_index', cachePolicies.immutable],
		['/pagefind/pagefind.js', cachePolicies.short],
		['/pagefind/pagefind-entry.json', cachePolicies.short],
		['/favicon.svg', cachePolicies.day],
	])('%s → Cache-Control %s', (urlPath, cache) => {
		const h = headersFor(urlPath);
		expect(h['Cache-Control']).toBe(cache);
		expect(h['Content-Security-Policy']).toBe(headerPolicy);
		expect(h['X-Content-Type-Options']).toBe('nosniff');
	});

	test.each([
		['/outages.xml', 'application/atom+xml; charset=utf-8'],
		['/en/areas/guanmou-cun.xml', 'application/atom+xml; charset=utf-8'],
		['/sitemap-index.xml', 'application/xml; charset=utf-8'],
		['/sitemap-0.xml', 'application/xml; charset=utf-8'],
		['/outages/qs-1.ics', 'text/calendar; charset=utf-8'],
		['/api/outages.json', 'application/json; charset=utf-8'],
		['/index.html', 'text/html; charset=utf-8'],
		['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
	])('%s is served as %s', (urlPath, type) => expect(contentTypeFor(urlPath)).toBe(type));

	test.each([
		['/_astro/*', '/_astro/a/b.js', true],
		['/_astro/*', '/_astroid.js', false],
		['/favicon.svg', '/favicon.svg', true],
		['/favicon.svg', '/favicon.svgz', false],
		['/*', '/anything/at/all', true],
	])('pattern %s matches %s: %s', (pattern, urlPath, expected) =>
		expect(matchesPattern(pattern, urlPath)).toBe(expected),
	);
});

describe('the deployment examples', () => {
	test.each(Object.entries(generatedFiles))(
		'deploy/%s is up to date (run `node deploy/generate.ts`)',
		(name, render) => {
			expect(readFileSync(path.join('deploy', name), 'utf8')).toBe(render());
		},
	);

	/** Netlify's rule: every matching block applies, a later one's header replacing an earlier one's. */
	function netlifyHeaders(file: string, urlPath: string): Record<string, string> {
		const out: Record<string, string> = {};
		let applies = false;
		for (const line of file.split('\n')) {
			if (!line.trim() || line.startsWith('#')) continue;
			if (!line.startsWith(' ')) applies = matchesPattern(line.trim(), urlPath);
			else if (applies) {
				const [name, ...value] = line.trim().split(': ');
				out[name] = value.join(': ');
			}
		}
		return out;
	}

	test.each([
		'/',
		'/en/outages/x/',
		'/outages.ics',
		'/_astro/a.js',
		'/pagefind/index/x.pf_index',
		'/pagefind/pagefind.js',
		'/favicon.svg',
		'/api/outages.json',
	])('Netlify _headers sends %s what the local server sends', (urlPath) => {
		const file = readFileSync('deploy/netlify/_headers', 'utf8');
		const { 'Content-Type': _type, ...sent } = netlifyHeaders(file, urlPath);
		expect(sent).toEqual(headersFor(urlPath));
	});

	test('nginx sends the common headers and a Cache-Control in every location (add_header does not inherit)', () => {
		const conf = readFileSync('deploy/nginx.conf', 'utf8');
		const blocks = conf.split(/\n\s*location /).slice(1);
		expect(blocks.length).toBeGreaterThanOrEqual(8);
		for (const block of blocks) {
			// The content editor has its own policy (adminHeaderPolicy) in place of the site's.
			const expected = block.startsWith('/admin/ ')
				? { ...commonHeaders, 'Content-Security-Policy': adminHeaderPolicy }
				: commonHeaders;
			for (const [name, value] of Object.entries(expected))
				expect(block, block.split('\n')[0]).toContain(`add_header ${name} "${value}" always;`);
			expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
		}
		expect(conf).toContain('error_page 404 /en/404/index.html;');
		expect(conf).toContain('error_page 404 /404.html;');
		expect(conf).toContain('default_type application/atom+xml;');
	});
});

describe('the content editor at /admin/', () => {
	test.each(['/admin/', '/admin/index.html', '/admin/decap-cms.js', '/admin/config.yml'])(
		'%s gets its own policy, noindex and no long cache',
		(p) => {
			const h = headersFor(p);
			expect(h['Content-Security-Policy']).toBe(adminHeaderPolicy);
			expect(h['X-Robots-Tag']).toBe('noindex, nofollow');
			expect(h['Cache-Control']).toBe('no-cache');
		},
	);

	test.each(['/', '/outages/', '/administration/', '/en/admin-guide/'])(
		'%s keeps the site policy: no eval, no inline styles, no third party',
		(p) => {
			const h = headersFor(p);
			expect(h['Content-Security-Policy']).toBe(headerPolicy);
			expect(h['X-Robots-Tag']).toBeUndefined();
			expect(fullPolicy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https:/);
		},
	);

	test('the editor may reach only the site itself and the git host', () => {
		const external = adminHeaderPolicy.match(/https:\/\/[^\s;]+/g) ?? [];
		expect([...new Set(external)].sort()).toEqual(['https://api.github.com', 'https://avatars.githubusercontent.com']);
		expect(adminHeaderPolicy).toContain("frame-ancestors 'none'");
	});
});
