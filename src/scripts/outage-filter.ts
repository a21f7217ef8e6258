/**
 * The outage list's instant filter: shows the selects (the page works without them through links), then hides
 * the notices that do not match the chosen area (or an area inside it) and date, and empty sections.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-outage-filter]')) {
	const area = form.querySelector<HTMLSelectElement>('[data-filter-area]') as HTMLSelectElement;
	const date = form.querySelector<HTMLSelectElement>('[data-filter-date]') as HTMLSelectElement;
	const count = form.querySelector<HTMLElement>('[data-filter-count]') as HTMLElement;
	const messages: string[] = JSON.parse(form.dataset.messages ?? '[]');
	const list = document.querySelector<HTMLElement>('[data-outage-list]');
	const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
	form.hidden = false;

	const apply = () => {
		if (!list) return;
		let shown = 0;
		list.querySelectorAll<HTMLElement>('[data-notice]').forEach((card) => {
			const okArea = !area.value || (card.dataset.areas ?? '').split(' ').includes(area.value);
			const section = card.closest<HTMLElement>('[data-section]')?.dataset.section;
			const okDate = !date.value || section === date.value;
			card.hidden = !(okArea && okDate);
			if (!card.hidden) shown++;
		});
		list.querySelectorAll<HTMLElement>('section[data-section]').forEach((s) => {
			s.hidden = !!(area.value || date.value) && !s.querySelector('[data-notice]:not([hidden])');
		});
		if (empty) empty.hidden = shown > 0;
		const filtering = area.value || date.value;
		count.textContent = filtering ? (messages[Math.min(shown, 2)] ?? '').replace(/\d+/, String(shown)) : '';
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (e) => e.preventDefault());
	apply();
}
