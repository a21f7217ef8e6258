/**
 * The bill estimator island: reads the form, runs the same estimator the build used for the worked examples, and
 * writes the amount and breakdown into a live region. Plain DOM, no framework.
 */
import { estimate, EstimateError } from '../lib/tariffs/estimate.ts';
import { parseEstimateForm, type EstimateFormFields } from '../lib/tariffs/form.ts';
import { describeLine, estimateSummary, yuanText, type TariffLocale } from '../lib/tariffs/present.ts';
import type { TariffVersion } from '../schemas/tariff.ts';

/** Wires up the estimator form on the page, if there is one. */
export function initEstimator(): void {
	const form = document.getElementById('estimator') as HTMLFormElement | null;
	const dataEl = document.getElementById('est-data');
	const out = document.getElementById('est-result');
	const section = document.getElementById('est-result-section');
	const errorEl = document.getElementById('est-error');
	if (!form || !dataEl || !out || !section || !errorEl) return;
	const resultEl: HTMLElement = out;
	const resultSection: HTMLElement = section;
	const version = JSON.parse(dataEl.textContent ?? '{}') as TariffVersion;
	const locale = (form.dataset.locale === 'en' ? 'en' : 'zh-cn') as TariffLocale;
	const s = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
	form.hidden = false;

	const showMeter = () => {
		const meter = (form.elements.namedItem('meter') as RadioNodeList).value;
		form.querySelectorAll<HTMLElement>('[data-meter]').forEach((el) => {
			const on = el.dataset.meter === meter;
			el.hidden = !on;
			el.querySelectorAll('input').forEach((i) => (i.disabled = !on));
		});
	};
	form.addEventListener('change', (ev) => {
		if ((ev.target as HTMLInputElement).name === 'meter') showMeter();
	});
	showMeter();

	form.addEventListener('submit', (ev) => {
		ev.preventDefault();
		const fd = new FormData(form);
		const fields = Object.fromEntries(
			[...fd.entries()].map(([k, v]) => [k, String(v)]),
		) as unknown as EstimateFormFields;
		form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
		errorEl.textContent = '';
		try {
			const input = parseEstimateForm(fields);
			const result = estimate(version, input);
			render(result, input.householdSize ?? 1);
		} catch (e) {
			if (!(e instanceof EstimateError)) throw e;
			const name = e.field.startsWith('periods.') ? e.field.slice(8) : e.field === 'periods' ? 'peak' : e.field;
			const field = form.querySelector<HTMLInputElement>(`[name="${name}"]:not([disabled])`);
			errorEl.textContent = `${s.errorPrefix}${locale === 'en' ? e.en : e.zh}`;
			field?.setAttribute('aria-invalid', 'true');
			field?.focus();
			section.hidden = true;
			out.replaceChildren();
		}
	});

	function render(result: ReturnType<typeof estimate>, householdSize: number): void {
		const el = (tag: string, text?: string, cls?: string) => {
			const node = document.createElement(tag);
			if (text !== undefined) node.textContent = text;
			if (cls) node.className = cls;
			return node;
		};
		const total = el('p');
		total.append(`${s.total} `, el('span', yuanText(result.totalFen, locale), 'total'));
		const summary = el('p', estimateSummary(result, householdSize, locale));
		const table = el('table');
		const caption = el('caption', s.breakdown);
		const head = el('thead');
		const hr = el('tr');
		for (const h of [s.item, s.working, s.amount]) {
			const th = el('th', h);
			th.setAttribute('scope', 'col');
			hr.append(th);
		}
		head.append(hr);
		const body = el('tbody');
		for (const line of result.lines) {
			const d = describeLine(line, version, result.classId, locale);
			const tr = el('tr');
			const th = el('th', d.label);
			th.setAttribute('scope', 'row');
			tr.append(th, el('td', d.working), el('td', d.amount, 'num'));
			body.append(tr);
		}
		table.append(caption, head, body);
		// Focusable and named so a keyboard user can scroll a breakdown wider than the screen.
		const wrap = el('div', undefined, 'scroll');
		wrap.tabIndex = 0;
		wrap.setAttribute('role', 'region');
		wrap.setAttribute('aria-label', s.breakdown);
		wrap.append(table);
		resultSection.hidden = false;
		resultEl.replaceChildren(total, summary, ...(result.lines.length ? [wrap] : []), el('p', s.disclaimer));
	}
}
