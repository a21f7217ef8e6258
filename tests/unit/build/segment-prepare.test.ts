import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { prepareSegments } from '../../../scripts/lib/segments.ts';
import { liveFolder } from '../../../src/lib/build/segments/layout.ts';

/**
 * The planner keeps the plan of the last notices.json it read (PlanMemo in scripts/lib/segments.ts), so that a
 * build with nothing published does not parse and serialise the whole archive again. A kept plan must be the plan
 * it would work out, and must not outlive any of its inputs.
 */
const notice = (id: string, day: string, title = 'x') => ({
	id,
	start: `${day}T08:00:00+08:00`,
	end: `${day}T18:00:00+08:00`,
	title,
});
const notices = [
	notice('n-2025', '2025-05-10'),
	notice('n-2026a', '2026-03-10'),
	notice('n-2026b', '2026-09-10'),
	notice('n-live', '2026-11-20'),
];

let dir: string;
let env: Record<string, string>;
const write = (list: unknown[]) =>
	writeFileSync(path.join(dir, 'content/outages/notices.json'), `${JSON.stringify(list, null, '\t')}\n`);
const prepare = (now: string, opts: Parameters<typeof prepareSegments>[1] = {}) =>
	prepareSegments({ ...env, SITE_NOW: now }, opts);
const liveEntries = () =>
	(
		JSON.parse(readFileSync(liveFolder(path.join(dir, 'cache/segments')).notices, 'utf8')) as {
			entries: { id: string }[];
		}
	).entries;

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'qs-prepare-'));
	mkdirSync(path.join(dir, 'content/outages'), { recursive: true });
	writeFileSync(path.join(dir, 'content/site.json'), JSON.stringify({ timeZone: 'Asia/Shanghai' }));
	write(notices);
	env = { CONTENT_DIR: path.join(dir, 'content'), ASTRO_CACHE_DIR: path.join(dir, 'cache') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the planner keeps the last plan while its inputs stay', () => {
	const now = '2026-12-01T10:00:00+08:00';

	test('a kept plan is the plan worked out afresh', () => {
		const first = prepare(now);
		expect(first.remembered).toBe(false);
		expect(first.plan.closed.map((s) => s.name)).toEqual(['2025', '2026']);
		const again = prepare('2026-12-01T11:00:00+08:00');
		expect(again.remembered).toBe(true);
		rmSync(path.join(dir, 'cache/segments/planned.json'));
		const fresh = prepare('2026-12-01T11:00:00+08:00');
		expect(fresh.remembered).toBe(false);
		expect(again.plan).toEqual(fresh.plan);
		expect(again.stale).toEqual(fresh.stale);
	});

	test.each<[string, () => string]>([
		[
			'a notice is corrected',
			() => (write([notices[0], notice('n-2026a', '2026-03-10', 'y'), ...notices.slice(2)]), now),
		],
		['a notice is added', () => (write([...notices, notice('n-new', '2026-12-20')]), now)],
		// The closing rule counts from the start of the day: the next day can close what today cannot.
		['the day changes', () => '2026-12-02T10:00:00+08:00'],
		[
			'the time zone changes',
			() => (writeFileSync(path.join(dir, 'content/site.json'), JSON.stringify({ timeZone: 'UTC' })), now),
		],
	])('not when %s', (_, change) => {
		prepare(now);
		const at = change();
		const next = prepare(at);
		expect(next.remembered).toBe(false);
		rmSync(path.join(dir, 'cache/segments/planned.json'));
		expect(prepare(at).plan).toEqual(next.plan);
	});

	test('a correction to a closed notice makes its segment, and only it, stale', () => {
		prepare(now);
		const before = prepare(now).plan;
		write([notices[0], notice('n-2026a', '2026-03-10', 'corrected'), ...notices.slice(2)]);
		const after = prepare(now).plan;
		const key = (p: typeof before, name: string) => p.closed.find((s) => s.name === name)?.key;
		expect(key(after, '2025')).toBe(key(before, '2025'));
		expect(key(after, '2026')).not.toBe(key(before, '2026'));
	});

	test('the live entries are written again when missing, and never left from another file', () => {
		prepare(now);
		rmSync(liveFolder(path.join(dir, 'cache/segments')).notices);
		expect(prepare(now).remembered).toBe(true);
		expect(liveEntries().map((e) => e.id)).toEqual(['n-live']);
		// One closed segment built alone from a newer file (a CI job) leaves the live entries and the memo as they
		// were; the next whole build then plans the newer file and writes its live entries.
		write([...notices, notice('n-new', '2026-12-20')]);
		prepare(now, { only: ['2026'] });
		expect(liveEntries().map((e) => e.id)).toEqual(['n-live']);
		const next = prepare(now);
		expect(next.remembered).toBe(false);
		expect(liveEntries().map((e) => e.id)).toEqual(['n-live', 'n-new']);
	});

	test('a notices.json that cannot be read keeps every notice live and no memo', () => {
		prepare(now);
		writeFileSync(path.join(dir, 'content/outages/notices.json'), '[{');
		const broken = prepare(now);
		expect(broken.remembered).toBe(false);
		expect(broken.plan.closed).toEqual([]);
		write(notices);
		expect(prepare(now).remembered).toBe(true);
	});
});
