/**
 * The segment this build is of (src/lib/build/segments/current.ts) and, in the live segment's build, the closed
 * segments it reads instead of their notices: their summaries, and the history of those a page can still show.
 */
import { readFileSync } from 'node:fs';
import { openClosedArchive, type ClosedArchive } from '../lib/build/segments/closed.ts';
import { buildSegment } from '../lib/build/segments/current.ts';
import { builtKey, closedFolder, planFile, summaryFolder } from '../lib/build/segments/layout.ts';
import type { StoredPlan } from '../lib/build/segments/stored-plan.ts';
import { once } from './once.ts';

/** This build's segment: the whole site, the live segment or a closed one. */
export const segment = buildSegment();

/**
 * A route's `getStaticPaths` for pages of the live segment (every page but a notice's, its calendar file and its
 * archive month page): the paths in the whole site's and the live segment's builds, none in a closed segment's.
 */
export function livePaths<T>(paths: () => T[] | Promise<T[]>): () => Promise<T[]> {
	return async () => (segment.kind === 'closed' ? [] : paths());
}

/**
 * The summaries of the closed segments of the plan this live build is part of, each checked to be made for the
 * plan's key: the summary folder written first in a closed segment's build (its pages may still be building), else
 * the complete segment's folder (a segment restored from a cache); undefined in a whole-site or closed segment's build.
 */
export const getClosedArchive = once(async (): Promise<ClosedArchive | undefined> => {
	if (segment.kind !== 'live') return undefined;
	const plan = JSON.parse(readFileSync(planFile(segment.dir), 'utf8')) as StoredPlan;
	const folders = plan.closed.map((s) => {
		const folder = [summaryFolder(segment.dir, s.name), closedFolder(segment.dir, s.name)].find(
			(f) => builtKey(f) === s.key,
		);
		if (!folder)
			throw new Error(
				`closed segment ${s.name} is not built for this content and code (npm run build builds it) / 已关闭分段 ${s.name} 尚未按当前内容与代码构建`,
			);
		return folder;
	});
	return openClosedArchive(folders);
});
