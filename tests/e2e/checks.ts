import { test } from './fixtures.ts';

/** One check of a batch: its name for reports, and the body (which asserts with `expect`). */
export type Check = [name: string, body: () => Promise<void>];

/**
 * Runs several checks inside one test, each as a `test.step` with its own time limit, and fails the test once at
 * the end with every failed check named (`subject › check: message`). Batching is cheaper than a test per check
 * (one browser context, one fixture setup) without letting the first failure hide the others.
 * The test's own time limit is raised to the sum of the steps' limits, so that a slow machine is given the same
 * time per check as separate tests would have.
 */
export async function runChecks(subject: string, checks: Check[], stepTimeout = 30_000): Promise<void> {
	test.setTimeout(stepTimeout * checks.length + 10_000);
	const failures: string[] = [];
	for (const [name, body] of checks) {
		try {
			await test.step(name, body, { timeout: stepTimeout });
		} catch (e) {
			failures.push(`${subject} › ${name}: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	if (failures.length)
		throw new Error(`${failures.length} of ${checks.length} checks failed:\n\n${failures.join('\n\n')}`);
}
