// Read aloud (朗读): the browser's own speech synthesis reads a notice or a guidance article in the page's language
// (src/components/care/ReadAloud.astro). The button appears only once the browser has a voice for that language —
// Chromium lists its voices asynchronously (the `voiceschanged` event), and some browsers have none — and reads
// one sentence or paragraph per utterance (long utterances are cut off by some engines). A text the page gives in
// another language (a Chinese fallback on an English page) is read by a voice for that language, or left out.
import { spokenPhone } from '../lib/text/phone.ts';

interface Part {
	text: string;
	lang: string;
}

const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
const widgets = [...document.querySelectorAll<HTMLElement>('[data-read-aloud]')];

/** `zh-CN`, `zh_CN`, `cmn-Hans-CN` → `zh`; `en-GB` → `en`. */
const language = (tag: string) => {
	const first = tag.toLowerCase().split(/[-_]/)[0] ?? '';
	return first === 'cmn' ? 'zh' : first;
};
/** Cantonese voices are listed as Chinese (zh-HK); they read Mandarin text in Cantonese, so they come last. */
const cantonese = (tag: string) => /^(yue|zh[-_]hk)/i.test(tag);

/** The voice for `lang`: the exact region first, then the system's default, then any voice of the language. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
	const all = synth?.getVoices() ?? [];
	const same = all.filter((v) => language(v.lang) === language(lang));
	const exact = same.find((v) => v.lang.replace('_', '-').toLowerCase() === lang.toLowerCase());
	const rest = same.filter((v) => !cantonese(v.lang));
	return exact ?? rest.find((v) => v.default) ?? rest[0] ?? same[0];
}

const blocks = 'h1, h2, h3, h4, p, li, dt, dd, summary, figcaption, blockquote';

/** An element's text as it is said: phone numbers digit by digit, hidden and decorative bits left out. */
function spoken(node: Node, lang: string): string {
	if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
	if (!(node instanceof Element) || node.matches('[aria-hidden="true"], [hidden], template, svg')) return '';
	if (node.matches('a[href^="tel:"]')) return spokenPhone(node.textContent ?? '', lang === 'zh' ? 'zh-cn' : 'en');
	return [...node.childNodes].map((n) => spoken(n, lang)).join('');
}

/** What a widget reads: its own text, or the blocks of the article it is in (outermost blocks, in order). */
function partsOf(widget: HTMLElement, pageLang: string): Part[] {
	const own = widget.querySelector('template');
	if (own)
		return [...own.content.querySelectorAll('p')].map((p) => ({ text: p.textContent ?? '', lang: p.lang || pageLang }));
	const article = widget.closest('article');
	if (!article) return [];
	return [...article.querySelectorAll<HTMLElement>(blocks)]
		.filter((el) => !el.parentElement?.closest(blocks) && !el.closest('[data-read-aloud-skip], [data-read-aloud], nav'))
		.map((el) => {
			const lang = el.closest('[lang]')?.getAttribute('lang') ?? pageLang;
			return { text: spoken(el, language(lang)).replace(/\s+/g, ' ').trim(), lang };
		})
		.filter((p) => p.text);
}

let reading: HTMLElement | undefined;
/** Which reading is current: a cancelled one's late `end` or `error` events must not stop the next. */
let run = 0;

function stop() {
	run += 1;
	synth?.cancel();
	if (!reading) return;
	const label = reading.querySelector('button span');
	if (label) label.textContent = reading.dataset.label ?? '';
	reading = undefined;
}

function read(widget: HTMLElement) {
	if (!synth) return;
	const pageLang = widget.dataset.lang ?? document.documentElement.lang;
	const utterances = partsOf(widget, pageLang).flatMap((part) => {
		const voice = voiceFor(part.lang);
		if (!voice) return [];
		const u = new SpeechSynthesisUtterance(part.text);
		u.lang = part.lang;
		u.voice = voice;
		// A little slower than the engine's default, for older listeners.
		u.rate = 0.9;
		return [u];
	});
	const last = utterances.at(-1);
	if (!last) return;
	const mine = run;
	const done = () => {
		if (run === mine) stop();
	};
	last.addEventListener('end', done);
	for (const u of utterances) u.addEventListener('error', done);
	reading = widget;
	const label = widget.querySelector('button span');
	if (label) label.textContent = widget.dataset.stop ?? '';
	for (const u of utterances) synth.speak(u);
}

function offer() {
	for (const widget of widgets) widget.hidden = !voiceFor(widget.dataset.lang ?? document.documentElement.lang);
}

if (synth) {
	for (const widget of widgets) {
		widget.dataset.label = widget.querySelector('button span')?.textContent ?? '';
		widget.querySelector('button')?.addEventListener('click', () => {
			const again = reading !== widget;
			stop();
			if (again) read(widget);
		});
	}
	offer();
	synth.addEventListener('voiceschanged', offer);
	// Leaving the page stops the reading (some browsers would go on speaking over the next page).
	window.addEventListener('pagehide', stop);
}
