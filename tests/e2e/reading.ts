import type { Page } from '@playwright/test';

/**
 * What a resident needs to read and use a page, measured in the browser on the page as loaded (the page-type sweep,
 * page-types.spec.ts, runs these on every page type in both languages; the task scenarios use them too). Each audit
 * returns a list of problems in words, empty when the page passes, so a failure names the element and the figure.
 *
 * - `layoutProblems`: at the current viewport, nothing makes the page scroll sideways; no text is cut off by a box
 *   that hides its overflow, lies outside the screen or is squeezed to a character or two a line; no placeholder is
 *   wider than its field. A table may be wider than the screen only inside a scroll region the reader can reach
 *   (focusable, named) that says so on screen: `[data-scroll-hint]` visible while it overflows.
 * - `targetProblems`: every target (link, button, field, summary) is at least 24 CSS px tall — an inline link on
 *   every line it occupies — and 24 px wide or with 24 px of room across it (WCAG 2.5.8's spacing exception); the
 *   primary controls (form fields and buttons, the main navigation, the rows of a choice of radio buttons or
 *   checkboxes, calendar days) at least 44×44; a phone number stays on one line.
 * - `languageProblems`: on an English page, Han characters and full-width punctuation only inside an element marked
 *   `lang="zh-CN"` and labelled on screen as Chinese (an element `[data-in-chinese]` right before or after it, which
 *   says "(in Chinese)"), the language switch `a.site-header__lang` excepted (a language's own name); on a Chinese
 *   page, no half-width punctuation (, . : ; ! ? ( )) next to a Han character outside an element marked as another
 *   language. The title, the description and the attributes read aloud (title, aria-label, alt, placeholder) count.
 */

/** Two animation frames: a viewport just resized has its styles (and scroll timelines) updated. */
async function settled(page: Page): Promise<void> {
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The page's layout problems at the current viewport size. */
export async function layoutProblems(page: Page): Promise<string[]> {
	await settled(page);
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		const vw = root.clientWidth;
		const describe = (el: Element) => {
			const cls =
				typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
			return `${el.tagName.toLowerCase()}${cls}`;
		};
		const clip = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim().slice(0, 40));
		if (root.scrollWidth > vw) problems.push(`the page scrolls sideways by ${root.scrollWidth - vw} px`);

		/** A scroll region the reader can reach and is told about: focusable, named, with a visible hint. */
		const reachable = (box: Element) => {
			const hint =
				box.querySelector('[data-scroll-hint]') ?? box.parentElement?.querySelector(':scope > [data-scroll-hint]');
			const shown =
				hint instanceof HTMLElement && hint.offsetHeight > 0 && getComputedStyle(hint).visibility !== 'hidden';
			return box.getAttribute('tabindex') === '0' && !!box.getAttribute('aria-label') && shown;
		};
		/** Not shown, or shown to screen readers only (the visually-hidden pattern: a 1 px box that hides the rest). */
		const hidden = (el: Element) => {
			if (el.closest('script, style, noscript, template, title, desc, [hidden], [aria-hidden="true"]')) return true;
			for (let a: Element | null = el; a; a = a.parentElement) {
				const r = a.getBoundingClientRect();
				if (r.width <= 1 && r.height <= 1 && getComputedStyle(a).overflow === 'hidden') return true;
			}
			return false;
		};

		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const seen = new Set<Element>();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			const el = node.parentElement;
			if (!el || !text.trim() || hidden(el)) continue;
			const cs = getComputedStyle(el);
			if (cs.visibility === 'hidden' || cs.display === 'none') continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const r = range.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			let inScroller = false;
			for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
				const s = getComputedStyle(a);
				if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
				const box = a.getBoundingClientRect();
				const left = box.left + a.clientLeft;
				const right = left + a.clientWidth;
				const top = box.top + a.clientTop;
				const bottom = top + a.clientHeight;
				const scrolls = /auto|scroll/.test(s.overflowX);
				if (r.left < left - 1 || r.right > right + 1 || r.top < top - 1 || r.bottom > bottom + 1) {
					if (scrolls && a.scrollWidth > a.clientWidth) {
						inScroller = true;
						if (!reachable(a) && !seen.has(a)) {
							seen.add(a);
							problems.push(`${clip(text)} runs out of ${describe(a)}, a scroll region without a visible hint`);
						}
					} else if (!scrolls) problems.push(`${clip(text)} is cut off by ${describe(a)} (${s.overflowX} overflow)`);
					break;
				}
				if (scrolls) inScroller = true;
			}
			if (!inScroller && (r.right > vw + 1 || r.left < -1))
				problems.push(
					`${clip(text)} lies outside the screen (${Math.round(r.left)}–${Math.round(r.right)} px of ${vw})`,
				);
			if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
				problems.push(`${clip(text)} is cut short with an ellipsis`);
			// A column squeezed to a character or two a line (第/一/档) reads as a list of letters.
			const chars = [...text.replace(/\s+/g, '')].length;
			const lines = new Set([...range.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size;
			if (chars >= 3 && lines >= 3 && chars / lines <= 2)
				problems.push(`${clip(text)} is squeezed to ${lines} lines of ${Math.ceil(chars / lines)} characters or fewer`);
		}
		// A field's placeholder is the hint of what to type: it must show whole.
		const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
		for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
			if (input.offsetWidth === 0 || hidden(input)) continue;
			const cs = getComputedStyle(input);
			canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
			const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
			const needs = canvas.measureText(input.placeholder).width;
			if (needs > room + 1)
				problems.push(
					`the placeholder ${clip(input.placeholder)} of ${describe(input)}#${input.id} needs ${Math.ceil(needs)} px, the field shows ${Math.floor(room)}`,
				);
		}
		return problems;
	});
}

