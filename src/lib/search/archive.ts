/**
 * The search page's side of the archive bundles (src/lib/search/index-site.ts): browser-safe helpers, no Node.
 */

/** A month `YYYY-MM` in words in `locale`: 2026-10 → 2026年10月 / October 2026. Fixed to UTC, so any reader's zone gives the same words. */
export function formatMonth(month: string, locale: string): string {
	const [y, m] = month.split('-').map(Number);
	if (!y || !m) return month;
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
		Date.UTC(y, m - 1, 1),
	);
}

/** The first `from` and last `to` month of the bundles; undefined when there are none. */
export function archiveSpan(
	bundles: ReadonlyArray<{ from: string; to: string }>,
): { from: string; to: string } | undefined {
	if (bundles.length === 0) return undefined;
	return {
		from: bundles.map((b) => b.from).sort()[0],
		to: bundles
			.map((b) => b.to)
			.sort()
			.at(-1) as string,
	};
}
