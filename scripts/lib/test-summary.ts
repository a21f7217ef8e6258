import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Where the test runners write their JSON reports for the closing summary. */
export const reportFiles = {
	vitest: path.resolve('.cache/test-results/vitest.json'),
	playwright: path.resolve('.cache/test-results/playwright.json'),
};

/** Removes the reports of an earlier run, which must never be counted as this run's. */
export function clearReports(): void {
	for (const file of Object.values(reportFiles)) rmSync(file, { force: true });
}

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

/** Counts from vitest's JSON report. */
function vitestCounts(file: string): Counts {
	const r = JSON.parse(readFileSync(file, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests?: number;
	};
	return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
}

/** Counts from Playwright's JSON report (a flaky test passed on retry, so it counts as passed). */
function playwrightCounts(file: string): Counts {
	const { stats } = JSON.parse(readFileSync(file, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number };
	};
	return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

/**
 * Prints one closing line for the whole `npm test` run, `tests: N passed, N failed[, N skipped]`, from the JSON
 * reports of the runners that ran. A runner that should have run but left no report counts as a failure.
 */
export function printSummary(ran: { vitest?: boolean; playwright?: boolean }): void {
	const total: Counts = { passed: 0, failed: 0, skipped: 0 };
	const add = (c: Counts) => {
		total.passed += c.passed;
		total.failed += c.failed;
		total.skipped += c.skipped;
	};
	for (const [name, read] of [
		['vitest', vitestCounts],
		['playwright', playwrightCounts],
	] as const) {
		if (!ran[name]) continue;
		const file = reportFiles[name];
		if (existsSync(file)) add(read(file));
		else {
			console.error(`${name} left no report at ${file}: counted as a failure`);
			total.failed += 1;
		}
	}
	console.log(
		`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
	);
}
