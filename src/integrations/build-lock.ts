import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * One `astro build` at a time per working tree. Astro keeps the list of MDX modules to render in
 * `<root>/.astro/content-modules.mjs`, keyed by each file's path, whatever `cacheDir` and `CONTENT_DIR` say. Two
 * builds of different content folders at once (the browser tests' fixture, a benchmark, `npm run build`) overwrite
 * each other's list between Astro writing and reading it, and a build then fails with "Unexpected error while
 * rendering … → zh-cn/<article>". Builds in the same folder therefore take turns while they write and read it: the
 * lock is taken before the content sync writes the list and released once the page bundle that imports it is built,
 * so the rendering of pages, most of a build, runs alongside other builds (segments built in parallel on one
 * machine). Not so for a build whose output folder lies outside the working directory (the tests build in the
 * system's temporary folder): Astro then puts its page bundle in `<cwd>/.astro/.prerender/`, shared with every such
 * build, renders from it and removes it at the end (`getOutDirWithinCwd` in astro/dist/core/build/common.js), so that
 * build holds the lock to its end. A lock left by a process that no longer runs is taken over.
 */
export function buildLock(): AstroIntegration {
	let held: string | undefined;
	const release = () => {
		if (held) releaseLock(held);
		held = undefined;
	};
	return {
		name: 'build-lock',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				if (command !== 'build') return;
				const dir = path.join(fileURLToPath(config.root), '.astro', 'build.lock');
				await acquireLock(dir, (owner) =>
					logger.info(`waiting for another build in this folder to finish (pid ${owner}) / 等待本目录中另一个构建完成`),
				);
				held = dir;
				process.once('exit', release);
				if (!ownsPageBundle(config.outDir)) return;
				// The list is read while Vite bundles the pages for prerendering (the `prerender` environment); after
				// that bundle, nothing in `<root>/.astro/` is read again.
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'build-lock:release-after-page-bundle',
								applyToEnvironment: (environment: { name: string }) => environment.name === 'prerender',
								buildEnd: release,
							},
						],
					},
				});
			},
			'astro:build:done': release,
		},
	};
}

/**
 * Whether a build's page bundle is its own: Astro writes it inside the output folder when that lies within the
 * working directory, else in one folder under the working directory that every such build shares (the test that
 * Astro's `getOutDirWithinCwd` makes).
 */
export function ownsPageBundle(outDir: URL, cwd = process.cwd()): boolean {
	return fileURLToPath(outDir).startsWith(cwd);
}

/** Whether a process with this id is running. */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The pid that holds the lock, or undefined when it cannot be read (being written, or gone). */
function ownerOf(dir: string): number | undefined {
	try {
		const pid = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Takes the lock directory `dir` (mkdir is atomic), waiting while a live process holds it; a lock whose process is
 * gone, or with no owner for over 30 s, is taken over. Gives up after `timeoutMs` with an error saying what to do.
 */
export async function acquireLock(
	dir: string,
	onWait: (owner: number | string) => void,
	timeoutMs = 30 * 60_000,
): Promise<void> {
	mkdirSync(path.dirname(dir), { recursive: true });
	const start = Date.now();
	let told = false;
	for (;;) {
		try {
			mkdirSync(dir);
			writeFileSync(path.join(dir, 'pid'), String(process.pid));
			return;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
		const owner = ownerOf(dir);
		const age = (() => {
			try {
				return Date.now() - statSync(dir).mtimeMs;
			} catch {
				return 0;
			}
		})();
		if ((owner !== undefined && !alive(owner)) || (owner === undefined && age > 30_000)) {
			takeOver(dir, owner);
			continue;
		}
		if (Date.now() - start > timeoutMs) {
			throw new Error(
				`another build (pid ${owner ?? '?'}) has held ${dir} for too long; if none is running, delete that folder / 另一个构建占用 ${dir} 过久；如确无构建在运行，请删除该目录`,
			);
		}
		if (!told) onWait(owner ?? '?');
		told = true;
		await new Promise((r) => setTimeout(r, 500));
	}
}

/**
 * Removes the lock `dir` found stale with owner `seen`, and only that lock. Two builds can find the same stale lock;
 * if one removes it and takes the lock anew before the other acts, a plain delete by the second would remove the
 * first one's live lock and both would build. So the lock is first moved aside (rename is atomic: of two movers
 * only one succeeds), and what was moved is checked: a lock of another owner than the stale one seen is put back.
 */
export function takeOver(dir: string, seen: number | undefined): void {
	const aside = `${dir}.stale-${process.pid}-${Date.now()}`;
	try {
		renameSync(dir, aside);
	} catch {
		return; // Gone already: someone else took it over.
	}
	if (ownerOf(aside) === seen) {
		rmSync(aside, { recursive: true, force: true });
		return;
	}
	try {
		renameSync(aside, dir);
	} catch {
		// A third build took the free lock in between: the moved one's owner now shares with it, as before this fix.
		rmSync(aside, { recursive: true, force: true });
	}
}

/** Releases a lock this process holds (and only then). */
export function releaseLock(dir: string): void {
	if (ownerOf(dir) === process.pid) rmSync(dir, { recursive: true, force: true });
}
