/** The state file: written atomically with sorted keys; old delivery records dropped. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
	const file = path.join(dir, 'notify', 'state.json');
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
