/**
 * The "find my area" island: loads the area index on first use, suggests matches as the reader types, and goes
 * to the chosen area's page. Combobox + listbox pattern: the input keeps focus; arrow keys move the active
 * option (aria-activedescendant), Enter opens it (or the best match), Escape closes the list. When nothing
 * matches, a message says so on screen (and to screen readers through the status line), with a link to the list
 * of every area.
 */
import { matchAreas, type FinderEntry, type FinderMatch } from '../lib/areas/finder-match.ts';

const indexes = new Map<string, Promise<FinderEntry[]>>();
const load = (url: string) => {
	let p = indexes.get(url);
	if (!p) indexes.set(url, (p = fetch(url).then((r) => r.json() as Promise<FinderEntry[]>)));
	return p;
};

for (const form of document.querySelectorAll<HTMLFormElement>('[data-finder]')) {
	const input = form.querySelector<HTMLInputElement>('[data-finder-input]') as HTMLInputElement;
	const list = form.querySelector<HTMLUListElement>('[data-finder-list]') as HTMLUListElement;
	const status = form.querySelector<HTMLElement>('[data-finder-status]') as HTMLElement;
	const none = form.querySelector<HTMLElement>('[data-finder-none]') as HTMLElement;
	const submit = form.querySelector<HTMLButtonElement>('[data-finder-submit]') as HTMLButtonElement;
	const messages: string[] = JSON.parse(form.dataset.messages ?? '{}').results ?? [];
	const url = form.dataset.index as string;
	// Only now is the input a combobox: without this script it is a plain text field that submits the form, and
	// combobox attributes in the HTML would announce a list that never opens (and are invalid without the role).
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');
	let matches: FinderMatch[] = [];
	let active = -1;

	const setActive = (i: number) => {
		active = i;
		list.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
		if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
		else input.removeAttribute('aria-activedescendant');
	};
	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		setActive(-1);
	};
	const go = (m: FinderMatch | undefined) => {
		if (m) location.href = m.href;
	};
	const render = async () => {
		const entries = await load(url);
		matches = matchAreas(entries, input.value, 8);
		list.replaceChildren(
			...matches.map((m, i) => {
				const li = document.createElement('li');
				li.id = `${list.id}-${i}`;
				li.setAttribute('role', 'option');
				li.setAttribute('aria-selected', 'false');
				li.textContent = m.name;
				if (m.where) {
					const small = document.createElement('small');
					small.textContent = m.where;
					li.append(small);
				}
				li.addEventListener('mousedown', (e) => e.preventDefault());
				li.addEventListener('click', () => go(m));
				return li;
			}),
		);
		const typed = input.value.trim() !== '';
		const open = typed && matches.length > 0;
		list.hidden = !open;
		input.setAttribute('aria-expanded', String(open));
		setActive(-1);
		none.hidden = !typed || matches.length > 0;
		status.textContent = typed ? (messages[Math.min(matches.length, messages.length - 1)] ?? '') : '';
	};

	input.addEventListener('input', () => void render());
	input.addEventListener('focus', () => void load(url));
	input.addEventListener('blur', close);
	// Pressing the button would take the focus from the input, and the list would close under the finger: the form
	// gets shorter, the button moves, and the click lands on whatever is there instead (tested on a phone and a
	// laptop). Keeping the focus where it is keeps the list, the button and the click in place; the button still
	// submits, and the keyboard still reaches it with Tab.
	submit.addEventListener('mousedown', (e) => e.preventDefault());
	input.addEventListener('keydown', (e) => {
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			e.preventDefault();
			if (list.hidden) return void render();
			const n = matches.length;
			if (n) setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
		} else if (e.key === 'Escape') {
			if (!list.hidden) e.preventDefault();
			close();
		}
	});
	form.addEventListener('submit', async (e) => {
		e.preventDefault();
		if (active >= 0) return go(matches[active]);
		const entries = await load(url);
		const best = matchAreas(entries, input.value, 1)[0];
		if (best) go(best);
		else if (input.value.trim()) {
			await render();
			status.textContent = messages[0] ?? '';
		} else form.submit();
	});
}
