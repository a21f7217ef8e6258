/**
 * The link check of a build (src/lib/links/check-site.ts), for scripts/check-links.ts and a segment's last step
 * (scripts/segment.ts finish).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDistFiles } from '../../src/lib/build/dist-files.ts';
import { buildSegment } from '../../src/lib/build/segments/current.ts';
import { buildingFolder } from '../../src/lib/build/segments/layout.ts';
import { contentDir } from '../../src/lib/content/paths.ts';
import { checkSiteLinks, formatBroken } from '../../src/lib/links/check-site.ts';

/** Checks the links of the site in `dir`, printing the result; false when a link is broken or the check cannot run. */
export function checkLinks(dir: string): boolean {
	// site.json was validated by the build's first step; only its origin is needed here.
	let baseUrl: string | undefined;
	try {
		baseUrl = new URL(JSON.parse(readFileSync(path.join(contentDir(), 'site.json'), 'utf8')).baseUrl).origin;
	} catch {
		baseUrl = undefined;
	}
	if (!baseUrl) {
		console.error('Link check: content/site.json has no valid baseUrl / site.json 缺少有效的 baseUrl');
		return false;
	}
	const started = performance.now();
	// Page scans are cached by content hash beside Astro's own cache, so a warm build parses only changed pages.
	const cacheDir = path.resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
	// In a segmented build, a reference to a file this segment does not hold is left to the merge, which checks it
	// against every segment (scripts/merge-segments.ts).
	const segment = buildSegment();
	// Right after a build, its list of dist/'s files (src/lib/build/dist-files.ts) spares walking the site again.
	const report = checkSiteLinks(dir, baseUrl, {
		cacheDir,
		files: readDistFiles(process.env, cacheDir, dir),
		defer: segment.kind !== 'whole',
	});
	if (segment.kind !== 'whole')
		writeFileSync(buildingFolder(segment.dir, segment.name).links, JSON.stringify(report.deferred));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	const later = report.deferred.length ? `, ${report.deferred.length} into other segments (checked by the merge)` : '';
	const summary = `${report.pages} pages (${report.parsed} parsed, ${report.reused} unchanged since the last check), ${report.links} internal links${later}, ${report.broken.length} broken, ${seconds} s / ${report.pages} 个页面，${report.links} 个站内链接，${report.broken.length} 个失效`;
	if (report.broken.length > 0) {
		for (const line of formatBroken(report.broken)) console.error(line);
		console.error(`\nLink check failed: ${summary}`);
		return false;
	}
	console.log(`Link check passed: ${summary}`);
	return true;
}
