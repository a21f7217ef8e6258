/**
 * The search step on a small built site, with the real Pagefind: which pages land in which bundle, what a warm
 * run reuses, and that a warm run's output is byte-identical to a cold one's.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { indexSite } from '../../../src/lib/search/index-site.ts';
import { listFiles } from '../../../src/lib/links/check-site.ts';
import { searchIndexProblems } from '../../../src/lib/search/check-index.ts';

afterEach(removeTrees);

const page = (lang: string, title: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;
const notice = (lang: string, id: string, start: string, text: string) =>
	page(
		lang,
		id,
		`<article data-notice-page="${id}"><p>${text}</p></article><script type="application/ld+json">${JSON.stringify({ '@type': 'Event', name: id, startDate: start })}</script>`,
	);
const site = () => ({
	'index.html': page('zh-CN', '首页', '<p>停电通知</p>'),
	'en/index.html': page('en', 'Home', '<p>Power cuts</p>'),
	'outages/qs-20250301-01/index.html': notice(
		'zh-CN',
		'qs-20250301-01',
		'2025-03-01T09:00:00+08:00',
		'关牟村 10kV关牟线',
	),
	'en/outages/qs-20250301-01/index.html': notice(
		'en',
		'qs-20250301-01',
		'2025-03-01T09:00:00+08:00',
		'Guanmou Village',
	),
	'outages/qs-20261002-08/index.html': notice('zh-CN', 'qs-20261002-08', '2026-10-02T09:00:00+08:00', '中坝线'),
	'en/outages/qs-20261002-08/index.html': notice('en', 'qs-20261002-08', '2026-10-02T09:00:00+08:00', 'Zhongba line'),
	'outages/qs-20261201-17/index.html': notice('zh-CN', 'qs-20261201-17', '2026-12-01T08:00:00+08:00', '长岭村'),
	'en/outages/qs-20261201-17/index.html': notice('en', 'qs-20261201-17', '2026-12-01T08:00:00+08:00', 'Changling'),
});
const now = new Date('2026-12-01T10:00:00+08:00');
/** Every file of the built site's search folder with its bytes. */
const snapshot = (dir: string) =>
	Object.fromEntries(
		listFiles(path.join(dir, 'pagefind')).map((f) => [
			f,
			readFileSync(path.join(dir, 'pagefind', f)).toString('base64'),
		]),
	);

