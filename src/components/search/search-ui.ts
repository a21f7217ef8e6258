/**
 * The search page's island: runs queries through the Pagefind Modular UI (its Instance loads the index of the
 * page's language, <html lang>; its ResultList renders results lazily) with the site's own input, filters,
 * result template and status line. The query goes through `normaliseQuery` first (see src/lib/search/query.ts).
 * The page keeps `?q=` (and the filters) in its address, so a search can be bookmarked, shared, and started from
 * the header's search box on any page.
 */
import { normaliseQuery, searchRanking } from '../../lib/search/query.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface ModularInstance {
	add(component: unknown): void;
	on(event: 'results', cb: (r: { results: unknown[] }) => void): void;
	on(event: 'loading', cb: () => void): void;
	on(event: 'filters', cb: (f: { available: Record<string, Record<string, number>>; total: Record<string, Record<string, number>> }) => void): void;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}
interface ModularUI {
	Instance: new (options: Record<string, unknown>) => ModularInstance;
	ResultList: new (options: Record<string, unknown>) => unknown;
}
interface Strings {
	searching: string;
	error: string;
	resultsOne: string;
	resultsMany: string;
	noResults: string;
}

const filterNames = ['type', 'district'] as const;

/** Loads a classic script once; resolves when it has run. */
function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const el = document.createElement('script');
		el.src = src;
		el.onload = () => resolve();
		el.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(el);
	});
}

/** A text node-safe element. */
function el(tag: string, className: string, text?: string): HTMLElement {
	const e = document.createElement(tag);
	e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
}

/** One result: its type, its title as a link, a notice's date window, the excerpt with the match marked. */
function renderResult(result: PagefindResultData): HTMLElement {
	const li = document.createElement('li');
	const type = result.filters?.type?.[0];
	if (type) li.append(el('p', 'result__type', type));
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

/** Starts the search UI in `root` (the element with data-search). */
export async function startSearch(root: HTMLElement): Promise<void> {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	const form = root.querySelector('form') as HTMLFormElement;
	const input = form.querySelector('input[name="q"]') as HTMLInputElement;
	const filters = root.querySelector('[data-search-filters]') as HTMLElement;
	const status = root.querySelector('[data-search-status]') as HTMLElement;
	const list = root.querySelector('[data-search-results]') as HTMLElement;
	const bundle = root.dataset.bundle ?? '/pagefind/';
	root.querySelector('[data-search-nojs]')?.remove();

	// Restore the search from the address: ?q=…&type=…&district=…
	const params = new URL(location.href).searchParams;
	input.value = params.get('q') ?? '';
	for (const name of filterNames) {
		const value = params.get(name) ?? '';
		const radio = filters.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
		if (radio) radio.checked = true;
	}

	let ui: ModularUI;
	try {
		await loadScript(`${bundle}pagefind-modular-ui.js`);
		ui = (window as unknown as { PagefindModularUI: ModularUI }).PagefindModularUI;
	} catch {
		status.textContent = strings.error;
		return;
	}
	const instance = new ui.Instance({ bundlePath: bundle, ranking: searchRanking });
	instance.add(
		new ui.ResultList({
			containerElement: '#search-results',
			resultTemplate: renderResult,
			placeholderTemplate: () => '<li data-loading aria-hidden="true"></li>',
		}),
	);
	filters.hidden = false;

	let shownQuery = '';
	instance.on('loading', () => {
		delete list.dataset.count;
		if (shownQuery) status.textContent = strings.searching;
	});
	instance.on('results', ({ results }) => {
		if (!shownQuery) {
			status.textContent = '';
			delete list.dataset.count;
			return;
		}
		const n = results.length;
		// The count, for scripts and tests that need to know when the list is complete.
		list.dataset.count = String(n);
		const template = n === 0 ? strings.noResults : n === 1 ? strings.resultsOne : strings.resultsMany;
		status.textContent = template.replace('{n}', String(n)).replace('{q}', shownQuery);
	});
	// Grey out filter values the current query has no results for (they stay selectable and focusable).
	instance.on('filters', ({ available }) => {
		for (const name of filterNames) {
			for (const label of filters.querySelectorAll<HTMLElement>(`input[name="${name}"]`)) {
				const value = (label as HTMLInputElement).value;
				if (!value) continue;
				const count = available?.[name]?.[value] ?? 0;
				const wrapper = label.closest('label') as HTMLElement;
				if (count === 0 && shownQuery) wrapper.setAttribute('data-empty', '');
				else wrapper.removeAttribute('data-empty');
			}
		}
	});

	const selected = (): Record<string, string[]> => {
		const out: Record<string, string[]> = {};
		for (const name of filterNames) {
			const value = filters.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
			if (value) out[name] = [value];
		}
		return out;
	};

	const run = () => {
		shownQuery = input.value.trim();
		const chosen = selected();
		const url = new URL(location.href);
		url.search = '';
		if (shownQuery) url.searchParams.set('q', shownQuery);
		for (const [name, values] of Object.entries(chosen)) url.searchParams.set(name, values[0]);
		history.replaceState(null, '', url);
		instance.triggerSearchWithFilters(normaliseQuery(shownQuery), chosen);
	};

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
	filters.addEventListener('change', run);
	if (input.value) run();
}
