import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleFileNames, decapBundleDir, decapPin, matchesIntegrity } from '../../../src/lib/admin/editor-packages.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'qs-editor-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const sri = (bytes: Buffer) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

describe('bundleFileNames: the bundle and its on-demand chunks, nothing else', () => {
	test.each([
		[['decap-cms.js'], ['decap-cms.js']],
		[
			['103.decap-cms.js', 'decap-cms.js', '7.decap-cms.js'],
			['103.decap-cms.js', '7.decap-cms.js', 'decap-cms.js'],
		],
		[['decap-cms.js.map', '103.decap-cms.js.map', 'cms.js', '103.cms.js', 'decap-cms.js.LICENSE.txt'], []],
		[['a.decap-cms.js', 'decap-cms.jsx', 'xdecap-cms.js'], []],
	])('%j → %j', (names, expected) => {
		expect(bundleFileNames(names)).toEqual(expected);
	});
});

describe('matchesIntegrity', () => {
	const bytes = Buffer.from('decap');
	test.each([
		['the same bytes', sri(bytes), true],
		['other bytes', sri(Buffer.from('decap ')), false],
		['a sha256 of the same bytes', `sha256-${createHash('sha256').update(bytes).digest('base64')}`, true],
		['a truncated digest', sri(bytes).slice(0, -4), false],
	])('%s → %s', (_, integrity, expected) => {
		expect(matchesIntegrity(bytes, integrity)).toBe(expected);
	});
});

describe('decapPin: the pin in admin/package.json', () => {
	test('is an exact version and a sha512 integrity', () => {
		expect(decapPin()).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), integrity: expect.any(String) });
	});
	test.each([
		['no pin', {}],
		['a range', { decapCms: { version: '^3.16.3', integrity: decapPin().integrity } }],
		['no integrity', { decapCms: { version: '3.16.3' } }],
		['a sha1 integrity', { decapCms: { version: '3.16.3', integrity: 'sha1-2jmj7l5rSw0yVb/vlWAYkK/YBwk=' } }],
	])('refuses %s, naming the file', (_, manifest) => {
		const dir = mkdtempSync(path.join(temp, 'pin-'));
		writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
		expect(() => decapPin(dir)).toThrow(`${path.join(dir, 'package.json')}: decapCms must be`);
	});
});

// The real thing: npm pack from npm's cache (or the registry), as a build does.
describe('decapBundleDir', { timeout: 120_000 }, () => {
	test('fetches the pinned bundle once: the bundle and its chunks, their stamp, no source maps', () => {
		const target = path.join(temp, 'bundle');
		expect(decapBundleDir(decapPin(), target)).toBe(target);
		const names = readdirSync(target);
		expect(names).toContain('decap-cms.js');
		expect(names.filter((n) => n !== '.integrity')).toEqual(bundleFileNames(names));
		expect(names.length).toBeGreaterThan(10);
		expect(readFileSync(path.join(target, '.integrity'), 'utf8')).toBe(decapPin().integrity);
		const before = statSync(path.join(target, 'decap-cms.js')).mtimeMs;
		decapBundleDir(decapPin(), target);
		expect(statSync(path.join(target, 'decap-cms.js')).mtimeMs).toBe(before);
		// Nothing of the fetch is left beside it.
		expect(readdirSync(temp).filter((n) => n.startsWith('bundle'))).toEqual(['bundle']);
	});
	test('refuses a tarball that does not match the pinned integrity, and keeps nothing', () => {
		const target = path.join(temp, 'tampered');
		const pin = { ...decapPin(), integrity: sri(Buffer.from('not decap')) };
		expect(() => decapBundleDir(pin, target)).toThrow(
			/could not get Decap CMS .*does not match the integrity pinned in admin\/package\.json/,
		);
		expect(readdirSync(temp).filter((n) => n.startsWith('tampered'))).toEqual([]);
	});
});