/** The page's touch-target problems at the current viewport size. */
export async function targetProblems(page: Page): Promise<string[]> {
	await settled(page);
	return page.evaluate(() => {
		const problems: string[] = [];
		const primary = [
			'button',
			'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"])',
			'select',
			'textarea',
			'.site-nav a',
			'label:has(> input[type="radio"])',
			'label:has(> input[type="checkbox"])',
			'.radio:has(> input[type="radio"])',
			'[data-day-link]',
		].join(', ');
		const targets = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()} ${JSON.stringify((el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || el.id || '').replace(/\s+/g, ' ').trim().slice(0, 30))}`;
		const shown = (el: Element) => {
			if (el.closest('[hidden], .visually-hidden, template, noscript')) return false;
			const r = el.getBoundingClientRect();
			// The skip link waits above the page until it takes the focus.
			return r.width > 0 && r.height > 0 && r.bottom > 0 && el.checkVisibility({ visibilityProperty: true });
		};
		const checked = new Set<Element>();
		const all = [...document.querySelectorAll(targets)].filter(shown);
		/**
		 * WCAG 2.5.8's spacing exception, across: a target narrower than 24 px passes if a 24 px wide box centred on
		 * it touches no other target on its line (a short link — 首页, 1月 — with room around it).
		 */
		const spaced = (el: Element, box: DOMRect) => {
			const mid = box.left + box.width / 2;
			return all.every((o) => {
				if (o === el || o.contains(el) || el.contains(o)) return true;
				return [...o.getClientRects()].every(
					(b) => b.bottom <= box.top || b.top >= box.bottom || b.right <= mid - 12 || b.left >= mid + 12,
				);
			});
		};
		for (const el of document.querySelectorAll(primary)) {
			if (!shown(el)) continue;
			checked.add(el);
			const r = el.getBoundingClientRect();
			if (r.width < 44 - 0.5 || r.height < 44 - 0.5)
				problems.push(
					`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px (a primary control: at least 44×44)`,
				);
		}
		for (const el of all) {
			if (checked.has(el) || el.closest(primary)) continue;
			// An inline link is measured on each line it occupies: at least 24 px tall on every one.
			const boxes = [...el.getClientRects()].filter((b) => b.width > 0);
			const box = el.getBoundingClientRect();
			const width = getComputedStyle(el).display === 'inline' ? boxes.reduce((w, b) => w + b.width, 0) : box.width;
			const height = Math.min(...boxes.map((b) => b.height));
			if ((width < 24 - 0.5 && !(boxes.length === 1 && spaced(el, box))) || height < 24 - 0.5)
				problems.push(`${name(el)} is ${Math.round(width)}×${Math.round(height)} px (a target: at least 24×24)`);
		}
		for (const el of document.querySelectorAll('a[href^="tel:"]')) {
			if (!shown(el)) continue;
			const tops = new Set([...el.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
			if (tops.size > 1) problems.push(`the phone number ${name(el)} breaks across ${tops.size} lines`);
		}
		return problems;
	});
}

/** The page's language problems; `inChinese` is the English dictionary's label for Chinese text. */
export async function languageProblems(page: Page, locale: 'zh-cn' | 'en', inChinese: string): Promise<string[]> {
	return page.evaluate(
		({ locale, inChinese }) => {
			const problems: string[] = [];
			const han = /\p{Script=Han}/u;
			const fullWidth = /[\u3000-\u303f\uff01-\uff60]/u;
			// Half-width punctuation touching a Han character: 已取消. 莲花村, 青山供电: , (第 2 版); not a file name's
			// dot (以 .ics 结尾).
			const halfWidth = /\p{Script=Han}\s?(?:[,.:;!?](?![\w])|\))|\(\s?\p{Script=Han}/u;
			const clip = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim().slice(0, 50));
			const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
			const isZh = (el: Element | null) => langOf(el).startsWith('zh');
			/** The outermost element of the run of Chinese that `el` is in. */
			const chineseRun = (el: Element) => {
				let run = el.closest('[lang]') as Element;
				while (run.parentElement && isZh(run.parentElement) && run.parentElement !== document.documentElement)
					run = run.parentElement.closest('[lang]') as Element;
				return run;
			};
			const labelled = (run: Element) => {
				const label = (e: Element | null) =>
					!!e && e.hasAttribute('data-in-chinese') && (e.textContent ?? '').trim() === inChinese.trim();
				return label(run.nextElementSibling) || label(run.previousElementSibling);
			};
			const texts: Array<{ text: string; el: Element | null; where: string }> = [
				{ text: document.title, el: document.documentElement, where: 'the title' },
				{
					text: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
					el: document.documentElement,
					where: 'the description',
				},
			];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement;
				// What is never shown nor read (a hidden element, the search index's metadata) does not count.
				if (!el || el.closest('script, style, template, [hidden]') || !el.checkVisibility()) continue;
				texts.push({ text: node.textContent ?? '', el, where: el.tagName.toLowerCase() });
			}
			for (const el of document.body.querySelectorAll('[title], [aria-label], [alt], [placeholder]'))
				for (const attr of ['title', 'aria-label', 'alt', 'placeholder'])
					if (el.hasAttribute(attr))
						texts.push({ text: el.getAttribute(attr) ?? '', el, where: `${el.tagName.toLowerCase()}[${attr}]` });

			for (const { text, el, where } of texts) {
				if (!text.trim()) continue;
				if (locale === 'en') {
					if (!han.test(text) && !fullWidth.test(text)) continue;
					if (!el || !isZh(el)) {
						problems.push(`${where} ${clip(text)}: Chinese on the English page without lang="zh-CN"`);
						continue;
					}
					// Attributes and the head go with their element's language; the language switch names itself.
					if (where.includes('[') || el === document.documentElement) continue;
					const run = chineseRun(el);
					if (run.matches('a.site-header__lang')) continue;
					if (!labelled(run))
						problems.push(`${where} ${clip(text)}: marked lang="zh-CN" but not labelled ${JSON.stringify(inChinese)}`);
				} else {
					if (el && langOf(el) && !langOf(el).startsWith('zh')) continue;
					if (halfWidth.test(text)) problems.push(`${where} ${clip(text)}: half-width punctuation next to Chinese`);
				}
			}
			return problems;
		},
		{ locale, inChinese },
	);
}
