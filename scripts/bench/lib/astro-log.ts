/**
 * Reading an incremental `astro build` log: which files it rendered, and how many it kept from its cache. Astro
 * prints one line per rendered file, "├─ /outages/x/index.html (+3ms)"; the files it kept, which it would list as
 * "… (cached)" or "… (restored)", the build's logger counts, a line per run: "├─ 15024 files unchanged (cached)"
 * (src/integrations/build-log.ts).
 */
export function renderedPages(log: string): { rendered: Set<string>; reused: number } {
	const rendered = new Set<string>();
	let reused = 0;
	// Without colour codes, in case the log was coloured.
	for (const line of log.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
		const run = /[├└]─ (\d+) files (?:unchanged|restored from the cache) \((?:cached|restored)\)/.exec(line);
		if (run) {
			reused += Number(run[1]);
			continue;
		}
		const m = /[├└]─ (\S+) \((restored|cached|\+[^)]*)\)/.exec(line);
		if (!m) continue;
		if (m[2] === 'restored' || m[2] === 'cached') reused++;
		else rendered.add(m[1]);
	}
	return { rendered, reused };
}
