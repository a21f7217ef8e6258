import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter, validateGuidance } from '../../../src/lib/content/guidance.ts';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';

const dir = path.resolve('tests/fixtures/site/guidance');
const articles = (locale: string) =>
	readdirSync(path.join(dir, locale))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const text = readFileSync(path.join(dir, locale, f), 'utf8');
			const { frontmatter, body } = splitFrontmatter(text);
			return { slug: f.replace(/\.mdx$/, ''), data: guidanceSchema.parse(parseYaml(frontmatter as string)), body };
		});

describe('the committed guidance articles', () => {
	test('validate without problems', () => {
		expect(validateGuidance(dir, 'content/guidance')).toEqual([]);
	});

	test('at least 12 in Chinese and 6 in English; outage-prepare (linked from the outage pages) in both', () => {
		expect(articles('zh-cn').length).toBeGreaterThanOrEqual(12);
		expect(articles('en').length).toBeGreaterThanOrEqual(6);
		for (const l of ['zh-cn', 'en']) expect(articles(l).map((a) => a.slug)).toContain('outage-prepare');
	});

	test('every English article has its Chinese original', () => {
		const zh = new Set(articles('zh-cn').map((a) => a.slug));
		expect(articles('en').filter((a) => !zh.has(a.slug))).toEqual([]);
	});

	// The topics the site must cover, and a fact each article must state (in both languages where translated).
	test.each([
		['outage-prepare', /停电前|停电时|来电后/, /before|while the power is off|comes back/i],
		['fallen-lines', /8 米/, /8 metres/],
		['storms-flooding', /总开关/, /main switch/],
		['ebike-charging', /楼道/, /stairwell/],
		['leakage-protector', /试验按钮/, /test button/],
		['overloaded-wiring', /插线板/, /power strip/],
		['work-near-lines', /供电所/, /power station/],
		['new-connection', /身份证/, /ID card/],
		['payment-channels', /个人账户/, /personal account/],
	])('%s covers its topic', (slug, zh, en) => {
		const z = articles('zh-cn').find((a) => a.slug === slug);
		expect(z?.body).toMatch(zh);
		const e = articles('en').find((a) => a.slug === slug);
		if (e) expect(e.body).toMatch(en);
	});

	test('every category has at least one Chinese article', () => {
		const used = new Set(articles('zh-cn').map((a) => a.data.category));
		expect([...used].sort()).toEqual([...guidanceSchema.shape.category.options].sort());
	});
});
