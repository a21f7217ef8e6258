/** The build's list of dist/'s files (dist-files.ts): trusted only right after that build, for that folder. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { distFilesPath, readDistFiles, writeDistFiles } from '../../../src/lib/build/dist-files.ts';

afterEach(removeTrees);

describe('dist files listing', () => {
	const fromBuild = { DIST_FILES_FROM_BUILD: '1' };
	test('written, then read back sorted by the step that runs after the build', () => {
		const cache = writeTree({}, 'distfiles-');
		writeDistFiles(cache, '/site/dist', ['b/index.html', 'a.css', 'index.html']);
		expect(readDistFiles(fromBuild, cache, '/site/dist')).toEqual(['a.css', 'b/index.html', 'index.html']);
	});
	test.each([
		['a step run on its own', {}, '/site/dist'],
		['another output folder', fromBuild, '/site/other'],
	])('not used by %s', (_what, env, outDir) => {
		const cache = writeTree({}, 'distfiles-');
		writeDistFiles(cache, '/site/dist', ['index.html']);
		expect(readDistFiles(env, cache, outDir)).toBeUndefined();
	});
	test('no listing, or an unreadable one, is none', () => {
		const cache = writeTree({}, 'distfiles-');
		expect(readDistFiles(fromBuild, cache, '/site/dist')).toBeUndefined();
		writeFileSync(distFilesPath(cache), '{');
		expect(readDistFiles(fromBuild, cache, path.resolve('/site/dist'))).toBeUndefined();
	});
});
