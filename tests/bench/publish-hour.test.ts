import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishHour } from '../../scripts/bench/lib/publish-hour.ts';
import { toZonedIso } from '../../src/lib/time.ts';
import type { Notice } from '../../src/schemas/notice.ts';
import { fixture, prepareFixtureContent } from '../fixture-site.ts';

/**
 * The synthetic hour of publishing the benchmark and the warm = cold test apply. New notices must start about a
 * week after the hour, as real planned works do, however many hours are published: the benchmark's later hours
 * otherwise measure a site whose horizon runs months ahead of any real one.
 */
const DAY = 86_400_000;
let dir: string;
const notices = () => JSON.parse(readFileSync(path.join(dir, 'outages/notices.json'), 'utf8')) as Notice[];

beforeAll(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'qs-hour-'));
	prepareFixtureContent(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publishHour', () => {
	it('starts each new notice a week on (within a day), with its template’s areas, hour and length; twelve hours do not push the horizon on', () => {
		const anchor = Date.parse(fixture.anchor);
		const before = notices();
		const latestBefore = Math.max(...before.map((n) => Date.parse(n.start)));
		for (let hour = 1; hour <= 12; hour++) {
			const at = anchor + hour * 3_600_000;
			// The templates: the published notices starting more than two days on, the last ones by id.
			const templates = notices()
				.filter((n) => n.lifecycle === 'published' && Date.parse(n.start) > at + 2 * DAY)
				.sort((a, b) => a.id.localeCompare(b.id))
				.slice(-2);
			const { added } = publishHour(dir, {
				add: 2,
				reschedule: 0,
				cancel: 0,
				alert: false,
				at: toZonedIso(new Date(at), fixture.timeZone),
				timeZone: fixture.timeZone,
			});
			const now = notices();
			expect(added).toHaveLength(2);
			for (const [i, id] of added.entries()) {
				const n = now.find((x) => x.id === id) as Notice;
				const t = templates[i];
				expect(n.areas, id).toEqual(t.areas);
				expect(Date.parse(n.end) - Date.parse(n.start), `${id}: the template’s length`).toBe(
					Date.parse(t.end) - Date.parse(t.start),
				);
				expect(Math.abs((Date.parse(n.start) - Date.parse(t.start)) % DAY), `${id}: the template’s time of day`).toBe(
					0,
				);
				const start = Date.parse(n.start);
				expect(start - at, `${id} starts ${n.start}, published ${new Date(at).toISOString()}`).toBeGreaterThanOrEqual(
					7 * DAY,
				);
				expect(start - at).toBeLessThan(8 * DAY);
				expect(n.history).toEqual([{ revision: 1, at: n.publishedAt, event: 'published' }]);
			}
		}
		const latestAfter = Math.max(...notices().map((n) => Date.parse(n.start)));
		expect(latestAfter).toBeLessThanOrEqual(Math.max(latestBefore, anchor + 12 * 3_600_000 + 8 * DAY));
	});
});
