/**
 * Live status, on the reader's device: a page built yesterday still says today whether a power cut is on.
 * Recomputes every [data-live-status] from its data-start/data-end/data-lifecycle with the very same rule as the
 * build (src/lib/outages/status.ts), rewrites the "as of" time, and shows or hides [data-expires] alerts by their
 * data-starts/data-expires. Runs on load, every minute, and on a `live-status` event on the window (the search
 * page's results). Pages that are not rebuilt on every publish carry an
 * empty [data-alert-banner]: the script fills it from /api/alerts.json (src/lib/outages/alerts-feed.ts), so an
 * urgent alert reaches every page without rebuilding it. No framework; small enough for every page.
 */
import type { AlertsDocument } from '../lib/outages/alerts-feed.ts';
import { outageStatus } from '../lib/outages/status.ts';
import type { Notice } from '../schemas/notice.ts';
import { formatDateTimeIntl } from '../lib/time-intl.ts';

/** An element with text, attributes and children. */
function el(tag: string, attrs: Record<string, string | undefined>, ...children: Array<Node | string>): HTMLElement {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
	e.append(...children);
	return e;
}

/**
 * Adds the alerts of /api/alerts.json that the page does not already show to its banner. (Written for size: with
 * the copy buttons' script, this one has a budget of 2.5 KB, tests/e2e/budget.ts.)
 */
async function loadAlerts(banner: HTMLElement): Promise<void> {
	const res = await fetch('/api/alerts.json');
	if (!res.ok) return;
	const doc = (await res.json()) as AlertsDocument;
	const lang = document.documentElement.lang;
	for (const a of doc.alerts) {
		const w = a.words[lang];
		if (!w || document.querySelector(`[data-alert="${CSS.escape(a.id)}"]`)) continue;
		// Chinese on an English page is marked, and labelled as such (src/components/InChinese.astro).
		const inChinese = (lang?: string) =>
			lang ? el('span', { 'data-in-chinese': '' }, ' ', w.inChinese as string) : '';
		const meta = el('p', { class: 'alert__meta' }, w.areasLabel);
		if (w.areas.length === 0) meta.append(w.everywhere);
		w.areas.forEach(([name, href], i) => meta.append(i > 0 ? w.separator : '', el('a', { href }, name)));
		meta.append(w.end, w.until, ' ', el('time', { datetime: a.expiry }, w.expiry));
		banner.append(
			el(
				'section',
				{
					class: `alert alert--${a.severity}`,
					'aria-labelledby': `alert-${a.id}`,
					'data-alert': a.id,
					'data-starts': a.start,
					'data-expires': a.expiry,
				},
				el(
					'h2',
					{ class: 'alert__title', id: `alert-${a.id}` },
					el('span', { class: 'alert__severity' }, w.severity),
					' ',
					el('span', { lang: w.titleLang }, w.title),
					inChinese(w.titleLang),
				),
				el('p', {}, el('span', { lang: w.textLang }, w.text), inChinese(w.textLang)),
				meta,
			),
		);
	}
	banner.hidden = false;
	update();
}

/** The page's elements matching `selector` (one helper: this script is on every page, and bytes count). */
const all = (selector: string) => document.querySelectorAll<HTMLElement>(selector);

function update(): void {
	const now = Date.now();
	const labels: Record<string, string> = JSON.parse(
		document.querySelector<HTMLElement>('[data-live-labels]')?.dataset.liveLabels ?? '{}',
	);
	all('[data-live-status]').forEach((el) => {
		const d = el.dataset;
		// The attributes are the notice's own, as built (StatusBadge.astro).
		const status = outageStatus(d as Pick<Notice, 'start' | 'end' | 'lifecycle'>, now);
		if (d.state !== status && labels[status]) {
			d.state = status;
			el.textContent = labels[status];
		}
	});
	// The note that the time follows the reader's clock is only true with this script running.
	all('[data-live-note]').forEach((el) => (el.hidden = false));
	all('[data-live-asof]').forEach((el) => {
		el.textContent = formatDateTimeIntl(now, JSON.parse(el.dataset.intl as string));
		el.setAttribute('datetime', new Date(now).toISOString());
	});
	all('[data-expires]').forEach((el) => {
		el.hidden = now >= Date.parse(el.dataset.expires as string) || now < Date.parse(el.dataset.starts as string);
	});
}

update();
setInterval(update, 60_000);
// A script that adds statuses after the load (the search page's results) asks for them to be labelled at once.
addEventListener('live-status', update);
const banner = document.querySelector<HTMLElement>('[data-alert-banner]');
if (banner) loadAlerts(banner).catch(() => {});
