import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { installStamp, ownPackageRequire } from '../../../src/lib/build/own-packages.ts';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe("the site's install holds none of the packages only one command needs", () => {
	const main = json('package.json');
	const lock = json('package-lock.json');
	test.each([
		'decap-cms',
		'decap-cms-app',
		'decap-cms-core',
		'decap-server',
		'express',
		'react',
		'@stryker-mutator/core',
		'@stryker-mutator/vitest-runner',
		'@stryker-mutator/instrumenter',
		'@babel/core',
	])('%s', (name) => {
		expect(main.devDependencies[name] ?? main.dependencies?.[name]).toBeUndefined();
		expect(lock.packages[`node_modules/${name}`]).toBeUndefined();
	});
	test.each([
		['admin', ['decap-server', 'express']],
		['mutation', ['@stryker-mutator/core', '@stryker-mutator/vitest-runner']],
	])('%s/package.json declares what its command loads, and its lockfile pins it', (folder, names) => {
		expect(Object.keys(json(`${folder}/package.json`).dependencies).sort()).toEqual(names);
		const own = json(`${folder}/package-lock.json`);
		for (const name of names) expect(own.packages[`node_modules/${name}`]?.integrity).toMatch(/^sha512-/);
	});
	test("StrykerJS's vitest runner uses the project's own vitest, not a second copy", () => {
		expect(json('mutation/package-lock.json').packages['node_modules/vitest']).toBeUndefined();
		expect(main.devDependencies.vitest).toBeDefined();
	});
});

describe('ownPackageRequire', { timeout: 120_000 }, () => {
	// A package with no dependencies: npm ci runs for real, offline.
	const temp = mkdtempSync(path.join(os.tmpdir(), 'qs-own-'));
	afterAll(() => rmSync(temp, { recursive: true, force: true }));
	const dir = path.join(temp, 'tool');
	const what = { zh: '测试包', en: 'a test package' };
	const write = (name: string) => {
		writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }));
		const lock = { name, lockfileVersion: 3, requires: true, packages: { '': { name } } };
		writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock));
	};
	const lockHash = () =>
		createHash('sha256')
			.update(readFileSync(path.join(dir, 'package-lock.json')))
			.digest('hex');

	test('installs on first use, not again while the lockfile is the same, again when it changes', () => {
		mkdirSync(dir);
		write('tool-a');
		const require = ownPackageRequire(dir, what);
		expect(require.resolve('./package.json')).toBe(path.join(dir, 'package.json'));
		expect(readFileSync(installStamp(dir), 'utf8')).toBe(lockHash());
		const first = statSync(installStamp(dir)).mtimeMs;
		ownPackageRequire(dir, what);
		expect(statSync(installStamp(dir)).mtimeMs).toBe(first);
		write('tool-b');
		ownPackageRequire(dir, what);
		expect(readFileSync(installStamp(dir), 'utf8')).toBe(lockHash());
	});

	test('a failed install says which folder and leaves no stamp', () => {
		const broken = path.join(temp, 'broken');
		mkdirSync(broken);
		// package.json and lockfile out of step: npm ci refuses.
		writeFileSync(path.join(broken, 'package.json'), JSON.stringify({ name: 'broken', dependencies: { x: '1' } }));
		const lock = { name: 'broken', lockfileVersion: 3, requires: true, packages: { '': { name: 'broken' } } };
		writeFileSync(path.join(broken, 'package-lock.json'), JSON.stringify(lock));
		expect(() => ownPackageRequire(broken, what)).toThrow(/^npm ci --prefix .*broken failed/);
		expect(() => statSync(installStamp(broken))).toThrow();
	});
});
