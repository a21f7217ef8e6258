import { describe, expect, it } from 'vitest';
import { outageData } from '../../../src/lib/outages/outage-data.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import type { Unit } from '../../../src/schemas/unit.ts';
import { areas, byId, now } from '../reliability/fixture.ts';

const siteConfig = () =>
	siteSchema.parse({
		name: { zh: '橡树县供电局' },
		shortName: { zh: '橡树供电' },
		baseUrl: 'https://power.test.example',
		hotline: '0839-5550100',
		timeZone: 'Asia/Shanghai',
		leadTimeHours: { planned: 168, temporary: 24, other: 0 },
	});
const unit = (id: string) => ({ id, name: { zh: `${id}供电所` } }) as unknown as Unit;

describe('the shared outage data', () => {
	it.each([
		['no history', ['n13', 'n01'], undefined, ['n13', 'n01'], ['n13']],
		['an empty history', ['n13', 'n01'], [], ['n13', 'n01'], ['n13']],
		['a history, after the own notices', ['n13', 'n01'], ['n10', 'n02'], ['n13', 'n01', 'n10', 'n02'], ['n10', 'n13']],
		['a history alone', [], ['n10'], ['n10'], ['n10']],
	] as const)('%s: knows %j and its history, publishes the own', (_, ownIds, historyIds, all, listed) => {
		const own = ownIds.map(byId);
		const history = historyIds?.map(byId);
		const data = outageData({ notices: own, history, areas: areas(), alerts: [], site: siteConfig(), units: [], now });
		expect(data.notices.map((n) => n.id)).toEqual(all);
		expect(data.own).toBe(own);
		expect([...data.byId]).toEqual(all.map((id) => [id, byId(id)]));
		expect(data.list.current.map((i) => i.notice.id)).toEqual(listed);
	});

	it.each([
		[[], []],
		[
			['u2', 'u1'],
			['u2', 'u1'],
		],
	])('units %j are looked up by id, in file order', (ids, order) => {
		const units = ids.map(unit);
		const data = outageData({ notices: [], areas: areas(), alerts: [], site: siteConfig(), units, now });
		expect([...data.units.keys()]).toEqual(order);
		for (const u of units) expect(data.units.get(u.id)).toBe(u);
	});
});
