// The care mode switch in the header (src/components/care/CareSwitch.astro). The page is already in the reader's
// chosen mode when this runs (the boot script, src/lib/care/mode.ts); this makes the button turn it on and off,
// remembers the choice on the device, and follows a change made in another tab or while the page sat in the
// back-forward cache.
import { applyCareMode, careStorageKey, storeCareMode, storedCareMode } from '../lib/care/mode.ts';

const root = document.documentElement;
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-care-switch]');
const storage = (() => {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
})();

function show(on: boolean) {
	applyCareMode(document, on);
	for (const b of buttons) b.setAttribute('aria-pressed', String(on));
}

for (const button of buttons) {
	button.addEventListener('click', () => {
		const on = root.getAttribute('data-care') !== 'on';
		storeCareMode(storage, on);
		show(on);
	});
}
window.addEventListener('storage', (e) => {
	if (e.key === careStorageKey) show(e.newValue === 'on');
});
window.addEventListener('pageshow', (e) => {
	if (e.persisted) show(storedCareMode(storage));
});
show(root.getAttribute('data-care') === 'on');
