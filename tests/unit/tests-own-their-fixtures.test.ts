/**
 * The tests own their fixtures: no test reads the utility's content/, which README "Using this for your utility"
 * replaces with the utility's own county. Two guards keep it so. While the tests run, CONTENT_DIR names a folder that
 * does not exist (vitest.config.ts, playwright.config.ts), so nothing falls back on content/ unnoticed; and no test
 * source names content/ as a folder to read, copy or validate (the scan below). CI runs the whole suite with another
 * county's content in content/'s place (.ci/test-another-county).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/paths.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { fixture, fixtureContent, noContentDir } from '../fixture-site.ts';

const q = `['"\`]`;
/** The content folder, or a path in it, as the first argument of a call that reads, copies or validates files. */
const literalRead = new RegExp(
	String.raw`\b(?:readFileSync|readFile|readdirSync|readdir|cpSync|cp|copyFileSync|existsSync|statSync|createReadStream|resolve|join|validateContent|loadContentSet|renderCmsConfig|prepareSyntheticContent|validateGuidance|validateTariffs)\(\s*${q}(?:\./)?content(?:/[^'"\`]*)?${q}`,
);
/** The content folder under the current directory: `path.join(process.cwd(), 'content')`. */
const cwdRead = new RegExp(String.raw`\b(?:resolve|join)\(\s*process\.cwd\(\)\s*,\s*${q}content\b`);
/** The content folder relative to a module: `new URL('../../content/site.json', import.meta.url)`. */
const urlRead = new RegExp(String.raw`\bnew URL\(\s*${q}(?:\.\./)+content\b`);

/** Whether a line of test code reads the project's content folder. */
const readsContent = (line: string) => [literalRead, cwdRead, urlRead].some((r) => r.test(line));

/** This file, whose examples the scan would find. */
const self = path.relative(process.cwd(), fileURLToPath(import.meta.url));

/**
 * The test code: every TypeScript file under tests/ but the fixtures' data and this file, and the scripts and
 * configs that run the tests.
 */
function testSources(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
			const rel = path.join(dir, e.name);
			if (e.isDirectory()) return rel === path.join('tests', 'fixtures') ? [] : walk(rel);
			return e.name.endsWith('.ts') && rel !== self ? [rel] : [];
		});
	return [
		...walk('tests'),
		'scripts/test.ts',
		'scripts/e2e-server.ts',
		'vitest.config.ts',
		'vitest.mutation.config.ts',
		'playwright.config.ts',
	];
}

describe('no test reads content/', () => {
	test.each([
		"JSON.parse(readFileSync('content/areas.json', 'utf8'))",
		"cpSync(path.resolve('content'), dir, { recursive: true });",
		"const set = validateContent('content');",
		'readdirSync("content/alerts").map((f) => f)',
		'const file = path.join(process.cwd(), `content`, "site.json");',
		"renderCmsConfig(path.resolve('./content/'), {})",
		"readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8')",
	])('the scan finds %s', (line) => {
		expect(readsContent(line)).toBe(true);
	});

	test.each([
		"JSON.parse(readFileSync('tests/fixtures/site/areas.json', 'utf8'))",
		// A file name as messages show it, not a folder that is read.
		"validateTariffs(dir, 'content/tariffs', today).problems.map(formatProblem)",
		"expect(config).toMatchObject({ media_folder: 'content/imports/inbox' });",
		// The HTML attribute.
		"await expect(page.locator('meta[name=\"robots\"]')).toHaveAttribute('content', 'noindex');",
		// A test's own folder named content.
		"const content = path.join(work, 'content');",
		"readFileSync(path.join(contentDir, 'outages/notices.json'), 'utf8')",
	])('the scan passes %s', (line) => {
		expect(readsContent(line)).toBe(false);
	});

	test('no test source names content/ as a folder to read', () => {
		const sources = testSources();
		// The scan sees the tests: the helpers that copy the fixture site and the specs among them.
		expect(sources.length).toBeGreaterThan(100);
		for (const f of ['tests/unit/helpers.ts', 'tests/fixture-site.ts', 'tests/e2e/admin.spec.ts'])
			expect(sources).toContain(f);
		const found = sources.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) => (readsContent(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
		);
		expect(found).toEqual([]);
	});
});

describe('nothing falls back on content/', () => {
	test('CONTENT_DIR names a folder that does not exist, and the default content folder is that one', () => {
		expect(process.env.CONTENT_DIR).toBe(noContentDir);
		expect(existsSync(noContentDir)).toBe(false);
		expect(contentDir()).toBe(noContentDir);
	});

	test('content read without a folder of its own fails, naming the missing site.json', () => {
		const problems = validateContent(contentDir()).problems.map((p) => `${p.file}: ${p.en}`);
		expect(problems.join('\n')).toMatch(/no-content-folder-in-tests\/site\.json: .*missing/);
	});

	test('the fixture site is whole: it passes the content check', () => {
		const set = validateContent(fixtureContent, { now: new Date(fixture.now) });
		expect(set.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(set.notices.length).toBeGreaterThanOrEqual(30);
		expect(set.alerts.length).toBeGreaterThan(0);
		expect(set.notify?.channels.length).toBeGreaterThan(0);
	});
});
