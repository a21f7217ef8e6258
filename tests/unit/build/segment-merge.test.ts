import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { closedFolder, liveFolder, type SegmentFolder } from '../../../src/lib/build/segments/layout.ts';
import { MergeError, mergeSegments, mergeWrites, type SegmentResult } from '../../../src/lib/build/segments/merge.ts';
import { summaryFormat } from '../../../src/lib/build/segments/summary.ts';
import type { StoredPlan } from '../../../src/lib/build/segments/stored-plan.ts';
import type { DeferredLink } from '../../../src/lib/links/check-site.ts';
import { treeHashes } from '../../../scripts/bench/lib/files.ts';

/**
 * The merge puts segments together into one site: closed segments' files linked (their folders are never written
 * again), the live segment's copied (Astro rewrites them in place), only what changed, and nothing at all while a
 * segment is incomplete or a link between segments is broken.
 */
const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const origin = 'https://power.test.example';
const sitemapIndex = (files: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.map((f) => `<sitemap><loc>${origin}/${f}</loc></sitemap>`).join('')}</sitemapindex>`;
const page = (body: string) => `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`;

interface SegmentSpec {
	files: Record<string, string>;
	key: string;
	deferred?: Array<Pick<DeferredLink, 'path' | 'fragment'>>;
	/** Left out of its output (an unfinished build). */
	incomplete?: boolean;
	shared?: Array<[string, number]>;
	/** A closed segment's notices, by id in id order: its API records (api.jsonl) and its summary's list. */
	records?: string[];
}

const apiRecord = (id: string) => JSON.stringify({ id, title: `notice ${id}` });
const apiDocument = (ids: string[]) => `{"version":2,"generated":"now","notices":[${ids.map(apiRecord).join(',')}]}`;

/** Writes a segment's output and what its build leaves for the merge, as scripts/segment.ts does. */
function writeSegment(folder: SegmentFolder, name: string, spec: SegmentSpec): void {
	rmSync(folder.root, { recursive: true, force: true });
	for (const [rel, text] of Object.entries(spec.files)) {
		mkdirSync(path.dirname(path.join(folder.out, rel)), { recursive: true });
		writeFileSync(path.join(folder.out, rel), text);
	}
	const files = Object.keys(spec.files)
		.filter((f) => !mergeWrites.includes(f))
		.sort();
	if (spec.records) {
		writeFileSync(folder.api, spec.records.map((id) => `${apiRecord(id)}\n`).join(''));
		writeFileSync(folder.summary, JSON.stringify({ format: summaryFormat, notices: spec.records.map((id) => [id]) }));
	}
	const result: SegmentResult = {
		name,
		key: spec.key,
		files,
		sitemaps: files.filter((f) => /^sitemap-\d+\.xml$/.test(f)),
		search: {
			bundles:
				name === 'live'
					? []
					: [
							{
								id: name,
								path: `/pagefind/archive/${name}/`,
								from: `${name}-01`,
								to: `${name}-12`,
								pages: { 'zh-cn': 1 },
							},
						],
			open: name === 'live' ? [{ id: '2026-12', path: '/pagefind/open/2026-12/', pages: { 'zh-cn': 1 } }] : [],
		},
		deferred: (spec.deferred ?? []).map((d) => ({ ...d, page: '/x/', href: d.path, where: 'a[href]' })),
		shared: spec.shared,
	};
	writeFileSync(folder.result, JSON.stringify(result));
	if (!spec.incomplete) writeFileSync(folder.done, JSON.stringify({ key: spec.key }));
}

function setup() {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-merge-'));
	dirs.push(work);
	const root = path.join(work, 'segments');
	const out = path.join(work, 'dist');
	const live: SegmentSpec = {
		key: 'L1',
		files: {
			'index.html': page('<a href="/outages/a/">a</a>'),
			'areas/oak/index.html': page('<a href="/outages/c/#when">c</a>'),
			'outages/b/index.html': page('live notice'),
			'_astro/site.css': 'body{}',
			'sitemap-0.xml': '<urlset/>',
			'sitemap-index.xml': sitemapIndex(['sitemap-0.xml']),
			'api/outages.json': apiDocument(['b']),
		},
		deferred: [
			{ path: '/outages/a/', fragment: '' },
			{ path: '/outages/c/', fragment: 'when' },
		],
	};
	const closed: SegmentSpec = {
		key: 'C1',
		files: {
			'outages/a/index.html': page('closed notice a <a href="/areas/oak/">oak</a>'),
			'outages/c/index.html': page('<p id="when">closed notice c</p>'),
			'pagefind/archive/2025/pagefind-entry.json': '{}',
			'sitemap-0.xml': '<urlset/>',
		},
		deferred: [
			{ path: '/areas/oak/', fragment: '' },
			{ path: '/api/outages.json', fragment: '' },
		],
		shared: [['_astro/site.css', 6]],
		records: ['a', 'c'],
	};
	const plan = (liveKey = 'L1', closedKey = 'C1', closedNames = ['2025']): StoredPlan => ({
		format: 1,
		now: '2026-12-01T02:00:00.000Z',
		timeZone: 'Asia/Shanghai',
		period: 'year',
		closableThrough: '2026-10',
		closed: closedNames.map((name) => ({ name, months: [`${name}-01`], count: 2, key: closedKey })),
		live: { count: 1, key: liveKey },
	});
	writeSegment(liveFolder(root), 'live', live);
	writeSegment(closedFolder(root, '2025'), '2025', closed);
	return { work, root, out, live, closed, plan };
}

const inode = (f: string) => statSync(f).ino;

describe('merging segments', () => {
	test('links closed segments’ files, copies the live segment’s, and lists every sitemap and bundle once', () => {
		const { root, out, plan } = setup();
		const stats = mergeSegments(root, out, plan());
		expect(stats.full).toBe(true);
		expect(inode(path.join(out, 'outages/a/index.html'))).toBe(
			inode(path.join(closedFolder(root, '2025').out, 'outages/a/index.html')),
		);
		expect(inode(path.join(out, 'index.html'))).not.toBe(inode(path.join(liveFolder(root).out, 'index.html')));
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('/outages/a/');
		expect(existsSync(path.join(out, 'sitemap-2025-0.xml'))).toBe(true);
		expect(readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8')).toBe(
			sitemapIndex(['sitemap-0.xml', 'sitemap-2025-0.xml']),
		);
		const manifest = JSON.parse(readFileSync(path.join(out, 'pagefind/archive/manifest.json'), 'utf8'));
		expect(manifest.through).toBe('2026-10');
		expect(manifest.bundles.map((b: { id: string }) => b.id)).toEqual(['2025']);
		expect(manifest.open.map((b: { id: string }) => b.id)).toEqual(['2026-12']);
		expect(readFileSync(path.join(out, 'api/outages.json'), 'utf8')).toBe(apiDocument(['a', 'b', 'c']));
		expect(stats.across).toBe(4);
	});

	test('joins the API document again only when the live segment’s document or a closed segment changed', () => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		const api = path.join(s.out, 'api/outages.json');
		const first = inode(api);
		writeSegment(liveFolder(s.root), 'live', { ...s.live, key: 'L2', files: { ...s.live.files } });
		// Rewritten with the same bytes: joined again (the merge goes by the file's identity, as Astro rewrites it).
		mergeSegments(s.root, s.out, s.plan('L2'));
		expect(inode(api)).not.toBe(first);
		const second = inode(api);
		mergeSegments(s.root, s.out, s.plan('L2'));
		expect(inode(api)).toBe(second);
		writeSegment(closedFolder(s.root, '2025'), '2025', { ...s.closed, key: 'C2', records: ['a', 'c', 'd'] });
		mergeSegments(s.root, s.out, s.plan('L2', 'C2'));
		expect(readFileSync(api, 'utf8')).toBe(apiDocument(['a', 'b', 'c', 'd']));
		writeSegment(liveFolder(s.root), 'live', {
			...s.live,
			key: 'L3',
			files: { ...s.live.files, 'api/outages.json': apiDocument(['b', 'e']) },
		});
		mergeSegments(s.root, s.out, s.plan('L3', 'C2'));
		expect(readFileSync(api, 'utf8')).toBe(apiDocument(['a', 'b', 'c', 'd', 'e']));
		const fresh = path.join(s.work, 'fresh');
		rmSync(path.join(s.root, 'merged.json'));
		mergeSegments(s.root, fresh, s.plan('L3', 'C2'));
		expect(treeHashes(s.out)).toEqual(treeHashes(fresh));
	});

	test.each([
		[
			'a segment whose build did not finish',
			(s: ReturnType<typeof setup>) =>
				writeSegment(closedFolder(s.root, '2025'), '2025', { ...s.closed, incomplete: true }),
		],
		[
			'a segment built for another plan',
			(s: ReturnType<typeof setup>) => writeSegment(liveFolder(s.root), 'live', { ...s.live, key: 'L0' }),
		],
		[
			'a link into another segment that leads nowhere',
			(s: ReturnType<typeof setup>) =>
				writeSegment(liveFolder(s.root), 'live', { ...s.live, deferred: [{ path: '/outages/gone/', fragment: '' }] }),
		],
		[
			'a link to an element another segment’s page lacks',
			(s: ReturnType<typeof setup>) =>
				writeSegment(liveFolder(s.root), 'live', {
					...s.live,
					deferred: [{ path: '/outages/c/', fragment: 'nowhere' }],
				}),
		],
		[
			'a page two segments both build',
			(s: ReturnType<typeof setup>) =>
				writeSegment(liveFolder(s.root), 'live', {
					...s.live,
					files: { ...s.live.files, 'outages/a/index.html': page('twice') },
				}),
		],
		[
			'API records that are not one per notice',
			(s: ReturnType<typeof setup>) => {
				writeSegment(closedFolder(s.root, '2025'), '2025', { ...s.closed, key: 'C2' });
				writeFileSync(closedFolder(s.root, '2025').api, `${apiRecord('a')}\n`);
				return s.plan('L1', 'C2');
			},
		],
		[
			'a page two closed segments both build',
			(s: ReturnType<typeof setup>) => {
				writeSegment(closedFolder(s.root, '2024'), '2024', {
					...s.closed,
					files: { 'outages/c/index.html': page('<p id="when">c again</p>') },
					deferred: [],
					records: ['c'],
				});
				return s.plan('L1', 'C1', ['2024', '2025']);
			},
		],
		[
			'assets of other code',
			(s: ReturnType<typeof setup>) =>
				writeSegment(closedFolder(s.root, '2025'), '2025', { ...s.closed, shared: [['_astro/site.css', 99]] }),
		],
	])('merges nothing for %s', (_name, breakIt: (s: ReturnType<typeof setup>) => StoredPlan | void) => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		const before = treeHashes(s.out);
		const state = readFileSync(path.join(s.root, 'merged.json'), 'utf8');
		const plan = breakIt(s) ?? s.plan();
		expect(() => mergeSegments(s.root, s.out, plan)).toThrow(MergeError);
		expect(treeHashes(s.out)).toEqual(before);
		expect(readFileSync(path.join(s.root, 'merged.json'), 'utf8')).toBe(state);
	});

	test('a later merge copies only the live files that changed and removes those no longer built', () => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		const oak = inode(path.join(s.out, 'areas/oak/index.html'));
		const live = {
			...s.live,
			key: 'L2',
			files: { ...s.live.files, 'index.html': page('<a href="/outages/a/">a!</a>') },
		};
		delete (live.files as Record<string, string>)['outages/b/index.html'];
		writeSegment(liveFolder(s.root), 'live', live);
		// The unchanged page keeps its identity in the live folder (Astro leaves a skipped page alone).
		const stats = mergeSegments(s.root, s.out, s.plan('L2'));
		expect(stats).toMatchObject({ full: false, linked: 0, removed: 1 });
		expect(readFileSync(path.join(s.out, 'index.html'), 'utf8')).toContain('a!');
		expect(existsSync(path.join(s.out, 'outages/b'))).toBe(false);
		// writeSegment rewrote every live file (new identities), so all were copied again; their bytes are the same.
		expect(inode(path.join(s.out, 'areas/oak/index.html'))).not.toBe(oak);
		const fresh = path.join(s.work, 'fresh');
		rmSync(path.join(s.root, 'merged.json'));
		mergeSegments(s.root, fresh, s.plan('L2'));
		expect(treeHashes(s.out)).toEqual(treeHashes(fresh));
	});

	test('a closed segment built again replaces its files: one that moved back to the live segment is copied', () => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		const closed = { ...s.closed, key: 'C2', files: { ...s.closed.files } };
		delete (closed.files as Record<string, string>)['outages/c/index.html'];
		writeSegment(closedFolder(s.root, '2025'), '2025', closed);
		writeSegment(liveFolder(s.root), 'live', {
			...s.live,
			key: 'L2',
			files: { ...s.live.files, 'outages/c/index.html': page('<p id="when">c, live again</p>') },
			deferred: [{ path: '/outages/a/', fragment: '' }],
		});
		mergeSegments(s.root, s.out, s.plan('L2', 'C2'));
		expect(readFileSync(path.join(s.out, 'outages/c/index.html'), 'utf8')).toContain('live again');
		const fresh = path.join(s.work, 'fresh');
		rmSync(path.join(s.root, 'merged.json'));
		mergeSegments(s.root, fresh, s.plan('L2', 'C2'));
		expect(treeHashes(s.out)).toEqual(treeHashes(fresh));
	});

	test('a segment the plan no longer has leaves the site', () => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		writeSegment(liveFolder(s.root), 'live', { ...s.live, key: 'L2', deferred: [] });
		mergeSegments(s.root, s.out, s.plan('L2', 'C1', []));
		expect(existsSync(path.join(s.out, 'outages/a'))).toBe(false);
		expect(existsSync(path.join(s.out, 'sitemap-2025-0.xml'))).toBe(false);
		expect(existsSync(path.join(s.out, 'pagefind/archive/2025'))).toBe(false);
	});

	test('after a merge that was killed half-way, the next assembles the site whole', () => {
		const s = setup();
		mergeSegments(s.root, s.out, s.plan());
		const stateFile = path.join(s.root, 'merged.json');
		writeFileSync(stateFile, JSON.stringify({ ...JSON.parse(readFileSync(stateFile, 'utf8')), merging: true }));
		writeFileSync(path.join(s.out, 'leftover.html'), 'half-merged');
		expect(mergeSegments(s.root, s.out, s.plan()).full).toBe(true);
		expect(existsSync(path.join(s.out, 'leftover.html'))).toBe(false);
	});
});
