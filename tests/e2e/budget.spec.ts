/**
 * The performance budget, beyond what the page-type sweep (page-types.spec.ts) checks on one page of every type:
 * Pagefind loads its filter indexes only when the reader turns to the filters (a power-cut search loads one: the
 * notices' ends, to list those still to come first, docs/search.md); statically over every page of the
 * whole build, no page carries script beyond its islands (at most the live-status script, and the copy buttons'
 * where there are some, under 2.5 KB; care mode's boot script and switch on every page, under 1.5 KB; the read-aloud
 * island where there is its button, under 3 KB) and no stylesheet declares a web font. No third-party requests anywhere
 * (fixtures.ts fails any test that makes one). The area list's search fragment holds its introduction, not the name of
 * every area (a first search downloads the fragments of its top results).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixture } from '../fixture-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';
import { careBudget, liveStatusBudget, readAloudBudget, scriptOwner, scriptsIn } from './budget.ts';
import { expect, test } from './fixtures.ts';
import { searchHere } from './search-helpers.ts';

test('a query loads a filter index only where it needs one (a power-cut search: the notices’ ends); the filters load theirs when the reader turns to them', async ({
	page,
}) => {
	// The context's requests include those of Pagefind's web worker.
	const requests: string[] = [];
	page.context().on('request', (r) => requests.push(new URL(r.url()).pathname));
	// Any bundle's filter indexes: the live one's (/pagefind/filter/) and the merged open months' (/pagefind/open/<m>/filter/).
	const filterIndex = /^\/pagefind\/(?:[^/]+\/[^/]+\/)?filter\//;
	const filterRequests = () => requests.filter((p) => filterIndex.test(p));
	await page.clock.install({ time: new Date(fixture.now) });
	await page.goto('/search/');
	// A search about something else (its best match a price page) keeps Pagefind's order: no filter index at all.
	await searchHere(page, '阶梯电价', 1);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((p) => p.startsWith('/pagefind/index/')).length, 'index chunks for the query').toBeGreaterThan(
		0,
	);
	expect(filterRequests(), 'filter indexes for a query without filters').toEqual([]);
	// A power-cut search lists the power cuts still to come first (src/lib/search/upcoming.ts): it loads the `ends`
	// filter of each bundle that holds notices (the open months'), and no other.
	await searchHere(page, '关牟线', 1);
	await page.waitForLoadState('networkidle');
	const manifest = (await (await page.request.get('/pagefind/archive/manifest.json')).json()) as { open: unknown[] };
	const ends = filterRequests();
	expect(ends.length, ends.join(', ')).toBeGreaterThan(0);
	expect(ends.length, ends.join(', ')).toBeLessThanOrEqual(manifest.open.length);
	expect(
		ends.every((p) => p.startsWith('/pagefind/open/')),
		ends.join(', '),
	).toBe(true);
	// Focusing a filter loads the filter indexes, then greys out the values the query has no results for.
	await expect(page.locator('label[data-empty]')).toHaveCount(0);
	await page.locator('input[name="type"]').first().focus();
	await expect(page.locator('label[data-value="电价"]')).toHaveAttribute('data-empty', '');
	expect(filterRequests().length).toBeGreaterThan(ends.length);
});

test('no page of the whole build carries script beyond its islands; no stylesheet declares a web font', () => {
	const files = listFiles(fixture.outDir);
	const offenders: string[] = [];
	// The content editor (/admin/, Decap CMS) is a staff tool, not a page residents load: outside the budget.
	for (const rel of files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
		const html = readFileSync(path.join(fixture.outDir, rel), 'utf8');
		const sized = scriptsIn(html).map((s) => ({
			owner: scriptOwner(s),
			bytes:
				s.inline !== undefined
					? Buffer.byteLength(s.inline)
					: readFileSync(path.join(fixture.outDir, s.src as string)).length,
		}));
		const bytesOf = (owner: string) => sized.filter((s) => s.owner === owner).reduce((a, s) => a + s.bytes, 0);
		const care = bytesOf('care');
		const readAloud = bytesOf('read-aloud');
		if (care === 0 || care >= careBudget) offenders.push(`${rel}: care mode's scripts ${care} bytes`);
		if (readAloud >= (/data-read-aloud[\s>=]/.test(html) ? readAloudBudget : 1))
			offenders.push(`${rel}: read-aloud island ${readAloud} bytes`);
		const hasIsland = /data-search[\s>=]|data-finder[\s>=]|id="?estimator/.test(html);
		if (hasIsland) continue;
		const scripts = sized.filter((s) => s.owner === 'page');
		const allowed = /data-copy[\s>=]/.test(html) ? 2 : 1;
		const bytes = scripts.reduce((a, s) => a + s.bytes, 0);
		if (scripts.length > allowed || bytes >= liveStatusBudget)
			offenders.push(`${rel}: ${scripts.length} script(s), ${bytes} bytes`);
	}
	expect(offenders).toEqual([]);
	const fonts = files.filter(
		(f) =>
			/\.(woff2?|ttf|otf|eot)$/i.test(f) ||
			(f.endsWith('.css') && /@font-face/i.test(readFileSync(path.join(fixture.outDir, f), 'utf8'))),
	);
	expect(fonts, 'web fonts or @font-face').toEqual([]);
});

test('the area list is in the search index by its introduction, not by every area’s name', () => {
	// Pagefind's fragments: gzip, after a signature line, one JSON document per page (what a result downloads).
	const dir = path.join(fixture.outDir, 'pagefind/fragment');
	const fragments = readdirSync(dir).map((f) => {
		const gzip = readFileSync(path.join(dir, f));
		const text = gunzipSync(gzip).toString('utf8');
		return { bytes: gzip.length, doc: JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string } };
	});
	for (const url of ['/areas/', '/en/areas/']) {
		const list = fragments.find((f) => f.doc.url === url);
		expect(list, `${url} is indexed`).toBeDefined();
		// Each area has its own page for search to find; the list names them all (the village 白云村 among them).
		expect(list?.doc.content).not.toMatch(/白\u200b?云\u200b?村|Baiyun Village/);
		expect(list?.bytes, `${url}'s fragment`).toBeLessThan(1024);
	}
	const village = fragments.find((f) => f.doc.url === '/areas/baiyun/');
	expect(village?.doc.content, 'the village’s own page').toMatch(/白\u200b?云/);
});
