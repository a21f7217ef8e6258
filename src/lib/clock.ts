/**
 * The build's notion of "now". Everything time-dependent in the output (statuses and their "as of" times, the
 * tariffs in force, the API's `generated` time, which months of notices are closed) reads it from here, so a build
 * can be reproduced byte for byte and tests never depend on today.
 *
 * `SITE_NOW` (an ISO 8601 date-time with offset) wins; then `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention); otherwise the real time.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
	if (env.SITE_NOW) {
		const t = Date.parse(env.SITE_NOW);
		if (!Number.isFinite(t)) throw new Error(`SITE_NOW is not a date-time: ${JSON.stringify(env.SITE_NOW)}`);
		return new Date(t);
	}
	if (env.SOURCE_DATE_EPOCH) {
		const s = Number(env.SOURCE_DATE_EPOCH);
		if (!Number.isInteger(s))
			throw new Error(`SOURCE_DATE_EPOCH is not whole seconds: ${JSON.stringify(env.SOURCE_DATE_EPOCH)}`);
		return new Date(s * 1000);
	}
	return new Date();
}
