/**
 * Where segments live: under `<build cache>/segments/` (ASTRO_CACHE_DIR, default node_modules/.astro), the plan of
 * the last build, the live segment and each closed segment, each a folder with its own Astro cache, its output and
 * what it leaves for the others. The merged site is built in OUT_DIR (dist/) from them (merge.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The files of one segment's folder. */
export interface SegmentFolder {
	root: string;
	/** Its `astro build` output (OUT_DIR of its build). */
	out: string;
	/** Its Astro cache (ASTRO_CACHE_DIR of its build): content store, page manifest, search and link caches. */
	cache: string;
	/** Its entries of notices.json, written by the planner for its build. */
	notices: string;
	/** What its build left for the merge: its files, search bundles, references to other segments; see merge.ts. */
	result: string;
	/** Its references to files it does not hold, from its link check, for the merge to check. */
	links: string;
	/** Written last, when every step of its build succeeded: the key it was built for. */
	done: string;
	/** Closed segments: what they leave for the live build (summary.ts). */
	summary: string;
	parts: string;
	api: string;
	history: string;
}

export function segmentFolder(root: string): SegmentFolder {
	return {
		root,
		out: path.join(root, 'dist'),
		cache: path.join(root, 'astro'),
		notices: path.join(root, 'notices.json'),
		result: path.join(root, 'result.json'),
		links: path.join(root, 'links.json'),
		done: path.join(root, 'done.json'),
		summary: path.join(root, 'summary.json'),
		parts: path.join(root, 'parts.jsonl'),
		api: path.join(root, 'api.jsonl'),
		history: path.join(root, 'history.json'),
	};
}

/** The segments' folder of a build cache. */
export function segmentsRoot(cacheDir: string): string {
	return path.join(cacheDir, 'segments');
}

export function planFile(root: string): string {
	return path.join(root, 'plan.json');
}

export function liveFolder(root: string): SegmentFolder {
	return segmentFolder(path.join(root, 'live'));
}

/** A closed segment's folder; `next` is where its build runs before it replaces the folder whole. */
export function closedFolder(root: string, name: string, next = false): SegmentFolder {
	return segmentFolder(path.join(root, 'closed', next ? `${name}.next` : name));
}

/**
 * A closed segment's summary on its own (summary, parts, API records, history, and `done.json` with the key it was
 * made for): written first in the segment's build, so that the live build, which reads only this, can run while the
 * closed segment's pages are still being built. A complete closed segment's folder holds the same files.
 */
export function summaryFolder(root: string, name: string, next = false): SegmentFolder {
	return segmentFolder(path.join(root, 'summaries', next ? `${name}.next` : name));
}

/** The key a segment's folder (or a summary folder) was completed for, or undefined when it never was. */
export function builtKey(folder: SegmentFolder): string | undefined {
	try {
		return (JSON.parse(readFileSync(folder.done, 'utf8')) as { key?: string }).key;
	} catch {
		return undefined;
	}
}

/** The folder a segment's build writes: the live segment's, or a closed segment's fresh `<name>.next/`. */
export function buildingFolder(root: string, name: string): SegmentFolder {
	return name === 'live' ? liveFolder(root) : closedFolder(root, name, true);
}
