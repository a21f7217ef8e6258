import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { feedContext } from '../../../src/lib/feeds/feed-set.ts';
import type { FeedContext } from '../../../src/lib/feeds/notice-words.ts';
import { areaTreeSchema } from '../../../src/schemas/area.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

/**
 * The fixture site's settings, area tree and notices (tests/fixtures/site, anchored at 2026-12-01, as the browser
 * tests see them). `timeZone` changes the feeds' zone only; the notices stay the fixture's.
 */
export function feedFixture(timeZone?: string): {
	ctx: FeedContext;
	notices: Notice[];
	site: ReturnType<typeof siteSchema.parse>;
} {
	const site = siteSchema.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/site/site.json'), 'utf8')));
	const { areas } = flattenAreaTree(
		areaTreeSchema.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/site/areas.json'), 'utf8'))),
	);
	const zone = timeZone ?? site.timeZone;
	const ctx = feedContext({ ...site, timeZone: zone }, areas);
	const notices = JSON.parse(
		readFileSync(path.resolve('tests/fixtures/site/outages/notices.json'), 'utf8'),
	) as Notice[];
	return { ctx, notices, site };
}

/** The fixture notice with `id`. */
export function byId(notices: Notice[], id: string): Notice {
	const n = notices.find((x) => x.id === id);
	if (!n) throw new Error(`no fixture notice ${id}`);
	return n;
}

/** A notice whose texts need escaping in every format: commas, semicolons, backslashes, newlines, markup. */
export function trickyNotice(base: Notice): Notice {
	return {
		...base,
		id: 'qs-tricky-01',
		scope: {
			zh: '东关村1-5组、幸福小区；A区,B区\\C区\n第二行 <b>&amp;</b> "引号"',
			en: 'Groups 1-5; estate A, B\\C\nsecond line <b>&amp;</b>',
		},
		reason: {
			zh: '更换老旧电杆及导线，同时对沿线的配电变压器、柱上开关、避雷器和接地装置进行全面检查和维护，确保冬季用电高峰期间安全可靠供电。',
		},
	};
}
