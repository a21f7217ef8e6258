/**
 * Which segment an `astro build` builds, from its environment (set by the build script, scripts/lib/segments.ts):
 * - no `BUILD_SEGMENT`: the whole site in one build, every notice (a plain `astro build`, `astro dev`);
 * - `BUILD_SEGMENT=live`: everything a publish can change, with the closed segments' summaries from
 *   `BUILD_SEGMENTS_DIR`;
 * - `BUILD_SEGMENT=<name>` (`2025`, `2025-q1`, `2025-03`): the closed segment's notice pages, their calendar files
 *   and archive month pages, nothing else.
 * `BUILD_SEGMENT_NOTICES` names the file of the segment's entries of notices.json the planner wrote.
 */
import { readFileSync } from 'node:fs';
import type { NoticeEntries } from '../../content/validate.ts';
import { isSegmentName, liveSegment } from './plan.ts';

export type BuildSegment =
	| { kind: 'whole' }
	| { kind: 'live'; name: typeof liveSegment; dir: string }
	| { kind: 'closed'; name: string; dir: string };

type Env = Record<string, string | undefined>;

/** The segment this build is of. */
export function buildSegment(env: Env = process.env): BuildSegment {
	const name = env.BUILD_SEGMENT;
	if (!name) return { kind: 'whole' };
	const dir = env.BUILD_SEGMENTS_DIR;
	if (!dir) throw new Error(`BUILD_SEGMENT=${name} needs BUILD_SEGMENTS_DIR (the segments' folder)`);
	if (name === liveSegment) return { kind: 'live', name, dir };
	if (isSegmentName(name)) return { kind: 'closed', name, dir };
	throw new Error(`BUILD_SEGMENT=${name} names no segment: "live", or a period such as 2025, 2025-q1, 2025-03`);
}

/** The segment's own entries of notices.json, where this build is a segment's; undefined for the whole site. */
export function segmentNoticeEntries(env: Env = process.env): NoticeEntries | undefined {
	const file = env.BUILD_SEGMENT_NOTICES;
	if (!env.BUILD_SEGMENT || !file) return undefined;
	return JSON.parse(readFileSync(file, 'utf8')) as NoticeEntries;
}
