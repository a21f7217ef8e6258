/**
 * Reading an incremental `astro build` log: which files it rendered, which it restored from its cache.
 * Astro prints one line per file: "├─ /outages/x/index.html (+3ms)" when rendered, "… (restored)" or "(cached)"
 * when reused.
 */
export function renderedPages(log: string): { rendered: Set<string>; restored: Set<string> } {
	const rendered = new Set<string>();
	const restored = new Set<string>();
	// Without colour codes, in case the log was coloured.
	for (const line of log.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
		const m = /[├└]─ (\S+) \((restored|cached|\+[^)]*)\)/.exec(line);
		if (m) (m[2] === 'restored' || m[2] === 'cached' ? restored : rendered).add(m[1]);
	}
	return { rendered, restored };
}