describe('indexSite', () => {
	test(
		'archives closed years, reuses unchanged bundles, and a warm run equals a cold run byte for byte',
		{ timeout: 120_000 },
		async () => {
			const out = writeTree(site(), 'pf-site-');
			const cache = writeTree({}, 'pf-cache-');
			const run = () => indexSite({ outDir: out, cacheDir: cache, now, timeZone: 'Asia/Shanghai' });

			const cold = await run();
			expect(cold.through).toBe('2026-10');
			expect(cold.bundles.map((b) => [b.id, b.files, b.reused])).toEqual([
				['live', 2, false],
				['2025', 2, false],
				['2026', 2, false],
				['2026-12', 2, false],
			]);
			expect(cold.bundles.find((b) => b.id === '2025')?.pages).toEqual({ en: 1, 'zh-cn': 1 });
			expect(JSON.parse(readFileSync(path.join(out, 'pagefind/archive/manifest.json'), 'utf8'))).toEqual({
				through: '2026-10',
				bundles: [
					{ id: '2025', path: '/pagefind/archive/2025/', from: '2025-03', to: '2025-03', pages: { en: 1, 'zh-cn': 1 } },
					{ id: '2026', path: '/pagefind/archive/2026/', from: '2026-10', to: '2026-10', pages: { en: 1, 'zh-cn': 1 } },
				],
				open: [{ id: '2026-12', path: '/pagefind/open/2026-12/', pages: { en: 1, 'zh-cn': 1 } }],
			});
			// Merged bundles carry only the index, not a second copy of Pagefind's scripts and wasm.
			for (const dir of ['pagefind/archive/2025', 'pagefind/open/2026-12']) {
				const topLevel = listFiles(path.join(out, dir)).filter((f) => !/^(index|filter|fragment)\//.test(f));
				expect(topLevel.map((f) => f.replace(/_[0-9a-f]+\.pf_meta$/, '_….pf_meta'))).toEqual([
					'pagefind-entry.json',
					'pagefind.en_….pf_meta',
					'pagefind.zh-cn_….pf_meta',
				]);
			}
			expect(searchIndexProblems(out, ['zh-cn', 'en'])).toEqual([]);
			const coldFiles = snapshot(out);

			// No change: everything from the cache, same bytes; the bundles already in dist/ are left alone.
			const entryFile = path.join(out, 'pagefind/pagefind-entry.json');
			const entryTime = statSync(entryFile).mtimeMs;
			const warm = await run();
			expect(warm.bundles.map((b) => b.reused)).toEqual([true, true, true, true]);
			expect(warm.filesIndexed).toBe(0);
			expect(snapshot(out)).toEqual(coldFiles);
			expect(statSync(entryFile).mtimeMs).toBe(entryTime);

			// A change search does not read (inside data-pagefind-ignore, outside the indexed region) rebuilds nothing.
			writeFileSync(
				path.join(out, 'index.html'),
				page('zh-CN', '首页', '<p>停电通知</p><ul data-pagefind-ignore><li>今天 3 条</li></ul>').replace(
					'<body>',
					'<body><p>截至 10:05</p>',
				),
			);
			const unread = await run();
			expect(unread.bundles.map((b) => b.reused)).toEqual([true, true, true, true]);
			expect(snapshot(out)).toEqual(coldFiles);
			// …and rightly so: Pagefind itself, from nothing, indexes the changed page to the same bytes.
			const fresh = await indexSite({
				outDir: out,
				cacheDir: writeTree({}, 'pf-cache-'),
				now,
				timeZone: 'Asia/Shanghai',
			});
			expect(fresh.bundles.every((b) => !b.reused)).toBe(true);
			expect(snapshot(out)).toEqual(coldFiles);

			// A new page search does not index (no data-pagefind-body, like a day page) changes no bundle either.
			writeFileSync(
				path.join(out, 'day.html'),
				'<!doctype html><html lang="zh-CN"><body><main><h1>12月8日</h1><p>2 条</p></main></body></html>',
			);
			const dayPage = await run();
			expect(dayPage.bundles.map((b) => b.reused)).toEqual([true, true, true, true]);
			expect(snapshot(out)).toEqual(coldFiles);
			await indexSite({ outDir: out, cacheDir: writeTree({}, 'pf-cache-'), now, timeZone: 'Asia/Shanghai' });
			expect(snapshot(out)).toEqual(coldFiles);

			// A change to a live page rebuilds only the live bundle; a change to a 2025 notice only that year.
			writeFileSync(path.join(out, 'index.html'), page('zh-CN', '首页', '<p>停电通知 新</p>'));
			writeFileSync(
				path.join(out, 'outages/qs-20250301-01/index.html'),
				notice('zh-CN', 'qs-20250301-01', '2025-03-01T09:00:00+08:00', '关牟村 改'),
			);
			const changed = await run();
			expect(changed.bundles.map((b) => [b.id, b.reused])).toEqual([
				['live', false],
				['2025', false],
				['2026', true],
				['2026-12', true],
			]);
			expect(changed.filesIndexed).toBe(4);
			const warmAfterChange = snapshot(out);
			// The same site indexed cold (no cache) gives the same bytes.
			rmSync(cache, { recursive: true, force: true });
			const again = await run();
			expect(again.bundles.every((b) => !b.reused)).toBe(true);
			expect(snapshot(out)).toEqual(warmAfterChange);
		},
	);
});
