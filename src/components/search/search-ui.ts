/**
 * The search page's island: runs queries through Pagefind's core JS API (/pagefind/pagefind.js, which picks the
 * index of the page's language from <html lang>) with the site's own input, filters, result template and status
 * line. The query goes through `normaliseQuery` first (see src/lib/search/query.ts). The page keeps `?q=` (and the
 * filters) in its address, so a search can be bookmarked, shared, and started from the header's search box on any
 * page.
 *
 * The index comes in bundles (src/lib/search/bundles.ts), listed in /pagefind/archive/manifest.json: the live
 * bundle (/pagefind/: every page but the notices), one per open month's notices (/pagefind/open/<YYYY-MM>/, merged
 * with Pagefind's `mergeIndex` before the first search) and one per closed year (/pagefind/archive/<year>/). The
 * first search runs on the live and open bundles, so what it loads does not grow with the archive; the archive is
 * merged in when the reader asks for past notices, when the rest finds nothing, or when the address says
 * `archive=1`, and stays merged for later searches.
 *
 * Not Pagefind's Modular UI: its Instance calls `pagefind.filters()` before the first search, which downloads
 * every filter index (about 53 KB gzip on a 24,000-page site) although most searches use no filter. The core
 * `search(term, { filters })` loads only the filter indexes a query uses.
 */
import { normaliseQuery, searchRanking } from '../../lib/search/query.ts';
import { archiveSpan, formatMonth } from '../../lib/search/archive.ts';
import { isNotice, upcomingFirst, type SearchFilters } from '../../lib/search/upcoming.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
/** Counts per filter value: { type: { 停电: 12, … }, district: { … } }. */
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
	results: PagefindResult[];
	/** For each filter value, how many results the search would have with it; only for filter indexes loaded. */
	filters?: FilterCounts;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string, options: { filters: SearchFilters }): Promise<PagefindSearch>;
	filters(): Promise<FilterCounts>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}
/** /pagefind/archive/manifest.json (src/schemas/search-archive.ts). */
interface ArchiveManifest {
	through: string | null;
	bundles: Array<{ id: string; path: string; from: string; to: string }>;
	open: Array<{ id: string; path: string }>;
}
interface Strings {
	searching: string;
	error: string;
	resultsOne: string;
	resultsMany: string;
	noResults: string;
	archiveNote: string;
	archiveIncluded: string;
	/** The `type` filter value of power-cut pages. */
	outageType: string;
}

const filterNames = ['type', 'district'] as const;
/**
 * Results are added to the list in batches of this many placeholders; each placeholder loads its result's data
 * only when it scrolls into view, and the next batch is added when the last placeholder does. The first screen
 * costs a handful of fragment requests however many pages match.
 */
const batchSize = 20;

/** A text node-safe element. */
function el(tag: string, className: string, text?: string): HTMLElement {
	const e = document.createElement(tag);
	e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
}

/**
 * One result: its type (and a notice's status badge, which the live-status script labels from the window on the
 * reader's clock, as on every notice list), its title as a link, a notice's date window, the excerpt with the
 * match marked.
 */
function renderResult(result: PagefindResultData): HTMLElement {
	const li = document.createElement('li');
	const type = result.filters?.type?.[0];
	if (type) li.append(el('p', 'result__type', type));
	const meta = result.meta ?? {};
	if (isNotice(meta)) {
		const badge = el('p', 'result__status');
		badge.dataset.liveStatus = '';
		badge.dataset.start = meta.start;
		badge.dataset.end = meta.end;
		badge.dataset.lifecycle = meta.lifecycle === 'cancelled' ? 'cancelled' : 'published';
		li.append(badge);
	}
	const title = el('p', 'result__title');
	const a = document.createElement('a');
	a.href = result.meta?.url ?? result.url;
	a.textContent = result.meta?.title ?? result.url;
	title.append(a);
	li.append(title);
	if (result.meta?.summary) li.append(el('p', 'result__when', result.meta.summary));
	// The page's own description reads better than an excerpt, which may quote the hidden search keywords.
	// Pagefind's excerpt (the page's text, HTML-escaped, <mark> around matches) is the fallback.
	const excerpt = el('p', 'result__excerpt');
	if (result.meta?.description) excerpt.textContent = result.meta.description;
	else excerpt.innerHTML = result.excerpt;
	li.append(excerpt);
	return li;
}

/** A result not loaded yet: an empty, fixed-height row that screen readers skip. */
function placeholder(): HTMLElement {
	const li = document.createElement('li');
	li.dataset.loading = '';
	li.setAttribute('aria-hidden', 'true');
	return li;
}

