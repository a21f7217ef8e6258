/**
 * A small site for the feeds' unit tests, built inline (not from content/ or the sample): two villages of one town
 * in one district, one of them without an English name, and a notice factory. Functions, so each test builds its
 * own inputs (a mutation run then knows which test reaches which line).
 */
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { feedContext } from '../../../src/lib/feeds/feed-set.ts';
import type { FeedContext } from '../../../src/lib/feeds/notice-words.ts';
import type { HistoryEntry, Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';

export const BASE = 'https://power.example.org';

/** north (district) ▸ lin (town) ▸ oak (village, named in both languages), elm (Chinese name only). */
export function smallCtx(timeZone = 'Asia/Shanghai'): FeedContext {
	const { areas } = flattenAreaTree([
		{
			id: 'north',
			kind: 'district',
			name: { zh: '北区', en: 'North' },
			children: [
				{
					id: 'lin',
					kind: 'town',
					name: { zh: '林镇', en: 'Lin Town' },
					children: [
						{ id: 'oak', kind: 'village', name: { zh: '橡树村', en: 'Oak Village' } },
						{ id: 'elm', kind: 'village', name: { zh: '榆树村' } },
					],
				},
			],
		},
	]);
	return feedContext({ name: { zh: '青山供电', en: 'Qingshan Power' }, baseUrl: BASE, timeZone }, areas);
}

/** A published notice for oak on 3 December 08:00–17:30, published 20 November; `later` entries follow. */
export function feedNotice(over: Partial<Notice> = {}, later: Array<Omit<HistoryEntry, 'revision'>> = []): Notice {
	const history: HistoryEntry[] = [
		{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' },
		...later.map((h, i) => ({ ...h, revision: i + 2 })),
	];
	return validNotice({
		id: 'n1',
		areas: ['oak'],
		start: '2026-12-03T08:00:00+08:00',
		end: '2026-12-03T17:30:00+08:00',
		scope: { zh: '橡树村1-5组', en: 'Oak Village groups 1 to 5' },
		line: { zh: '10kV 林线' },
		reason: { zh: '更换电杆', en: 'Replacing poles' },
		unit: { id: 'lin', name: { zh: '林镇供电所', en: 'Lin Supply Office' }, phone: '0839-5550141' },
		publishedAt: '2026-11-20T09:00:00+08:00',
		updatedAt: (history.at(-1) as HistoryEntry).at,
		revision: history.length,
		history,
		...over,
	});
}
