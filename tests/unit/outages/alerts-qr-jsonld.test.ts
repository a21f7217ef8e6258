import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { alertShowing, alertsForArea, alertsToRender } from '../../../src/lib/outages/alerts.ts';
import { historyText } from '../../../src/lib/outages/history-text.ts';
import { eventStatus, noticeJsonLd } from '../../../src/lib/outages/notice-jsonld.ts';
import { qrSvg } from '../../../src/lib/outages/qr.ts';
import { sampleAlerts, writeSampleAlerts } from '../../../src/lib/sample/sample-alerts.ts';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import type { Alert } from '../../../src/schemas/alert.ts';
import { tempContent, validNotice } from '../helpers.ts';

const TZ = 'Asia/Shanghai';
const alert = (over: Partial<Alert> = {}): Alert => ({
	id: 'a',
	title: { zh: '预警' },
	text: { zh: '内容' },
	areas: [],
	severity: 'warning',
	start: '2026-12-01T06:00:00+08:00',
	expiry: '2026-12-01T20:00:00+08:00',
	...over,
});

describe('alert expiry', () => {
	test.each([
		['2026-12-01T05:59:59+08:00', false],
		['2026-12-01T06:00:00+08:00', true],
		['2026-12-01T19:59:59+08:00', true],
		['2026-12-01T20:00:00+08:00', false],
		// The same instant in another zone.
		['2026-12-01T11:59:00Z', true],
		['2026-12-01T12:00:00Z', false],
	])('at %s showing: %s', (now, showing) => {
		expect(alertShowing(alert(), Date.parse(now))).toBe(showing);
	});

	test('a page carries alerts not yet expired (also ones starting later), most severe first', () => {
		const list = [
			alert({ id: 'expired', expiry: '2026-12-01T09:00:00+08:00' }),
			alert({ id: 'info', severity: 'info' }),
			alert({ id: 'later', start: '2026-12-02T06:00:00+08:00', expiry: '2026-12-03T06:00:00+08:00' }),
			alert({ id: 'severe', severity: 'severe' }),
		];
		expect(alertsToRender(list, Date.parse('2026-12-01T10:00:00+08:00')).map((a) => a.id)).toEqual([
			'severe',
			'later',
			'info',
		]);
	});

	test.each([
		// The whole service area: shown from /api/alerts.json, not built into every area page.
		[[], false],
		[['v1'], true],
		[['d'], true],
		[['other'], false],
	])('an alert for %j concerns the page of v1 (related d, t, v1): %s', (areas, shown) => {
		expect(alertsForArea([alert({ areas })], 'v1', new Set(['d', 't', 'v1'])).length === 1).toBe(shown);
	});
});

describe('sample alerts', () => {
	test.each([
		['2026-12-01', '2026-12-01T10:00:00+08:00'],
		['2027-01-01', '2027-01-01T10:00:00+08:00'],
	])('around %s: one showing at 10:00, one already expired', (anchor, tenAm) => {
		const [active, expired] = sampleAlerts(anchor, TZ);
		expect(alertShowing(active, Date.parse(tenAm))).toBe(true);
		expect(Date.parse(expired.expiry)).toBeLessThan(Date.parse(tenAm));
		expect(alertsToRender([active, expired], Date.parse(tenAm)).map((a) => a.id)).toEqual([active.id]);
	});
});

