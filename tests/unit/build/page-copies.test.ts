/** Astro's page copies linked to dist/ (page-copies.ts): each page written once, nothing in dist/ lost. */
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { linkPageCopies, pageCopiesDir } from '../../../src/lib/build/page-copies.ts';

afterEach(removeTrees);

/** A site folder with dist/ holding one page, and the cache folder beside it (not yet made). */
function site() {
	const root = writeTree({ 'dist/index.html': '<p>home</p>' }, 'pagecopies-');
	return { root, cache: path.join(root, 'cache'), out: path.join(root, 'dist') };
}

describe('Astro’s page copies linked to the output folder', () => {
	test('a fresh cache gets a relative link to dist/, made once', () => {
		const { cache, out } = site();
		expect(linkPageCopies(cache, out)).toBe(true);
		expect(lstatSync(pageCopiesDir(cache)).isSymbolicLink()).toBe(true);
		expect(readlinkSync(pageCopiesDir(cache))).toBe(path.join('..', 'dist'));
		expect(linkPageCopies(cache, out)).toBe(false);
	});

	test('a page Astro writes to its copy lands in dist/, once', () => {
		const { cache, out } = site();
		linkPageCopies(cache, out);
		// What IncrementalBuildCache.writeOutputFile does with a rendered page.
		mkdirSync(path.join(pageCopiesDir(cache), 'outages', 'a'), { recursive: true });
		writeFileSync(path.join(pageCopiesDir(cache), 'outages', 'a', 'index.html'), '<p>a</p>');
		expect(readFileSync(path.join(out, 'outages', 'a', 'index.html'), 'utf8')).toBe('<p>a</p>');
		expect(readFileSync(path.join(pageCopiesDir(cache), 'index.html'), 'utf8')).toBe('<p>home</p>');
	});

	test('a folder of copies from an earlier build is replaced; dist/ keeps its pages', () => {
		const { cache, out } = site();
		mkdirSync(path.join(pageCopiesDir(cache), 'old'), { recursive: true });
		writeFileSync(path.join(pageCopiesDir(cache), 'old', 'index.html'), 'stale copy');
		expect(linkPageCopies(cache, out)).toBe(true);
		expect(lstatSync(pageCopiesDir(cache)).isSymbolicLink()).toBe(true);
		expect(existsSync(path.join(out, 'old'))).toBe(false);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>home</p>');
	});

	test('a link to another folder is pointed at this build’s output', () => {
		const { root, cache, out } = site();
		mkdirSync(path.join(root, 'other'));
		mkdirSync(cache);
		symlinkSync(path.join(root, 'other'), pageCopiesDir(cache));
		expect(linkPageCopies(cache, out)).toBe(true);
		expect(readlinkSync(pageCopiesDir(cache))).toBe(path.join('..', 'dist'));
		expect(existsSync(path.join(root, 'other'))).toBe(true);
	});
});
