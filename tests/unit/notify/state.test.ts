/** The state file: written atomically with sorted keys; old delivery records dropped. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { pruneSent, readState, serializeState, writeState, type NotifyState } from '../../../src/lib/notify/state.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notify-state-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const state: NotifyState = {
	version: 1,
	since: '2026-01-01T00:00:00.000Z',
	notices: { b: 2, a: 1 },
	sent: { 'z>g': '2026-12-01T00:00:00.000Z', 'a>g': '2026-08-01T00:00:00.000Z' },
};

it('writes the state with sorted keys into a new folder, and reads it back; no file means no state yet', () => {
	const file = path.join(dir, 'notify', 'runs', 'state.json');
	expect(readState(file)).toBeUndefined();
	writeState(file, state);
	expect(readState(file)).toEqual(state);
	expect(readFileSync(file, 'utf8')).toBe(serializeState(state));
	expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).sent)).toEqual(['a>g', 'z>g']);
	expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
});

it.each([
	['2026-10-30T00:00:00Z', ['a>g', 'z>g']], // a>g is 90 days old to the second
	['2026-10-30T00:00:01Z', ['z>g']],
	['2026-12-02T00:00:00Z', ['z>g']],
])('at %s keeps the records of the last 90 days: %j', (now, kept) => {
	expect(Object.keys(pruneSent(state, new Date(now)).sent).sort()).toEqual(kept);
});

it('serializes with tabs, a final line end, its four fields in order and each record sorted by key', () => {
	expect(serializeState({ ...state, notices: { b: 2, a: 1, c: 0 } })).toBe(
		[
			'{',
			'\t"version": 1,',
			'\t"since": "2026-01-01T00:00:00.000Z",',
			'\t"notices": {',
			'\t\t"a": 1,',
			'\t\t"b": 2,',
			'\t\t"c": 0',
			'\t},',
			'\t"sent": {',
			'\t\t"a>g": "2026-08-01T00:00:00.000Z",',
			'\t\t"z>g": "2026-12-01T00:00:00.000Z"',
			'\t}',
			'}',
			'',
		].join('\n'),
	);
});

it.each([
	['{"version":2,"since":"","notices":{},"sent":{}}', 'Invalid input: expected 1'],
	['{"version":1,"since":"","notices":{},"sent":{},"extra":1}', 'Unrecognized key: "extra"'],
	['{"version":1,"since":"","notices":{"a":-1},"sent":{}}', 'Too small: expected number to be >=0'],
])('refuses a file that is not a state file, saying why in both languages: %s', (text, why) => {
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'notify-state-')), 'state.json');
	writeFileSync(file, text);
	expect(() => readState(file)).toThrow(`${file}: not a notify state file (${why}) / 不是有效的通知状态文件`);
	rmSync(path.dirname(file), { recursive: true, force: true });
});

it('a state path that cannot be read (a folder) is an error, not "no state yet"', () => {
	expect(() => readState(os.tmpdir())).toThrow(/EISDIR/);
});

it('pruning keeps the rest of the state as it is', () => {
	expect(pruneSent(state, new Date('2026-12-02T00:00:00Z'))).toEqual({
		version: 1,
		since: '2026-01-01T00:00:00.000Z',
		notices: { b: 2, a: 1 },
		sent: { 'z>g': '2026-12-01T00:00:00.000Z' },
	});
});
