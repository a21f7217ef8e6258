import { describe, expect, test } from 'vitest';
import { planSegments } from '../../src/lib/build/segments/plan.ts';
import { zonedDate } from '../../src/lib/time.ts';
import { bySegment, parallelWall } from '../../scripts/bench/lib/segmented-build.ts';
import { BENCH_NOW, syntheticContentFiles } from '../../scripts/bench/lib/synthetic-site.ts';

/**
 * The scale benchmark's archive grown in time, and how it reads a segmented build: the figures the targets
 * are judged by (the slowest segment, the parallel wall time) come from here.
 */
const site = { timeZone: 'Asia/Shanghai', leadTimeHours: { planned: 168, temporary: 24, other: 24 } };

describe('an archive grown in time at a fixed rate', () => {
	const { noticesJson } = syntheticContentFiles({ notices: 3000, areas: 200, perYear: 1000 }, site);
	const notices = JSON.parse(noticesJson) as Array<{ start: string }>;
	const byYear = new Map<string, number>();
	for (const n of notices) {
		const y = zonedDate(n.start, site.timeZone).slice(0, 4);
		byYear.set(y, (byYear.get(y) ?? 0) + 1);
	}

	test('spreads its notices evenly over count / rate years before now', () => {
		// 3 years before 1 December 2026: December 2023 to now, and three weeks ahead.
		expect([...byYear.keys()].sort()).toEqual(['2023', '2024', '2025', '2026']);
		for (const y of ['2024', '2025']) expect(byYear.get(y)).toBeGreaterThan(900);
		for (const y of ['2024', '2025']) expect(byYear.get(y)).toBeLessThan(1100);
	});

	test('leaves enough upcoming notices for an hour of publishing', () => {
		const ahead = notices.filter((n) => Date.parse(n.start) > Date.parse(BENCH_NOW) + 2 * 86_400_000);
		expect(ahead.length).toBeGreaterThan(27);
	});

	test('closes a segment a year, and the density-grown site fewer', () => {
		const plan = planSegments(notices, new Date(BENCH_NOW), site.timeZone);
		expect(plan.closed.map((s) => s.name)).toEqual(['2023', '2024', '2025', '2026']);
		const density = JSON.parse(syntheticContentFiles({ notices: 3000, areas: 200 }, site).noticesJson) as unknown[];
		expect(planSegments(density, new Date(BENCH_NOW), site.timeZone).closed.map((s) => s.name)).toEqual([
			'2025',
			'2026',
		]);
	});
});

describe('reading a segmented build', () => {
	const step = (segment: string, ms: number, cpuMs: number, peakRss: number) => ({
		segment,
		ms,
		cpuMs,
		peakRss,
		code: 0,
		title: segment,
		log: '',
	});
	const steps = [
		step('2024', 10, 5, 100),
		step('2024', 5, 2, 300),
		step('2025', 30, 20, 200),
		step('live', 8, 6, 500),
		step('live', 2, 1, 100),
		step('merge', 1, 1, 50),
	];

	test('each segment’s steps add up, its peak is its highest', () => {
		expect(bySegment(steps)).toEqual([
			{ segment: '2024', ms: 15, cpuMs: 7, peakRss: 300 },
			{ segment: '2025', ms: 30, cpuMs: 20, peakRss: 200 },
			{ segment: 'live', ms: 10, cpuMs: 7, peakRss: 500 },
			{ segment: 'merge', ms: 1, cpuMs: 1, peakRss: 50 },
		]);
	});

	test('in parallel: the plan, the summaries, the slowest closed segment, then the live segment and the merge', () => {
		expect(parallelWall(3, bySegment(steps))).toBe(3 + 30 + 10 + 1);
		expect(parallelWall(3, bySegment([step('summaries', 4, 4, 10), ...steps]))).toBe(3 + 4 + 30 + 10 + 1);
		expect(parallelWall(0, bySegment(steps.filter((s) => !/^20/.test(s.segment))))).toBe(11);
	});
});
