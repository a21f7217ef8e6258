import { describe, expect, it } from 'vitest';
import { staleOutputs, type OutputFile } from '../../../src/lib/build/stale-outputs.ts';

const started = 1_000;
const files: OutputFile[] = [
	{ rel: 'index.html', mtimeMs: 1_500 }, // rendered by this build
	{ rel: 'outages/a/index.html', mtimeMs: 200 }, // skipped by this build: in place, accounted for
	{ rel: 'outages/gone/index.html', mtimeMs: 200 }, // left getStaticPaths
	{ rel: 'logo.svg', mtimeMs: 100 }, // public/, copied with its old time
	{ rel: 'old-public.txt', mtimeMs: 100 }, // removed from public/
	{ rel: 'pagefind/pagefind.js', mtimeMs: 100 }, // the search step's
	{ rel: 'edge.html', mtimeMs: 1_000 }, // written in the build's first millisecond
	{ rel: 'before.html', mtimeMs: 999 }, // written just before it
];
const produced = new Set(['index.html', 'outages/a/index.html', 'logo.svg']);
const owned = (rel: string) => !rel.startsWith('pagefind/');

describe('staleOutputs', () => {
	it('finds exactly the files neither written by this build, accounted for by it, nor owned by a later step', () => {
		expect(staleOutputs(files, produced, started, owned)).toEqual([
			'before.html',
			'old-public.txt',
			'outages/gone/index.html',
		]);
	});

	it.each([
		['everything accounted for', new Set(files.map((f) => f.rel)), []],
		[
			'nothing accounted for',
			new Set<string>(),
			['before.html', 'logo.svg', 'old-public.txt', 'outages/a/index.html', 'outages/gone/index.html'],
		],
	] as const)('%s', (_, set, expected) => {
		expect(staleOutputs(files, set, started, owned)).toEqual(expected);
	});

	it('leaves a later step its files even when nothing accounts for them', () => {
		expect(staleOutputs(files, new Set(), started, () => true)).toContain('pagefind/pagefind.js');
		expect(staleOutputs(files, new Set(), started, owned)).not.toContain('pagefind/pagefind.js');
	});
});
