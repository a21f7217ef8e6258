import type { Page } from '@playwright/test';
import { careBootScript } from '../../src/lib/care/mode.ts';

/**
 * The performance budget's rules and its in-browser accounting, shared by the page-type sweep (page-types.spec.ts,
 * which applies them to one page of every type on the load it also checks for accessibility) and budget.spec.ts.
 */

/** What each script island enhances: a page may run that island's script only if it has this element. */
export const islands = {
	search: '[data-search]',
	lookup: '[data-finder]',
	estimator: '#estimator',
	// The subscribe page's copy-link buttons: a few hundred bytes, counted within the 2.5 KB budget.
	copy: 'button[data-copy]',
	// Read aloud, on notice pages and guidance articles: its own budget.
	readAloud: '[data-read-aloud]',
} as const;
/** The live-status script (with the copy buttons' script, where there are some), in bytes. */
export const liveStatusBudget = 2560;
/**
 * Care mode's scripts, on every page: the boot script in the head (src/lib/care/mode.ts) and the header switch's
 * island (src/scripts/care-switch.ts), in bytes. Outside the page's own budget: every page has them.
 */
export const careBudget = 1536;
/** The read-aloud island (src/scripts/read-aloud.ts), on notice pages and guidance articles, in bytes. */
export const readAloudBudget = 3072;
/**
 * A notice page's HTML plus CSS, uncompressed. Care mode's switch and the read-aloud button (their markup, the
 * notice's text as it is read aloud, their styles, the switch's inlined script) add about 4 KB to a notice.
 */
export const noticeBudget = 32 * 1024;

/** Whose budget a script is in: care mode's (the boot script, the switch), read-aloud's, or the page's own. */
export function scriptOwner(s: { src?: string; inline?: string }): 'care' | 'read-aloud' | 'page' {
	if (s.inline !== undefined)
		return s.inline === careBootScript || s.inline.includes('data-care-switch') ? 'care' : 'page';
	return /\/ReadAloud\.astro_/.test(s.src ?? '') ? 'read-aloud' : 'page';
}

/** Executable scripts in an HTML text: inline module/classic scripts and external ones (data blocks excluded). */
export function scriptsIn(html: string): Array<{ src?: string; inline?: string }> {
	const out: Array<{ src?: string; inline?: string }> = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const type = /\btype=["']?([^"'\s>]+)/.exec(m[1])?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		const src = /\bsrc=["']?([^"'\s>]+)/.exec(m[1])?.[1];
		out.push(src ? { src } : { inline: m[2] });
	}
	return out;
}

/**
 * What a page loaded: every script it ran (bytes), every request it made, its HTML and CSS bytes, its islands.
 * `scripts` and `inline` are the page's own; care mode's and read-aloud's scripts are counted apart (`scriptOwner`).
 */
export interface LoadRecord {
	status: number | undefined;
	scripts: Array<{ url: string; bytes: number }>;
	requests: Array<{ url: string; type: string }>;
	/** The document and its stylesheets, uncompressed. */
	markup: Array<{ url: string; bytes: number }>;
	/** Sizes of the inline executable scripts. */
	inline: number[];
	/** Bytes of care mode's scripts and of the read-aloud island. */
	care: number;
	readAloud: number;
	present: Record<keyof typeof islands, boolean>;
}

/**
 * Loads `url` in `page` and records, until the network is idle, every request it makes and the bytes of every
 * script, document and stylesheet it receives. Nothing is counted after that: checks that go on to use the page
 * (focus, media, viewport) do not change the record.
 */
export async function recordLoad(page: Page, url: string): Promise<LoadRecord> {
	const requests: LoadRecord['requests'] = [];
	const bodies: Array<Promise<{ kind: 'script' | 'markup'; url: string; bytes: number } | undefined>> = [];
	const onRequest = (r: import('@playwright/test').Request) => requests.push({ url: r.url(), type: r.resourceType() });
	const onResponse = (r: import('@playwright/test').Response) => {
		const t = r.request().resourceType();
		const kind = t === 'script' ? 'script' : t === 'document' || t === 'stylesheet' ? 'markup' : undefined;
		if (kind) bodies.push(r.body().then((b) => ({ kind, url: r.url(), bytes: b.length })));
	};
	page.on('request', onRequest);
	page.on('response', onResponse);
	let status: number | undefined;
	try {
		status = (await page.goto(url))?.status();
		await page.waitForLoadState('networkidle');
	} finally {
		page.off('request', onRequest);
		page.off('response', onResponse);
	}
	const received = (await Promise.all(bodies)).filter((b) => b !== undefined);
	const inlineTexts = await page.evaluate(() =>
		[...document.scripts]
			.filter((s) => !s.src && (!s.type || s.type === 'module' || s.type === 'text/javascript'))
			.map((s) => s.textContent ?? ''),
	);
	const owned = [
		...inlineTexts.map((text) => ({ owner: scriptOwner({ inline: text }), bytes: Buffer.byteLength(text) })),
		...received
			.filter((b) => b.kind === 'script')
			.map((b) => ({ owner: scriptOwner({ src: new URL(b.url).pathname }), bytes: b.bytes })),
	];
	const bytesOf = (owner: string) => owned.filter((o) => o.owner === owner).reduce((a, o) => a + o.bytes, 0);
	const present = await page.evaluate(
		(sel) => Object.fromEntries(Object.entries(sel).map(([k, v]) => [k, document.querySelector(v) !== null])),
		islands,
	);
	return {
		status,
		requests,
		scripts: received
			.filter((b) => b.kind === 'script' && scriptOwner({ src: new URL(b.url).pathname }) === 'page')
			.map(({ url: u, bytes }) => ({ url: u, bytes })),
		markup: received.filter((b) => b.kind === 'markup').map(({ url: u, bytes }) => ({ url: u, bytes })),
		inline: inlineTexts
			.filter((text) => scriptOwner({ inline: text }) === 'page')
			.map((text) => Buffer.byteLength(text)),
		care: bytesOf('care'),
		readAloud: bytesOf('read-aloud'),
		present: present as LoadRecord['present'],
	};
}
