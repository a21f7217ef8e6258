/**
 * Care mode (关怀模式 / Larger text): how the reader's choice is kept and applied. The choice lives on the device
 * (localStorage), never on a server; it shows as `<html data-care="on">` (or `"off"`), which src/styles/care.css
 * keys on. The attribute is absent only where scripts do not run: the header then says the switch needs them
 * (src/components/care/CareSwitch.astro).
 *
 * The stylesheet is in every page's head as `<link rel="stylesheet" … disabled blocking="render">`
 * (CareHead.astro): a disabled stylesheet is not downloaded, so readers who never switch care mode on never pay for
 * it. The boot script below runs in the head before the first paint, on every page (Astro injects it and adds its
 * hash to the page's Content-Security-Policy, src/integrations/care-mode.ts); when care mode is on it sets the
 * attribute and enables the stylesheet, whose `blocking="render"` makes the browser wait for it before painting:
 * the page never shows in the normal style first.
 */

/** The localStorage key of the reader's choice: `"on"`, or absent. */
export const careStorageKey = 'care-mode';

/** The care stylesheet's link in the head. */
export const careStylesheetSelector = 'link[data-care-stylesheet]';

/**
 * The boot script, as it runs in the head of every page (kept tiny and in ES5: it runs before anything else, in
 * every browser that runs scripts). Storage can be unavailable (blocked, private browsing): care mode is then off.
 */
export const careBootScript =
	'(function(){var d=document.documentElement,on=false;' +
	`try{on=localStorage.getItem("${careStorageKey}")==="on"}catch(e){}` +
	'd.setAttribute("data-care",on?"on":"off");' +
	`if(on){var l=document.querySelector("${careStylesheetSelector}");if(l)l.disabled=false}})()`;

/** Whether the reader chose care mode on this device. */
export function storedCareMode(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		// Stryker disable next-line OptionalChaining: equivalent; without storage the plain call throws and the catch returns the same false
		return storage?.getItem(careStorageKey) === 'on';
	} catch {
		return false;
	}
}

/** Keeps the choice on the device; false where storage is unavailable (the choice then lasts for this page only). */
export function storeCareMode(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, on: boolean): boolean {
	try {
		if (!storage) return false;
		if (on) storage.setItem(careStorageKey, 'on');
		else storage.removeItem(careStorageKey);
		return true;
	} catch {
		return false;
	}
}

/** Shows `doc` in care mode or not; the stylesheet is enabled (downloaded) the first time it is needed. */
export function applyCareMode(doc: Document, on: boolean): void {
	doc.documentElement.setAttribute('data-care', on ? 'on' : 'off');
	const sheet = doc.querySelector<HTMLLinkElement>(careStylesheetSelector);
	if (on && sheet) sheet.disabled = false;
}
