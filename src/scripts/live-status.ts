/**
 * Live status, on the reader's device: a page built yesterday still says today whether a power cut is on.
 * Recomputes every [data-live-status] from its data-start/data-end/data-lifecycle with the very same rule as the
 * build (src/lib/outages/status.ts), rewrites the "as of" time, and shows or hides [data-expires] alerts by their
 * data-starts/data-expires. Runs on load and every minute. No framework; well under 2 KB minified.
 */
import { outageStatus } from '../lib/outages/status.ts';

function update(): void {
	const now = Date.now();
	const labelsEl = document.querySelector<HTMLElement>('[data-live-labels]');
	const labels: Record<string, string> = labelsEl ? JSON.parse(labelsEl.dataset.liveLabels ?? '{}') : {};
	document.querySelectorAll<HTMLElement>('[data-live-status]').forEach((el) => {
		const d = el.dataset;
		const status = outageStatus({ start: d.start ?? '', end: d.end ?? '', lifecycle: d.lifecycle === 'cancelled' ? 'cancelled' : 'published' }, now);
		if (d.state !== status && labels[status]) {
			d.state = status;
			el.textContent = labels[status];
		}
	});
	// The note that the time follows the reader's clock is only true with this script running.
	document.querySelectorAll<HTMLElement>('[data-live-note]').forEach((el) => (el.hidden = false));
	document.querySelectorAll<HTMLElement>('[data-live-asof]').forEach((el) => {
		const fmt = new Intl.DateTimeFormat(el.dataset.lang, {
			timeZone: el.dataset.tz,
			year: 'numeric',
			month: 'long',
			day: 'numeric',
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		el.textContent = fmt.format(now);
		el.setAttribute('datetime', new Date(now).toISOString());
	});
	document.querySelectorAll<HTMLElement>('[data-expires]').forEach((el) => {
		const starts = Date.parse(el.dataset.starts ?? '');
		el.hidden = now >= Date.parse(el.dataset.expires ?? '') || now < starts;
	});
}

update();
setInterval(update, 60_000);
