import { createHash } from 'node:crypto';

/**
 * The id rule (documented in docs/importer.md, "Notice ids and merging"):
 * - a row with a plan number (计划编号) gets the plan number slugified: lower case, every run of other characters
 *   a hyphen, e.g. `QS-2026-1203-01` → `qs-2026-1203-01`, `停电(2026)第15号` → `2026-15`; `src-` plus a hash
 *   where the slug is shorter than three characters (`停电第十五号`, `QS`), and the slug cut to 71 characters plus a hash
 *   where it is longer than 80; the plan number itself is kept as `sourceId`, and a notice is matched to its row by it;
 * - a row without one gets `imp-<start date>-<8 hex digits>`, the digits from a SHA-1 of the line and the scope as
 *   written, e.g. `imp-20261203-5f2a9c01`. The same line and scope on the same day is the same notice, so a change of
 *   times within the day is a reschedule; a move to another day is a new notice (and the old one is listed as
 *   missing from the export).
 */
export function idFromSourceId(sourceId: string): string {
	const slug = sourceId
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	// A plan number with no letters or digits left (all Chinese) still needs a stable, URL-safe id; so does one with
	// fewer than three (the slug has no runs of hyphens and none at either end, so it is empty or has a letter or digit).
	if (slug.length < 3) return `src-${hash(sourceId)}`;
	return slug.length > 80 ? `${slug.slice(0, 71)}-${hash(sourceId)}` : slug;
}

/** The deterministic key of a row without a plan number: its start date, line and scope. */
export function idFromContent(startDay: string, line: string, scope: string): string {
	return `imp-${startDay.replace(/-/g, '')}-${hash(`${norm(line)}\n${norm(scope)}`)}`;
}

function norm(s: string): string {
	return s.normalize('NFKC').replace(/\s/g, '');
}

function hash(s: string): string {
	return createHash('sha1').update(s).digest('hex').slice(0, 8);
}
