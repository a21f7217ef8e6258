import { spawnSync } from 'node:child_process';
import { bin } from '../../scripts/lib/build-steps.ts';

/** Runs `astro build` alone (no content check first), as someone bypassing `npm run build` would. */
export function astroBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, [bin('astro'), 'build'], {
		env,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Runs `astro sync`: the content collections' loaders fill the content store, nothing is rendered. */
export function astroSync(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, [bin('astro'), 'sync'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Runs the whole `npm run build` pipeline (astro build, pagefind, checks). */
export function fullBuild(env: NodeJS.ProcessEnv): { status: number | null; output: string } {
	const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
