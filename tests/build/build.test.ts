import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishHour } from '../../scripts/bench/lib/publish-hour.ts';
import { serializeNotices } from '../../src/lib/notices-file.ts';
import { toZonedIso, zonedDate } from '../../src/lib/time.ts';
import type { Notice } from '../../src/schemas/notice.ts';
import { fixture, fixtureBuildEnv, prepareFixtureContent } from '../fixture-site.ts';
import { renderedPages } from '../../scripts/bench/lib/astro-log.ts';
import { bin } from '../../scripts/lib/build-steps.ts';
import { treeHashes } from '../../scripts/bench/lib/files.ts';
import { astroBuild, astroSync, fullBuild, killedBuild, sitemapUrls, wholeBuild } from './build-helpers.ts';

/**
 * Whole builds of the sample site, and the dev server: slow, so kept to what only a build can show, and in one
 * file, so that no two of them run at once (they share the project's .astro/ folder): a warm
 * (incremental) build in segments through a publish, a killed build and a period closing gives the same bytes as a
 * cold build of the same content and clock, and its live pages those of one build of every notice; the output does
 * not depend on the host's time zone; and bad content stops the build even where Astro's own loaders would fall back
 * on their cache.
 */
describe('building the site', () => {
	// Inside the working tree, as a real build's folders are (node_modules/.astro/): Astro then bundles each build's
	// pages in its own output folder, and two segments' builds render at the same time (src/integrations/build-lock.ts).
	mkdirSync('.cache', { recursive: true });
	const work = mkdtempSync(path.resolve('.cache', 'qs-build-'));
	const contentDir = path.join(work, 'content');
	const before = fixture.now;
	const after = new Date(Date.parse(fixture.now) + 3_600_000).toISOString();
	/** When November's notices close (src/lib/build/segments/plan.ts). */
	const newYear = '2027-01-01T10:00:00+08:00';
	// Two segments at a time whatever the host: the live segment is built alongside the closed one it summarises.
	const env = (name: string, tz: string, now = before, content = contentDir): NodeJS.ProcessEnv => ({
		...fixtureBuildEnv({
			contentDir: content,
			outDir: path.join(work, `dist-${name}`),
			cacheDir: path.join(work, `cache-${name}`),
			tz,
			now,
		}),
		BUILD_JOBS: '2',
	});

	beforeAll(() => {
		prepareFixtureContent(contentDir);
		// A village no notice names (a real county has many): its feeds must stay as they were through a publish.
		const areasFile = path.join(contentDir, 'areas.json');
		const tree = JSON.parse(readFileSync(areasFile, 'utf8')) as Array<{ children: Array<{ children: unknown[] }> }>;
		tree[0].children[0].children.push({ id: 'kongcun', kind: 'village', name: { zh: '空村', en: 'Kongcun Village' } });
		writeFileSync(areasFile, `${JSON.stringify(tree, null, '\t')}\n`);
	});
	afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

	test(
		'a warm build through a publish and a period closing equals a cold build, whatever the host’s time zone',
		{ timeout: 1_500_000 },
		async () => {
			// Warm: build, publish (new notices, a reschedule, a cancellation, an alert; an article withdrawn), an hour
			// passes, build again. The withdrawn article's page must be gone from the kept dist/ as from a cold one.
			const withdrawn = path.join(contentDir, 'guidance/en/withdrawn-article.mdx');
			cpSync(path.join(contentDir, 'guidance/en/payment-channels.mdx'), withdrawn);
			const first = fullBuild(env('warm', 'UTC'));
			expect(first.status, first.output).toBe(0);
			// The fixture's notices of January to October are closed on 1 December: a segment of their own.
			expect(first.output).toContain('astro build, closed segment 2026');
			expect(first.output).toContain('Building 2 segments, 2 at a time');
			expect(first.output).toMatch(/^\[live\] .*astro build, live segment/m);
			// The log says what staff need to read, not the bundler's notes on Astro's own markers or on a highlighter
			// the site does not use.
			expect(first.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|Shiki/);
			expect(existsSync(path.join(work, 'dist-warm/en/guidance/withdrawn-article/index.html'))).toBe(true);
			const published = treeHashes(path.join(work, 'dist-warm'));
			rmSync(withdrawn);
			const changed = publishHour(contentDir, {
				add: 2,
				reschedule: 1,
				cancel: 1,
				alert: true,
				at: toZonedIso(new Date(after), fixture.timeZone),
				timeZone: fixture.timeZone,
			});
			// And an amendment that becomes the latest update of any notice (the sample's latest lie days ahead of its
			// clock), which an empty feed once showed: the village's feeds must not change with it.
			const noticesFile = path.join(contentDir, 'outages/notices.json');
			const all = JSON.parse(readFileSync(noticesFile, 'utf8')) as Notice[];
			const latest = all.reduce((a, b) => (Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a));
			const amendedAt = toZonedIso(new Date(Date.parse(latest.updatedAt) + 86_400_000), fixture.timeZone);
			Object.assign(latest, {
				revision: latest.revision + 1,
				updatedAt: amendedAt,
				history: [...latest.history, { revision: latest.revision + 1, at: amendedAt, event: 'amended' }],
			});
			writeFileSync(noticesFile, serializeNotices(all));

			// Killed while the live segment renders the publish (its pages are written in place): nothing of it reaches
			// dist/, and the merge refuses a segment whose build did not finish.
			const killed = await killedBuild(env('warm', 'UTC', after), /astro build, live segment\)[\s\S]*[├└]─ \S+ \(\+/);
			expect(killed.killed, killed.output).toBe(true);
			expect(treeHashes(path.join(work, 'dist-warm'))).toEqual(published);
			const refused = fullBuild(env('warm', 'UTC', after), ['--merge']);
			expect(refused.status).not.toBe(0);
			expect(refused.output).toMatch(/segment live is not built for this plan/);
			expect(treeHashes(path.join(work, 'dist-warm'))).toEqual(published);

			// Run again, warm.
			const warm = fullBuild(env('warm', 'UTC', after));
			expect(warm.status, warm.output).toBe(0);
			// The closed segment's notices did not change: it is not built again.
			expect(warm.output).not.toContain('closed segment 2026)');
			// The warm build did reuse pages (or the comparison proves nothing), and rendered the changed notices.
			const pages = renderedPages(warm.output);
			expect(pages.reused).toBeGreaterThan(100);
			// Counted, not listed one per line (src/integrations/build-log.ts).
			expect(warm.output).not.toMatch(/[├└]─ \/\S+ \((cached|restored)\)/);
			for (const id of [...changed.added, ...changed.rescheduled, ...changed.cancelled, latest.id]) {
				expect(pages.rendered).toContain(`/outages/${id}/index.html`);
				expect(pages.rendered).toContain(`/en/outages/${id}/index.html`);
			}
			// The feeds of the village no notice names are kept: nothing they show changed.
			for (const feed of ['/areas/kongcun.xml', '/en/areas/kongcun.xml', '/areas/kongcun.ics']) {
				expect(pages.rendered, feed).not.toContain(feed);
				expect(existsSync(path.join(work, `dist-warm${feed}`)), feed).toBe(true);
			}
			expect(readFileSync(path.join(work, 'dist-warm/areas/kongcun.xml'), 'utf8')).not.toContain('<entry');
			// The alert reaches pages built before it through the alerts document.
			expect(readFileSync(path.join(work, 'dist-warm/api/alerts.json'), 'utf8')).toContain(`"${changed.alert}"`);

			// The same content and clock in one astro build of every notice, no segments, in another time zone: every
			// file is the same — the live pages that show closed notices (an area's record, its feeds, the figures, the
			// API) read them from the closed segment's summary — but the sitemaps, split in two with the same URLs.
			const coldContent = path.join(work, 'content-cold');
			cpSync(contentDir, coldContent, { recursive: true });
			const whole = wholeBuild(env('whole', 'America/New_York', after, coldContent));
			expect(whole.status, whole.output).toBe(0);
			const merged = treeHashes(path.join(work, 'dist-warm'));
			const single = treeHashes(path.join(work, 'dist-whole'));
			const sitemap = /^sitemap-/;
			expect([...merged.keys()].filter((k) => !sitemap.test(k)).sort()).toEqual(
				[...single.keys()].filter((k) => !sitemap.test(k)).sort(),
			);
			expect([...merged.keys()].filter((k) => !sitemap.test(k) && merged.get(k) !== single.get(k))).toEqual([]);
			expect(sitemapUrls(path.join(work, 'dist-warm'))).toEqual(sitemapUrls(path.join(work, 'dist-whole')));

			// A period closing: on 1 January, November closes, and its notices move from the live segment to the closed
			// segment 2026, which is built again. Each keeps its address and its bytes, and the merged site now links the
			// closed segment's file.
			const moving = all.find(
				(n) =>
					zonedDate(n.start, fixture.timeZone).startsWith('2026-11') &&
					Date.parse(n.restoredAt ?? n.end) < Date.parse(before),
			) as Notice;
			const movingPage = `outages/${moving.id}/index.html`;
			const bytes = readFileSync(path.join(work, 'dist-warm', movingPage));
			const closing = fullBuild(env('warm', 'UTC', newYear));
			expect(closing.status, closing.output).toBe(0);
			expect(closing.output).toContain('astro build, closed segment 2026');
			expect(readFileSync(path.join(work, 'dist-warm', movingPage))).toEqual(bytes);
			const segmentPage = path.join(work, 'cache-warm/segments/closed/2026/dist', movingPage);
			expect(statSync(path.join(work, 'dist-warm', movingPage)).ino).toBe(statSync(segmentPage).ino);
			// Cold: the same content and clock from nothing, in another time zone; every file the same.
			const cold = fullBuild(env('cold', 'America/New_York', newYear, coldContent));
			expect(cold.status, cold.output).toBe(0);
			const a = treeHashes(path.join(work, 'dist-warm'));
			const b = treeHashes(path.join(work, 'dist-cold'));
			expect(a.size).toBeGreaterThan(100);
			expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
			expect([...a.keys()].filter((k) => a.get(k) !== b.get(k))).toEqual([]);
		},
	);

	describe('bad content stops the build even with a warm content store (Astro’s file() loader would build from it)', () => {
		// One content folder and one content store filled from good content by `astro sync`, kept aside; each case
		// starts from that store (copied back) and the good file, then breaks it. One sync serves every case.
		const dir = path.join(work, 'content-store');
		const notices = path.join(dir, 'outages/notices.json');
		const pristine = path.join(work, 'cache-store-synced');
		let good = '';
		beforeAll(() => {
			prepareFixtureContent(dir);
			good = readFileSync(notices, 'utf8');
			const synced = astroSync(env('store-synced', 'UTC', before, dir));
			expect(synced.status, synced.output).toBe(0);
		}, 300_000);

		test.each([
			[
				'malformed JSON',
				(file: string) => writeFileSync(file, '[{"id": "qs-1",,]'),
				[/outages\/notices\.json: is not valid JSON at line 1, column \d+/, /不是有效的 JSON/],
			],
			['a missing content file', (file: string) => rmSync(file), [/outages\/notices\.json: file is missing/]],
		])('fails on %s', { timeout: 300_000 }, (name, breakIt, messages) => {
			const e = env(`store-${name.replace(/\W+/g, '-')}`, 'UTC', before, dir);
			rmSync(e.ASTRO_CACHE_DIR as string, { recursive: true, force: true });
			cpSync(pristine, e.ASTRO_CACHE_DIR as string, { recursive: true });
			writeFileSync(notices, good);
			breakIt(notices);
			const r = astroBuild(e);
			expect(r.status).not.toBe(0);
			for (const m of messages) expect(r.output).toMatch(m);
		});
	});
});

