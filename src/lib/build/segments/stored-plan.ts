/**
 * The plan of a segmented build as the build script stores it (`<segments>/plan.json`) for the segments' builds and
 * the merge: which closed segments there are, the key each must be built for, and the clock and period it was made
 * with.
 */
import type { SegmentPeriod } from './plan.ts';

export interface StoredSegment {
	name: string;
	months: string[];
	/** Notices in it. */
	count: number;
	/** What its build depends on: code, shared content, its notices (scripts/lib/segments/keys.ts). */
	key: string;
}

export interface StoredPlan {
	format: number;
	now: string;
	timeZone: string;
	period: SegmentPeriod;
	/** The last month that may be closed. */
	closableThrough: string;
	closed: StoredSegment[];
	/** The live segment: its key covers the code and the plan (a live build is merged only with its own plan). */
	live: { count: number; key: string };
}

export const storedPlanFormat = 1;
