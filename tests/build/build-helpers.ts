import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { bin, wholeSiteSteps } from '../../scripts/lib/build-steps.ts';

/**
 * The output without its colour codes: Astro colours its log when the environment names a CI (picocolors reads
 * `CI`), and the tests match the words, not the colours.
 */
function plain(output: string): string {
	return stripVTControlCharacters(output);
}

/** Runs `astro build` alone (no content check first), as someone bypassing `npm run build` would. */
export function astroBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, [bin('astro'), 'build'], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: r.status, output: plain(`${r.stdout}\n${r.stderr}`) };
}

/** Runs `astro sync`: the content collections' loaders fill the content store, nothing is rendered. */
export function astroSync(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, [bin('astro'), 'sync'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: r.status, output: plain(`${r.stdout}\n${r.stderr}`) };
}

/** Runs the whole `npm run build` pipeline (its segments' builds, the merge, the checks), with `args`. */
export function fullBuild(env: NodeJS.ProcessEnv, args: string[] = []): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: r.status, output: plain(`${r.stdout}\n${r.stderr}`) };
}

/**
 * Starts `npm run build` and kills it, every process of it at once (SIGKILL, as a power cut or a CI timeout would),
 * as soon as its output matches `when`. Resolves with the output up to then, and whether it was killed (a build
 * that finished first was not).
 */
export function killedBuild(env: NodeJS.ProcessEnv, when: RegExp): Promise<{ killed: boolean; output: string }> {
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let raw = '';
	let output = '';
	let killed = false;
	const watch = (data: string) => {
		raw += data;
		output = plain(raw);
		if (!killed && when.test(output) && child.pid) {
			killed = true;
			process.kill(-child.pid, 'SIGKILL');
		}
	};
	// Decoded as text by the streams, so that a character split between two chunks is not lost.
	child.stdout.setEncoding('utf8').on('data', watch);
	child.stderr.setEncoding('utf8').on('data', watch);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', () => resolve({ killed, output }));
	});
}

/** Builds the whole site in one `astro build`, every notice in it, no segments (then search and its checks). */
export function wholeBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	let output = '';
	for (const step of wholeSiteSteps(env)) {
		const r = spawnSync(step.command, step.args, {
			env: step.env as NodeJS.ProcessEnv,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		output += plain(`${r.stdout}\n${r.stderr}`);
		if (r.status !== 0) return { status: r.status, output };
	}
	return { status: 0, output };
}

/** Every URL the sitemaps of a built site list (each `sitemap-*.xml` but the index), sorted. */
export function sitemapUrls(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => /^sitemap-.+\.xml$/.test(f) && f !== 'sitemap-index.xml')
		.flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]))
		.sort();
}
