import { parseFeed } from '@rowanmanning/feed-parser';
import type { APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { expect, test } from './fixtures.ts';

/**
 * The feeds as a subscriber gets them: fetched over HTTP from the served fixture site (sample anchored at
 * 2026-12-01 10:00, built under TZ=America/New_York) and read by real parsers.
 */

const ORIGIN = 'https://power.qingshan.example';

interface ApiNotice {
	id: string;
	start: string;
	end: string;
	/** restoredAt where reported, else end (API version 2). */
	actualEnd: string;
	updatedAt: string;
	revision: number;
	lifecycle: string;
	areas: string[];
}

async function fetchText(request: APIRequestContext, path: string, type: RegExp): Promise<string> {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	expect(res.headers()['content-type'], path).toMatch(type);
	return res.text();
}

async function apiNotices(request: APIRequestContext): Promise<ApiNotice[]> {
	return JSON.parse(await fetchText(request, '/api/outages.json', /^application\/json/)).notices;
}

function events(text: string) {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
}

test.describe('JSON API', () => {
	test('validates against the published JSON Schema (ajv, draft 2020-12)', async ({ request }) => {
		const doc = JSON.parse(await fetchText(request, '/api/outages.json', /^application\/json/));
		const schema = JSON.parse(await fetchText(request, '/api/outages.schema.json', /json/));
		expect(schema.$id).toBe(`${ORIGIN}/api/outages.schema.json`);
		const ajv = new Ajv2020({ allErrors: true, strict: true });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
		expect(doc.version).toBe(2);
		expect(doc.generated).toBe('2026-12-01T10:00:00+08:00');
		expect(doc.notices.length).toBeGreaterThanOrEqual(30);
	});
});

test.describe('iCalendar', () => {
	for (const prefix of ['', '/en']) {
		test(`${prefix}/outages.ics has one event per notice with the right times, SEQUENCE and STATUS`, async ({
			request,
		}) => {
			const notices = await apiNotices(request);
			const text = await fetchText(request, `${prefix}/outages.ics`, /^text\/calendar/);
			for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
			const evs = events(text);
			expect(evs.map(({ e }) => e.uid).sort()).toEqual(notices.map((n) => `${n.id}@power.qingshan.example`).sort());
			for (const n of notices) {
				const found = evs.find(({ e }) => e.uid === `${n.id}@power.qingshan.example`);
				expect(found?.e.startDate.toJSDate().getTime()).toBe(Date.parse(n.start));
				// The event ends when power actually came back, where that is reported (restoredAt), else as planned.
				expect(found?.e.endDate.toJSDate().getTime()).toBe(Date.parse(n.actualEnd));
				expect(found?.e.sequence).toBe(n.revision - 1);
				expect(found?.v.getFirstPropertyValue('status')).toBe(n.lifecycle === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
				expect(found?.v.getFirstPropertyValue('url')).toBe(`${ORIGIN}${prefix}/outages/${n.id}/`);
			}
			const cancelled = evs.find(({ e }) => e.uid.startsWith('qs-20261205-lianhua@'));
			expect(cancelled?.e.summary).toMatch(prefix ? /^Cancelled: / : /^【已取消】/);
			const moved = evs.find(({ e }) => e.uid.startsWith('qs-20261210-zhongba@'));
			expect(moved?.e.sequence).toBe(1);
		});
	}

	test('an area calendar has the notices of its villages; a notice file has its one event', async ({ request }) => {
		const town = events(await fetchText(request, '/areas/guanmou.ics', /^text\/calendar/)).map(({ e }) => e.uid);
		const village = events(await fetchText(request, '/en/areas/guanmou-cun.ics', /^text\/calendar/)).map(
			({ e }) => e.uid,
		);
		expect(village).toContain('qs-20261201-guanmou-cun@power.qingshan.example');
		for (const uid of village) expect(town).toContain(uid);
		const one = events(await fetchText(request, '/en/outages/qs-20261201-guanmou-cun.ics', /^text\/calendar/));
		expect(one).toHaveLength(1);
		expect(one[0].e.summary).toBe('Power cut (planned maintenance): Guanmou Village, Guanmou Street Community');
		expect(one[0].e.startDate.toJSDate().toISOString()).toBe('2026-12-01T00:00:00.000Z');
	});
});

test.describe('Atom', () => {
	for (const prefix of ['', '/en']) {
		test(`${prefix}/outages.xml: permanent ids, updated times and links`, async ({ request }) => {
			const notices = await apiNotices(request);
			const feed = parseFeed(await fetchText(request, `${prefix}/outages.xml`, /^application\/atom\+xml/));
			expect(feed.self).toBe(`${ORIGIN}${prefix}/outages.xml`);
			expect(feed.items).toHaveLength(notices.length);
			expect(feed.updated?.getTime()).toBe(Math.max(...notices.map((n) => Date.parse(n.updatedAt))));
			for (const item of feed.items) {
				const n = notices.find((x) => item.id === `${ORIGIN}${prefix}/outages/${x.id}/`);
				expect(n, String(item.id)).toBeDefined();
				expect(item.url).toBe(item.id);
				expect(item.updated?.getTime()).toBe(Date.parse(n!.updatedAt));
			}
		});
	}

	test('the feeds are well-formed XML to a strict parser, and their entries link to pages that exist', async ({
		page,
		request,
	}) => {
		await page.goto('/outages/subscribe/');
		for (const path of ['/outages.xml', '/en/outages.xml', '/areas/guanmou.xml', '/en/areas/beishan.xml']) {
			const xml = await fetchText(request, path, /^application\/atom\+xml/);
			const problem = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				return (
					doc.getElementsByTagName('parsererror')[0]?.textContent ??
					(doc.documentElement.namespaceURI === 'http://www.w3.org/2005/Atom' ? null : 'not Atom')
				);
			}, xml);
			expect(problem, path).toBeNull();
		}
		const feed = parseFeed(await fetchText(request, '/en/outages.xml', /^application\/atom\+xml/));
		for (const item of feed.items) {
			const path = new URL(String(item.url)).pathname;
			expect((await request.get(path)).status(), path).toBe(200);
		}
	});

	test('an area feed carries its notices and those inside it; entries link to calendar files that exist', async ({
		request,
	}) => {
		const feed = parseFeed(await fetchText(request, '/areas/guanmou.xml', /^application\/atom\+xml/));
		expect(feed.items.map((i) => i.id)).toContain(`${ORIGIN}/outages/qs-20261201-guanmou-cun/`);
		const xml = await fetchText(request, '/areas/guanmou.xml', /^application\/atom\+xml/);
		const icsLinks = [...xml.matchAll(/<link rel="related" type="text\/calendar" href="([^"]+)"/g)].map(
			(m) => new URL(m[1]).pathname,
		);
		expect(icsLinks.length).toBe(feed.items.length);
		for (const path of icsLinks) expect((await request.get(path)).status(), path).toBe(200);
	});
});

