import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { createFeedSet } from '../../../src/lib/feeds/feed-set.ts';
import { apiNoticeSchema, outagesApiSchema } from '../../../src/schemas/outages-api.ts';
import { byId, feedFixture } from './feed-fixtures.ts';

const { ctx, notices, site } = feedFixture();
const feeds = createFeedSet(notices, ctx);
const generated = new Date('2026-12-01T02:00:00Z');
const doc = JSON.parse(feeds.apiJson(generated, site.hotline));
const schema = JSON.parse(feeds.apiSchemaJson());

function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	return ajv.compile(schema);
}

describe('the JSON API document', () => {
	test('validates against the published JSON Schema (ajv, draft 2020-12)', () => {
		const validate = validator();
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	});

	test('and against the zod schema it was generated from, cross-field rules included', () => {
		expect(outagesApiSchema.safeParse(doc).success).toBe(true);
	});

	test('carries every notice, both languages and area names, with the build time in the utility zone', () => {
		expect(doc.version).toBe(2);
		expect(doc.generated).toBe('2026-12-01T10:00:00+08:00');
		expect(doc.timeZone).toBe('Asia/Shanghai');
		expect(doc.notices.map((n: { id: string }) => n.id)).toEqual(notices.map((n) => n.id).sort());
		const n = doc.notices.find((x: { id: string }) => x.id === 'qs-20261201-guanmou-cun');
		expect(n.scope).toEqual(byId(notices, 'qs-20261201-guanmou-cun').scope);
		expect(n.areaDetails.map((a: { id: string; name: { zh: string } }) => `${a.id}:${a.name.zh}`)).toEqual([
			'guanmou-cun:关牟村',
			'guanmou-jie:关牟街社区',
		]);
		expect(n.links.ics.en).toBe('https://power.qingshan.example/en/outages/qs-20261201-guanmou-cun.ics');
	});

	test('the same content gives the same bytes', () => {
		expect(createFeedSet(notices, ctx).apiJson(generated, site.hotline)).toBe(feeds.apiJson(generated, site.hotline));
	});
});

describe('what the published schema refuses', () => {
	const validate = validator();
	const first = () => structuredClone(doc.notices[0]);
	test.each([
		['an unknown top-level field', (d: any) => ({ ...d, extra: 1 })],
		['a wrong version', (d: any) => ({ ...d, version: 1 })],
		['a time without an offset', (d: any) => ({ ...d, notices: [{ ...first(), start: '2026-12-03T08:00:00' }] })],
		['a text without Chinese', (d: any) => ({ ...d, notices: [{ ...first(), reason: { en: 'only English' } }] })],
		['an unknown kind', (d: any) => ({ ...d, notices: [{ ...first(), kind: 'surprise' }] })],
		['a notice without areas', (d: any) => ({ ...d, notices: [{ ...first(), areas: [] }] })],
		['a relative link', (d: any) => ({ ...d, links: { ...d.links, self: '/api/outages.json' } })],
	])('%s', (_name, change) => {
		expect(validate(change(structuredClone(doc)))).toBe(false);
	});

	test.each([
		['an end before the start', (n: any) => ({ ...n, end: '2000-01-01T00:00:00+08:00' })],
		['a cancelled notice without a cancellation', (n: any) => ({ ...n, lifecycle: 'cancelled' })],
		['areaDetails that do not match areas', (n: any) => ({ ...n, areaDetails: [...n.areaDetails].reverse() })],
	])('cross-field rule: %s passes JSON Schema (it cannot say this) but not the zod schema', (_name, change) => {
		const bad = change(first());
		expect(validate({ ...doc, notices: [bad] })).toBe(true);
		expect(apiNoticeSchema.safeParse(bad).success).toBe(false);
	});
});
