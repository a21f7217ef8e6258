import type { Page } from '@playwright/test';

/**
 * Care mode's figures, measured in the browser on the page as it is shown (tests/e2e/care-mode.spec.ts; the rules are
 * src/styles/care.css, the reasons docs/care-mode.md). Each returns what falls short, described so that a failure
 * names the element, its text and the figure.
 */
export const careFigures = {
	/** Body text, in CSS px. */
	minFontPx: 22,
	/** Line height as a multiple of the font size. */
	minLineHeight: 1.5,
	/** Text against its background (WCAG's enhanced contrast, for text of any size). */
	minContrast: 7,
	/** Every control: links, buttons, fields, choices (a choice with its label). */
	minTargetPx: 44,
} as const;

/** Text smaller than the body text, line spacing under 1.5, or contrast under 7:1, on the visible page. */
export async function textProblems(page: Page): Promise<string[]> {
	return page.evaluate((f) => {
		const problems: string[] = [];
		const lum = (c: number[]) => {
			const [r, g, b] = c.slice(0, 3).map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
		};
		const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4) as number[];
		/** The colour behind an element: the first opaque background up the tree, over white. */
		const backdrop = (el: Element): number[] => {
			const layers: number[][] = [];
			for (let e: Element | null = el; e; e = e.parentElement) {
				const bg = rgba(getComputedStyle(e).backgroundColor);
				if ((bg[3] ?? 0) > 0) layers.push(bg);
				if ((bg[3] ?? 0) >= 1) break;
			}
			let out = [255, 255, 255];
			for (const [r, g, b, a] of layers.reverse()) {
				const al = a ?? 1;
				out = [r ?? 0, g ?? 0, b ?? 0].map((v, i) => v * al + (out[i] ?? 0) * (1 - al));
			}
			return out;
		};
		const name = (el: Element) =>
			`<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
		const seen = new Set<string>();
		for (const el of document.body.querySelectorAll('*')) {
			if (el.closest('svg, template, script, style, noscript')) continue;
			const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
			if (!own) continue;
			const box = el.getBoundingClientRect();
			// Not shown, or only to screen readers (.visually-hidden clips to 1 px).
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || box.width <= 1 || box.height <= 1)
				continue;
			const cs = getComputedStyle(el);
			const size = parseFloat(cs.fontSize);
			const report = (what: string) => {
				const line = `${what}: ${name(el)}`;
				if (!seen.has(line)) problems.push(line);
				seen.add(line);
			};
			if (size < f.minFontPx - 0.05) report(`text ${size.toFixed(1)} px`);
			const heading = /^H[1-6]$/.test(el.tagName) || el.closest('h1, h2, h3, h4, h5, h6');
			const lh = cs.lineHeight === 'normal' ? 1.2 : parseFloat(cs.lineHeight) / size;
			if (!heading && lh < f.minLineHeight - 0.01) report(`line height ${lh.toFixed(2)}`);
			const fg = rgba(cs.color);
			const bg = backdrop(el);
			const fgOver = [0, 1, 2].map((i) => (fg[i] ?? 0) * (fg[3] ?? 1) + (bg[i] ?? 0) * (1 - (fg[3] ?? 1)));
			const [hi, lo] = [lum(fgOver), lum(bg)].sort((a, b) => b - a) as [number, number];
			const ratio = (hi + 0.05) / (lo + 0.05);
			if (ratio < f.minContrast)
				report(`contrast ${ratio.toFixed(2)}:1 (${cs.color} on rgb(${bg.map(Math.round).join(', ')}))`);
		}
		return problems;
	}, careFigures);
}

/** Controls smaller than 44 × 44 px: links, buttons, fields, summaries; a radio button or checkbox with its label. */
export async function targetProblems(page: Page): Promise<string[]> {
	return page.evaluate((min) => {
		const problems: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>(
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]',
		);
		for (const el of controls) {
			if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
			let box = el.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue;
			// The skip link waits above the page until it has the focus.
			if (box.bottom <= 0) continue;
			if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
				const label = el.labels?.[0]?.getBoundingClientRect();
				if (label) {
					const left = Math.min(box.left, label.left);
					const top = Math.min(box.top, label.top);
					box = new DOMRect(
						left,
						top,
						Math.max(box.right, label.right) - left,
						Math.max(box.bottom, label.bottom) - top,
					);
				}
			}
			// Rounding: a box of 43.99 px is 44 px on the screen.
			if (box.width < min - 0.5 || box.height < min - 0.5) {
				const text = (el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim();
				problems.push(
					`${Math.round(box.width)}×${Math.round(box.height)} px: <${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${text.replace(/\s+/g, ' ').slice(0, 40)}"`,
				);
			}
		}
		return problems;
	}, careFigures.minTargetPx);
}

/** Horizontal overflow of the page, in CSS px (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** What a fake speech engine heard: each utterance's text, language and voice, and how often it was cancelled. */
export interface Heard {
	spoken: Array<{ text: string; lang: string; voice: string | undefined }>;
	cancelled: number;
}

/**
 * Replaces the browser's speech synthesis before any page script runs (page.addInitScript): headless Chromium has no
 * voices, and a test must hear what would be said. The fake lists `voices` asynchronously, as Chromium does (after
 * a moment, with a `voiceschanged` event), records every utterance (its text, language and voice) and cancel, and
 * ends an utterance only when the test says so (`window.__speech.finish()`).
 */
export function fakeSpeech(voices: Array<{ name: string; lang: string }>): [(v: typeof voices) => void, typeof voices] {
	return [
		(list) => {
			const listeners: Array<(e: Event) => void> = [];
			const queue: EventTarget[] = [];
			let listed: object[] = [];
			const heard = {
				spoken: [] as Array<{ text: string; lang: string; voice: string | undefined }>,
				cancelled: 0,
				listed: false,
				/** Ends the utterances spoken so far, as the engine would when it has read them. */
				finish: () => {
					for (const u of queue.splice(0)) u.dispatchEvent(new Event('end'));
				},
			};
			class FakeUtterance extends EventTarget {
				text: string;
				lang = '';
				voice: { name: string } | null = null;
				rate = 1;
				pitch = 1;
				volume = 1;
				constructor(text = '') {
					super();
					this.text = text;
				}
			}
			const synth = {
				speaking: false,
				pending: false,
				paused: false,
				getVoices: () => listed,
				speak: (u: FakeUtterance) => {
					heard.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
					queue.push(u);
				},
				cancel: () => {
					heard.cancelled += 1;
					for (const u of queue.splice(0)) u.dispatchEvent(new Event('error'));
				},
				pause: () => {},
				resume: () => {},
				addEventListener: (type: string, fn: (e: Event) => void) => {
					if (type === 'voiceschanged') listeners.push(fn);
				},
				removeEventListener: () => {},
			};
			Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
			Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
			Object.defineProperty(window, '__speech', { value: heard });
			setTimeout(() => {
				listed = list.map((v) => ({ ...v, voiceURI: v.name, default: false, localService: true }));
				heard.listed = true;
				for (const fn of listeners) fn(new Event('voiceschanged'));
			}, 50);
		},
		voices,
	];
}

/** What the fake speech engine has heard so far. */
export async function heard(page: Page): Promise<Heard> {
	return page.evaluate(() => {
		const h = (window as unknown as { __speech: Heard }).__speech;
		return { spoken: [...h.spoken], cancelled: h.cancelled };
	});
}
