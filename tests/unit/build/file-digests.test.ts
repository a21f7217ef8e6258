/** The record of built files between steps and builds (file-digests.ts): unchanged files are not read again. */
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { removeTrees, writeTree } from '../helpers.ts';
import { FileDigests, sha256 } from '../../../src/lib/build/file-digests.ts';

afterEach(removeTrees);

describe('FileDigests', () => {
	const setup = () => {
		const root = writeTree({ 'a.html': '<p>a</p>', 'b/index.html': '<p>b</p>' }, 'digests-');
		const record = path.join(writeTree({}, 'digests-cache-'), 'files.json');
		let derived = 0;
		const open = (version = '1') =>
			new FileDigests(record, {
				version,
				derive: (bytes: Buffer) => {
					derived++;
					return bytes.length;
				},
			});
		return { root, record, open, derived: () => derived };
	};

	test('the first run reads every file; the next reads none, and gives the same hashes and values', () => {
		const { root, open, derived } = setup();
		const first = open();
		const a = first.get(root, 'a.html');
		expect(a).toEqual({ hash: sha256(Buffer.from('<p>a</p>')), value: 8, bytes: Buffer.from('<p>a</p>') });
		first.get(root, 'b/index.html');
		first.save();
		expect([first.read, first.reused, derived()]).toEqual([2, 0, 2]);

		const second = open();
		expect(second.get(root, 'a.html')).toEqual({ hash: a.hash, value: 8 });
		second.get(root, 'b/index.html');
		expect([second.read, second.reused, derived()]).toEqual([0, 2, 2]);
	});

	test.each([
		['rewritten with other bytes', (f: string) => writeFileSync(f, '<p>A, changed</p>')],
		['rewritten with the same length', (f: string) => writeFileSync(f, '<p>z</p>')],
		['touched', (f: string) => utimesSync(f, new Date('2030-01-01'), new Date('2030-01-01'))],
		['replaced by a new file', (f: string) => (rmSync(f), writeFileSync(f, '<p>a</p>'))],
	])('a file %s is read again', (_what, change) => {
		const { root, open } = setup();
		const first = open();
		first.get(root, 'a.html');
		first.save();
		change(path.join(root, 'a.html'));
		const second = open();
		const d = second.get(root, 'a.html');
		expect(second.read).toBe(1);
		expect(d.hash).toBe(sha256(readFileSync(path.join(root, 'a.html'))));
	});

	test('another version of the derived value, or an unreadable record, reads every file', () => {
		const { root, record, open } = setup();
		const first = open('1');
		first.get(root, 'a.html');
		first.save();
		const other = open('2');
		other.get(root, 'a.html');
		expect(other.read).toBe(1);
		writeFileSync(record, '{ not json');
		const broken = open('1');
		broken.get(root, 'a.html');
		expect(broken.read).toBe(1);
	});

	test('the record keeps only the files of the last run', () => {
		const { root, record, open } = setup();
		const first = open();
		first.get(root, 'a.html');
		first.get(root, 'b/index.html');
		first.save();
		const second = open();
		second.get(root, 'a.html');
		second.save();
		expect(Object.keys(JSON.parse(readFileSync(record, 'utf8')).files)).toEqual(['a.html']);
	});
});