/** Starts the search UI in `root` (the element with data-search). */
export async function startSearch(root: HTMLElement): Promise<void> {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	const form = root.querySelector('form') as HTMLFormElement;
	const input = form.querySelector('input[name="q"]') as HTMLInputElement;
	const filters = root.querySelector('[data-search-filters]') as HTMLElement;
	const status = root.querySelector('[data-search-status]') as HTMLElement;
	const list = root.querySelector('[data-search-results]') as HTMLElement;
	const archiveBox = root.querySelector('[data-search-archive]') as HTMLElement;
	const archiveText = root.querySelector('[data-search-archive-text]') as HTMLElement;
	const archiveButton = root.querySelector('[data-search-archive-button]') as HTMLButtonElement;
	const lang = document.documentElement.lang || 'zh-CN';
	const bundle = root.dataset.bundle ?? '/pagefind/';
	const timeZone = root.dataset.timeZone ?? 'Asia/Shanghai';
	root.querySelector('[data-search-nojs]')?.remove();

	// Restore the search from the address: ?q=…&type=…&district=…
	const params = new URL(location.href).searchParams;
	let wantArchive = params.get('archive') === '1';
	input.value = params.get('q') ?? '';
	for (const name of filterNames) {
		const value = params.get(name) ?? '';
		const radio = filters.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
		if (radio) radio.checked = true;
	}

	let pagefind: Pagefind;
	try {
		// Importing only fetches the script: Pagefind loads its wasm and index on the first search.
		// A URL in a variable: the bundle exists only in the built site, not for the bundler to resolve.
		const url = `${bundle}pagefind.js`;
		pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ ranking: searchRanking });
	} catch (e) {
		console.error(e);
		status.textContent = strings.error;
		return;
	}
	filters.hidden = false;

	let shownQuery = '';

	// The manifest (about a kilobyte) is fetched once, at the start; the open months' bundles are merged before the
	// first search, the archive's only when needed.
	let manifest: Promise<ArchiveManifest | undefined> | undefined;
	const loadManifest = () =>
		(manifest ??= fetch(`${bundle}archive/manifest.json`)
			.then((r) => (r.ok ? (r.json() as Promise<ArchiveManifest>) : undefined))
			.catch((e: unknown) => {
				console.error(e);
				return undefined;
			}));
	// Merging fetches only each bundle's entry file; its index is loaded by the first search that needs it.
	const openMerged = loadManifest().then(async (m) => {
		for (const b of m?.open ?? []) await pagefind.mergeIndex(b.path, { ranking: searchRanking, baseUrl: '/' });
	});
	let merged: Promise<void> | undefined;
	let archiveMerged = false;
	const mergeArchive = () =>
		(merged ??= loadManifest().then(async (m) => {
			// One after the other: each mergeIndex fetches its bundle's entry and page list.
			for (const b of m?.bundles ?? []) await pagefind.mergeIndex(b.path, { ranking: searchRanking, baseUrl: '/' });
			archiveMerged = true;
		}));
	/** Under the status: what the results leave out and the button to include it, or that they include it. */
	const showArchive = async () => {
		const m = await loadManifest();
		const span = archiveSpan(m?.bundles ?? []);
		if (!m || !span || !shownQuery) {
			archiveBox.hidden = true;
			return;
		}
		archiveBox.hidden = false;
		archiveButton.hidden = archiveMerged;
		archiveText.textContent = archiveMerged
			? strings.archiveIncluded
					.replace('{from}', formatMonth(span.from, lang))
					.replace('{to}', formatMonth(span.to, lang))
			: strings.archiveNote.replace('{through}', formatMonth(m.through ?? span.to, lang));
	};
	archiveButton.addEventListener('click', () => {
		wantArchive = true;
		run();
	});

	// Greying out filter values the query has no results for needs every filter index, so it waits until the
	// reader first focuses or changes a filter (then `pagefind.filters()` loads them all, once); until then the
	// values show as usual. The first search therefore loads no filter index unless it uses a filter.
	let filtersLoaded: Promise<void> | undefined;
	let filtersReady = false;
	const loadFilters = () => {
		filtersLoaded ??= openMerged
			.then(() => pagefind.filters())
			.then(
				() => {
					filtersReady = true;
				},
				(e: unknown) => console.error(e),
			);
		return filtersLoaded;
	};
	/** Marks the values the current query has no results for (they stay selectable and focusable). */
	const markEmpty = (available: FilterCounts | undefined) => {
		for (const name of filterNames) {
			for (const radio of filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
				if (!radio.value) continue;
				const wrapper = radio.closest('label') as HTMLElement;
				const count = available?.[name]?.[radio.value] ?? 0;
				if (filtersReady && available && shownQuery && count === 0) wrapper.setAttribute('data-empty', '');
				else wrapper.removeAttribute('data-empty');
			}
		}
	};

	const selected = (): Record<string, string[]> => {
		const out: Record<string, string[]> = {};
		for (const name of filterNames) {
			const value = filters.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
			if (value) out[name] = [value];
		}
		return out;
	};

	// Placeholders load their result when they scroll into view; the last one of a batch also adds the next batch.
	let searchId = 0;
	let pending: PagefindResult[] = [];
	const waiting = new Map<Element, PagefindResult>();
	const addBatch = () => {
		for (const result of pending.splice(0, batchSize)) {
			const li = placeholder();
			waiting.set(li, result);
			list.append(li);
			observer.observe(li);
		}
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				const li = entry.target;
				const result = waiting.get(li);
				observer.unobserve(li);
				waiting.delete(li);
				if (li === list.lastElementChild && pending.length) addBatch();
				if (!result) continue;
				const id = searchId;
				result.data().then(
					(data) => {
						if (id === searchId && li.isConnected) {
							li.replaceWith(renderResult(data));
							dispatchEvent(new Event('live-status'));
						}
					},
					(e: unknown) => {
						console.error(e);
						if (id === searchId) status.textContent = strings.error;
					},
				);
			}
		},
		{ threshold: 0.01 },
	);
	const clearList = () => {
		observer.disconnect();
		waiting.clear();
		pending = [];
		list.replaceChildren();
		delete list.dataset.count;
	};

	const run = async () => {
		shownQuery = input.value.trim();
		const chosen = selected();
		const url = new URL(location.href);
		url.search = '';
		if (shownQuery) url.searchParams.set('q', shownQuery);
		for (const [name, values] of Object.entries(chosen)) url.searchParams.set(name, values[0]);
		if (wantArchive) url.searchParams.set('archive', '1');
		history.replaceState(null, '', url);

		const id = ++searchId;
		clearList();
		if (!shownQuery) {
			status.textContent = '';
			archiveBox.hidden = true;
			markEmpty(undefined);
			return;
		}
		status.textContent = strings.searching;
		const term = normaliseQuery(shownQuery);
		// The power cuts still to come first, then the rest by relevance (src/lib/search/upcoming.ts), as of the
		// reader's clock: the index holds each notice's window, never its status.
		const ranked = () =>
			upcomingFirst(
				{
					search: (filters) => pagefind.search(term, { filters }),
					facts: async (r) => {
						const data = await r.data();
						return { meta: data.meta, types: data.filters?.type ?? [] };
					},
					outageType: strings.outageType,
				},
				chosen,
				Date.now(),
				timeZone,
			);
		let found: PagefindSearch = { results: [] };
		try {
			await openMerged;
			if (filtersLoaded) await filtersLoaded;
			if (wantArchive) await mergeArchive();
			// A query of punctuation only normalises to nothing: it finds nothing.
			if (term) found = await ranked();
			// Nothing recent: the reader is looking for something past (an old plan number, a line worked on last year).
			if (term && found.results.length === 0 && !archiveMerged && (await loadManifest())?.bundles.length) {
				await mergeArchive();
				if (id !== searchId) return;
				found = await ranked();
			}
		} catch (e) {
			console.error(e);
			if (id === searchId) status.textContent = strings.error;
			return;
		}
		if (id !== searchId) return;
		const n = found.results.length;
		// The count, for scripts and tests that need to know when the list is complete.
		list.dataset.count = String(n);
		const template = n === 0 ? strings.noResults : n === 1 ? strings.resultsOne : strings.resultsMany;
		status.textContent = template.replace('{n}', String(n)).replace('{q}', shownQuery);
		markEmpty(found.filters);
		pending = [...found.results];
		addBatch();
		showArchive().catch((e: unknown) => console.error(e));
	};

	// On the first focus in the filters: load every filter index, then grey out the current query's empty values.
	filters.addEventListener('focusin', () => {
		if (filtersLoaded) return;
		const id = searchId;
		const query = shownQuery;
		loadFilters()
			.then(async () => {
				const term = normaliseQuery(query);
				if (!term || id !== searchId) return;
				const found = await pagefind.search(term, { filters: selected() });
				if (id === searchId) markEmpty(found.filters);
			})
			.catch((e: unknown) => console.error(e));
	});

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 300);
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		run();
	});
	filters.addEventListener('change', () => {
		loadFilters();
		run();
	});
	if (input.value) run();
}
