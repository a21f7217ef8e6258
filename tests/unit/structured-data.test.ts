import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleJsonLd, sitePublisher } from '../../src/lib/seo.ts';
import { noticeJsonLd } from '../../src/lib/outages/notice-jsonld.ts';
import { shareCardFor, shareCards, logo } from '../../src/lib/share-cards.ts';
import { explainerDates } from '../../src/lib/tariffs/explainers.ts';
import { flattenAreaTree } from '../../src/lib/areas/tree.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { validNotice } from './helpers.ts';

/**
 * Structured data complete for Google's guidance: every property Google lists as required or recommended for an
 * Article (headline, image, datePublished, dateModified, author with url, publisher with logo) and an Event
 * (name, startDate, endDate, location with address, eventStatus, image, organizer with url, description).
 */
const site = siteSchema.parse({
	name: { zh: '青山县供电局', en: 'Qingshan Power' },
	hotline: '0839-5550199',
	baseUrl: 'https://power.example',
});

/** The value at a dotted path (`publisher.logo.url`); arrays are searched at their first element. */
const at = (obj: unknown, dotted: string): unknown =>
	dotted.split('.').reduce<unknown>((o, k) => {
		const v = Array.isArray(o) ? o[0] : o;
		return v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
	}, obj);

describe('Article', () => {
	// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
	const base = () => ({
		headline: '雷雨天怎样安全用电',
		description: 'd',
		url: 'https://power.example/guidance/lightning/',
		lang: 'zh-CN',
		images: ['https://power.example/og/guidance.png'],
		publisher: sitePublisher(site, 'zh-cn'),
	});
	const ld = () =>
		articleJsonLd({ ...base(), datePublished: '2026-01-10', dateModified: '2026-11-15', keywords: ['雷电'] });

	test.each([
		['@type', 'Article'],
		['headline', '雷雨天怎样安全用电'],
		['image', ['https://power.example/og/guidance.png']],
		['datePublished', '2026-01-10'],
		['dateModified', '2026-11-15'],
		['author.@type', 'Organization'],
		['author.name', '青山县供电局'],
		['author.url', 'https://power.example/'],
		['publisher.name', '青山县供电局'],
		['publisher.logo.@type', 'ImageObject'],
		['publisher.logo.url', 'https://power.example/logo.png'],
		['mainEntityOfPage', 'https://power.example/guidance/lightning/'],
		['inLanguage', 'zh-CN'],
		['keywords', '雷电'],
	])('%s is %j', (key, value) => expect(at(ld(), key)).toEqual(value));

	test.each([
		['no publication date: published when last modified', undefined, '2026-11-15', '2026-11-15'],
		['a publication date before the last change', '2025-03-01', '2026-11-15', '2025-03-01'],
	])('%s', (_, datePublished, dateModified, expected) => {
		expect(articleJsonLd({ ...base(), datePublished, dateModified }).datePublished).toBe(expected);
	});

	test('refuses a publication date after the last change', () => {
		expect(() => articleJsonLd({ ...base(), datePublished: '2026-12-01', dateModified: '2026-11-15' })).toThrow(
			/published 2026-12-01 after last modified 2026-11-15/,
		);
	});

	test('the English publisher is the English site', () => {
		expect(sitePublisher(site, 'en')).toEqual({
			name: 'Qingshan Power',
			url: 'https://power.example/en/',
			logo: 'https://power.example/logo.png',
			telephone: '0839-5550199',
		});
	});
});