describe('alert validation', () => {
	let content: ReturnType<typeof tempContent> | undefined;
	afterEach(() => content?.cleanup());

	test('the sample alerts validate', () => {
		content = tempContent();
		writeSampleAlerts(path.join(content.dir, 'alerts'), '2026-12-01', TZ);
		const set = validateContent(content.dir, { projectRoot: content.dir });
		expect(set.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(set.alerts.map((a) => a.id)).toEqual(['sample-fault-dongcheng', 'sample-storm-beishan']);
		expect(set.alerts[1].start).toBe('2026-12-01T06:00:00+08:00');
		// Writing them again replaces the sample files only.
		content.write(
			'alerts/staff-note.json',
			readFileSync(path.join(content.dir, 'alerts/sample-storm-beishan.json'), 'utf8'),
		);
		writeSampleAlerts(path.join(content.dir, 'alerts'), '2027-03-01', TZ);
		expect(readdirSync(path.join(content.dir, 'alerts')).sort()).toEqual([
			'sample-fault-dongcheng.json',
			'sample-storm-beishan.json',
			'staff-note.json',
		]);
	});

	const good = {
		title: { zh: '停电' },
		text: { zh: '抢修中' },
		areas: ['guanmou-cun'],
		severity: 'warning',
		start: '2026-12-01T06:00:00+08:00',
		expiry: '2026-12-01T20:00:00+08:00',
	};
	test.each([
		[
			'storm.json',
			{ ...good, areas: ['guanmou-cun', 'atlantis'] },
			'content/alerts/storm.json > storm > areas[1]: unknown area id "atlantis": it is not in content/areas.json',
		],
		[
			'storm.json',
			{ ...good, expiry: '2026-12-01T05:00:00+08:00' },
			'content/alerts/storm.json > storm > expiry: must be after start 2026-12-01T06:00:00+08:00',
		],
		[
			'storm.json',
			{ ...good, start: '2026-12-01 06:00' },
			'content/alerts/storm.json > storm > start: must be an ISO 8601 date-time with an offset',
		],
		['storm.json', { ...good, severity: 'panic' }, 'content/alerts/storm.json > storm > severity:'],
		['storm.json', { ...good, colour: 'red' }, 'content/alerts/storm.json > storm'],
		['Storm Warning.json', good, 'content/alerts/Storm Warning.json: "Storm Warning.json" is not an alert file'],
	])('%s with a bad field is reported precisely', (name, data, message) => {
		content = tempContent();
		content.write(`alerts/${name}`, JSON.stringify(data));
		const set = validateContent(content.dir, { projectRoot: path.dirname(content.dir) });
		const lines = set.problems
			.map(formatProblem)
			.map((l) => l.replaceAll(`${path.basename(content!.dir)}/`, 'content/'));
		expect(
			lines.some((l) => l.includes(message)),
			lines.join('\n'),
		).toBe(true);
		// The bad alert is left out; the committed ones still load.
		expect(set.alerts.map((a) => a.id)).not.toContain('storm');
	});

	test('malformed JSON names the file, line and column', () => {
		content = tempContent();
		content.write('alerts/broken.json', '{\n  "title": {"zh": "x"},\n  oops\n}');
		const set = validateContent(content.dir, { projectRoot: content.dir });
		expect(set.problems.map(formatProblem).join('\n')).toMatch(/alerts\/broken\.json: .*line 3/);
	});
});

describe('QR code', () => {
	/** The dark cells drawn by the SVG path (the format the qrcode package writes: rows of h-runs). */
	function darkCells(svg: string): Set<string> {
		const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
		const cells = new Set<string>();
		let x = 0;
		let y = 0;
		for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
			if (cmd === 'M') [x, y] = [Number(a), Number(b) - 0.5];
			else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)];
			else for (let i = 0; i < Number(a); i++) cells.add(`${x++},${y}`);
		}
		return cells;
	}

	test.each([
		'https://power.qingshan.example/outages/qs-20261201-guanmou-cun/',
		'https://power.qingshan.example/en/outages/qs-20261204-xinhua/',
	])('draws exactly the modules of the code for %s, with a name and no fixed size', async (url) => {
		const svg = await qrSvg(url, `扫码查看: ${url}`);
		const qr = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' });
		const expected = new Set<string>();
		for (let r = 0; r < qr.modules.size; r++)
			for (let c = 0; c < qr.modules.size; c++) if (qr.modules.get(r, c)) expected.add(`${c + 4},${r + 4}`);
		expect(darkCells(svg)).toEqual(expected);
		expect(svg).toMatch(/^<svg role="img" aria-label="扫码查看: https:\/\/power/);
		expect(svg).not.toMatch(/ width="/);
		expect(await qrSvg(url, `扫码查看: ${url}`)).toBe(svg);
	});

	test('escapes the label', async () => {
		expect(await qrSvg('https://x.example/', 'a "b" <c>')).toContain('aria-label="a &quot;b&quot; &lt;c>"');
	});
});

describe('notice as schema.org Event', () => {
	const site = siteSchema.parse({
		name: { zh: '青山县供电局', en: 'Qingshan Power' },
		hotline: '0839-5550199',
		baseUrl: 'https://power.example',
	});
	const { areas } = flattenAreaTree([
		{
			id: 'd',
			kind: 'district',
			name: { zh: '北山片区' },
			children: [
				{
					id: 't',
					kind: 'town',
					name: { zh: '关牟镇' },
					children: [{ id: 'v', kind: 'village', name: { zh: '关牟村' } }],
				},
			],
		},
	]);
	const moved = validNotice({
		revision: 2,
		updatedAt: '2026-11-25T09:00:00+08:00',
		history: [
			{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
			{
				revision: 2,
				at: '2026-11-25T09:00:00+08:00',
				event: 'rescheduled',
				from: { start: '2026-12-01T08:00:00+08:00', end: '2026-12-01T17:30:00+08:00' },
				to: { start: '2026-12-03T08:00:00+08:00', end: '2026-12-03T17:30:00+08:00' },
			},
		],
	});
	test.each([
		[validNotice(), 'https://schema.org/EventScheduled'],
		[moved, 'https://schema.org/EventRescheduled'],
		[
			validNotice({
				lifecycle: 'cancelled',
				cancellation: { at: '2026-11-30T09:00:00+08:00', reason: { zh: '天气' } },
			}),
			'https://schema.org/EventCancelled',
		],
	])('eventStatus %#', (notice, status) => expect(eventStatus(notice)).toBe(status));

	test('location from the areas, organizer the utility, previous start when moved', () => {
		const ld = noticeJsonLd({ ...moved, areas: ['v'] }, { site, areas, locale: 'en', name: 'n', description: 'd' });
		expect(ld).toMatchObject({
			'@type': 'Event',
			url: 'https://power.example/en/outages/qs-20261203-01/',
			startDate: '2026-12-03T08:00:00+08:00',
			previousStartDate: '2026-12-01T08:00:00+08:00',
			location: {
				'@type': 'Place',
				name: '关牟村',
				address: {
					'@type': 'PostalAddress',
					addressLocality: '北山片区 关牟镇 关牟村',
					addressRegion: '北山片区',
					addressCountry: 'CN',
				},
				url: 'https://power.example/en/areas/v/',
			},
			organizer: {
				'@type': 'Organization',
				name: 'Qingshan Power',
				telephone: '0839-5550199',
				url: 'https://power.example/en/',
				logo: { '@type': 'ImageObject', url: 'https://power.example/logo.png' },
			},
			image: ['https://power.example/og/outages.png'],
		});
	});

	test.each([
		['zh-cn', '改期：由 12月1日（周二）08:00 至 17:30，约 9.5 小时 改为 12月3日（周四）08:00 至 17:30，约 9.5 小时'],
		[
			'en',
			'Rescheduled from Tuesday 1 December, 08:00 to 17:30 (about 9.5 hours) to Thursday 3 December, 08:00 to 17:30 (about 9.5 hours)',
		],
	] as const)('history in words (%s)', (locale, text) => {
		expect(historyText(moved.history[1], TZ, locale)).toBe(text);
	});
});