/**
 * `npm run dev` (astro dev) shows a content edit without a restart: the collections' loaders watch the content
 * folder, and nothing keeps content between requests in dev.
 */
describe('the dev server', () => {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-dev-'));
	const contentDir = path.join(work, 'content');
	const port = 4500 + Math.floor(Math.random() * 400);
	let server: ChildProcess | undefined;
	let output = '';

	beforeAll(async () => {
		prepareFixtureContent(contentDir);
		// Without vitest's own variables: Astro's dev server, seeing VITEST or NODE_ENV=test, serves no content.
		const env = Object.fromEntries(
			Object.entries(
				fixtureBuildEnv({ contentDir, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') }),
			).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
		);
		// --ignore-lock: this server is the test's own (its port, its content), so it neither reads nor writes the project's
		// dev-server lock file (.astro/dev.json). Astro takes a live process under the recorded pid for the server
		// itself; a lock left behind by an earlier run, its pid reused by another astro process on a shared machine,
		// otherwise refuses to start ("Another astro dev server is already running").
		server = spawn(
			process.execPath,
			[bin('astro'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
			{ env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
		);
		server.stdout?.on('data', (d) => (output += d));
		server.stderr?.on('data', (d) => (output += d));
		// The first requests wait for Vite to optimise its dependencies (a 504 while it reloads): poll.
		await waitFor(
			async () => (await fetch(`http://127.0.0.1:${port}/outages/`, { signal: AbortSignal.timeout(60_000) })).ok,
			240_000,
			() => output,
		);
	}, 300_000);
	afterAll(() => {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
		rmSync(work, { recursive: true, force: true });
	});

	test('shows an edited notice on the next request', { timeout: 180_000 }, async () => {
		const file = path.join(contentDir, 'outages/notices.json');
		const notices = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; reason: { zh: string } }>;
		const notice = notices[notices.length - 1];
		const url = `http://127.0.0.1:${port}/outages/${notice.id}/`;
		expect(await (await fetch(url)).text()).toContain(notice.reason.zh);

		notice.reason.zh = '更换老旧电杆（开发服务器测试）';
		writeFileSync(file, `${JSON.stringify(notices, null, '\t')}\n`);
		await waitFor(
			async () => (await (await fetch(url)).text()).includes('更换老旧电杆（开发服务器测试）'),
			60_000,
			() => output,
		);
	});
});

/** Polls `check` every half second until it holds; fails with `log()` after `ms`. */
async function waitFor(check: () => Promise<boolean>, ms: number, log: () => string): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		try {
			if (await check()) return;
		} catch {
			// not up yet
		}
		if (Date.now() > until) throw new Error(`timed out; dev server output:\n${log().slice(-3000)}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}