describe('explainerDates', () => {
	test.each([
		[
			'reviewed after the version came into force',
			{ lastReviewed: '2026-11-27' },
			{ effectiveFrom: '2026-07-01', inForce: true },
			{ datePublished: '2026-11-27', dateModified: '2026-11-27' },
		],
		[
			'a new version in force since the last review',
			{ lastReviewed: '2026-11-27' },
			{ effectiveFrom: '2027-01-01', inForce: true },
			{ datePublished: '2026-11-27', dateModified: '2027-01-01' },
		],
		[
			'a version announced, not yet in force, changes nothing',
			{ lastReviewed: '2026-11-27' },
			{ effectiveFrom: '2027-01-01', inForce: false },
			{ datePublished: '2026-11-27', dateModified: '2026-11-27' },
		],
		[
			'first published earlier',
			{ lastReviewed: '2026-11-27', published: '2025-05-05' },
			{ effectiveFrom: '2026-07-01', inForce: true },
			{ datePublished: '2025-05-05', dateModified: '2026-11-27' },
		],
		[
			'never reviewed: the version in force dates it',
			{},
			{ effectiveFrom: '2026-07-01', inForce: true },
			{ datePublished: '2026-07-01', dateModified: '2026-07-01' },
		],
	])('%s', (_, data, version, expected) => expect(explainerDates('en/x', data, version)).toEqual(expected));

	test('no date at all is an error naming the page', () => {
		expect(() => explainerDates('en/tiered-pricing', {}, { effectiveFrom: '2027-01-01', inForce: false })).toThrow(
			/en\/tiered-pricing: lastReviewed: needed/,
		);
	});
});

describe('Event', () => {
	// Built when a test asks (a mutation run then knows which test reached the area tree).
	const areas = () =>
		flattenAreaTree([
			{
				id: 'd',
				kind: 'district',
				name: { zh: '北山片区', en: 'Beishan' },
				children: [
					{
						id: 't',
						kind: 'town',
						name: { zh: '关牟镇', en: 'Guanmou' },
						children: [
							{ id: 'v', kind: 'village', name: { zh: '关牟村', en: 'Guanmou Village' } },
							{ id: 'w', kind: 'village', name: { zh: '石门村' } },
						],
					},
				],
			},
		]).areas;
	describe.each([
		['one area', ['v']],
		['two areas', ['v', 'w']],
	])('%s', (_, ids) => {
		const ld = () =>
			noticeJsonLd(validNotice({ areas: ids }), {
				site,
				areas: areas(),
				locale: 'en',
				name: 'Power cut in Guanmou',
				description: 'd',
			});
		test.each([
			'name',
			'description',
			'startDate',
			'endDate',
			'eventStatus',
			'eventAttendanceMode',
			'location.name',
			'location.address.addressLocality',
			'location.address.addressRegion',
			'location.address.addressCountry',
			'organizer.name',
			'organizer.url',
			'organizer.logo.url',
			'image',
		])('%s is there', (key) => {
			expect(at(ld(), key)).toBeTruthy();
		});
		test('every place has an address', () => {
			const places = [ld().location].flat() as Array<{ address?: { addressLocality?: string } }>;
			expect(places).toHaveLength(ids.length);
			for (const p of places) expect(p.address?.addressLocality).toMatch(/^Beishan Guanmou /);
		});
	});
});

describe('share cards', () => {
	test.each([
		['/', 'site'],
		['/search/', 'site'],
		['/outages/', 'outages'],
		['/outages/qs-20261203-01/', 'outages'],
		['/outages/subscribe/', 'outages'],
		['/areas/guanmou-cun/', 'outages'],
		['/tariffs/', 'tariffs'],
		['/tariffs/versions/2026-07/', 'tariffs'],
		['/guidance/lightning/', 'guidance'],
		['/guidancex/', 'site'],
	])('%s gets the %s card', (p, id) => expect(shareCardFor(p).id).toBe(id));

	// The committed PNGs (drawn by scripts/draw-share-cards.ts) match what the pages announce, and stay small.
	test.each([
		...shareCards.map((c) => [c.file, c.width, c.height] as const),
		[logo.file, logo.width, logo.height] as const,
	])('%s is a %i×%i PNG under 60 KB', (file, width, height) => {
		const abs = path.join('public', file);
		expect(existsSync(abs)).toBe(true);
		const png = readFileSync(abs);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
		expect(png.length).toBeLessThan(60 * 1024);
	});

	test.each(shareCards.map((c) => [c.id, c.alt] as const))('%s has alt text in both languages', (_, alt) => {
		expect(alt['zh-cn']).toMatch(/\p{Script=Han}/u);
		expect(alt.en).toMatch(/^[\x20-\x7e]+$/);
	});
});