test.describe('subscribe page', () => {
	for (const { path, lang, heading, ics, atom } of [
		{ path: '/outages/subscribe/', lang: 'zh-CN', heading: '订阅停电通知', ics: '/outages.ics', atom: '/outages.xml' },
		{
			path: '/en/outages/subscribe/',
			lang: 'en',
			heading: 'Subscribe to power cut notices',
			ics: '/en/outages.ics',
			atom: '/en/outages.xml',
		},
	]) {
		// axe, and reflow at 320 px: page-types.spec.ts, "subscribe" in both languages.
		test(`${path} explains subscribing, links working feeds`, async ({ page, request }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"]`)).toHaveAttribute(
				'href',
				atom,
			);
			await expect(page.locator(`head link[rel="alternate"][type="text/calendar"]`)).toHaveAttribute('href', ics);
			await expect(page.locator('main a[href^="webcal://"]')).toHaveAttribute(
				'href',
				`webcal://power.qingshan.example${ics}`,
			);
			const hrefs = await page
				.locator('main a[href^="/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
			for (const href of [ics, atom, '/api/outages.json', '/api/outages.schema.json']) expect(hrefs).toContain(href);
			for (const href of hrefs.filter((h) => /\.(ics|xml|json)$/.test(h)))
				expect((await request.get(href)).status(), href).toBe(200);
		});
	}

	test('copies the calendar address for pasting into an app', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/outages/subscribe/');
		const button = page.getByRole('button', { name: '复制链接' }).first();
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.getByRole('status').first()).toHaveText(/链接已复制/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/outages.ics`);
	});
});

test.describe('subscribe page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('shows the addresses and no copy buttons that could not work', async ({ page }) => {
		await page.goto('/en/outages/subscribe/');
		await expect(page.getByText(`${ORIGIN}/en/outages.ics`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
	});
});
