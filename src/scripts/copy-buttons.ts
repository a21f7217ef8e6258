// Copy buttons (button[data-copy]), shown only where the browser can copy: without them (or without JavaScript)
// the text or link beside each button is there to select, or to touch and hold. The status element after the
// button's paragraph or list says whether it worked.
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');
const statusNear = (b: HTMLElement) => b.closest('p, ul')?.nextElementSibling as HTMLElement | null;
if (navigator.clipboard && window.isSecureContext) {
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const status = statusNear(button);
			try {
				await navigator.clipboard.writeText(button.dataset.copy ?? '');
				if (status) status.textContent = button.dataset.copied ?? '';
			} catch {
				if (status) status.textContent = button.dataset.failed ?? '';
			}
		});
	}
}
