import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../../src/lib/seo.ts';

describe('robotsTxt', () => {
	test.each([
		['https://power.qingshan.example', 'https://power.qingshan.example/sitemap-index.xml'],
		['https://power.qingshan.example/', 'https://power.qingshan.example/sitemap-index.xml'],
		['http://localhost:4321', 'http://localhost:4321/sitemap-index.xml'],
	])('%s points at %s', (origin, sitemap) => {
		const lines = robotsTxt(origin).split('\n');
		expect(lines).toContain(`Sitemap: ${sitemap}`);
		expect(lines[0]).toBe('User-agent: *');
		expect(lines).toContain('Disallow: /pagefind/');
	});
});
