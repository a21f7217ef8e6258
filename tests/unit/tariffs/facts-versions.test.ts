/**
 * The figures the explanation pages quote, key by key, and each key they refuse with its reason; which tariff
 * version is in force, shown or listed on a day, at the edges of the versions' dates. Inputs from the tests' own
 * versions (fixtures/).
 */
import { describe, expect, it } from 'vitest';
import { tariffFact } from '../../../src/lib/tariffs/facts.ts';
import {
	versionInForce,
	versionShown,
	versionsNewestFirst,
	versionsShownFrom,
	versionStatus,
} from '../../../src/lib/tariffs/versions.ts';
import { tariffVersionSchema, type TariffVersion } from '../../../src/schemas/tariff.ts';
import { fixtureVersion, rawFixture } from './helpers.ts';

const v = () => fixtureVersion('qs-2026-07');

describe('tariffFact', () => {
	it.each([
		['tier:1:price', '0.5880 元/千瓦时', '¥0.5880 per kWh'],
		['tier:3:price', '0.8880 元/千瓦时', '¥0.8880 per kWh'],
		['boundary:summer:1', '260 千瓦时', '260 kWh'],
		['boundary:other:2', '400 千瓦时', '400 kWh'],
		['season:summer:months', '5–10 月', 'May to October'],
		['household:minPeople', '5', '5'],
		['household:raise', '100 千瓦时', '100 kWh'],
		['period:peak:price', '0.6380 元/千瓦时', '¥0.6380 per kWh'],
		['period:valley:hours', '22:00–08:00', '22:00 to 08:00'],
		['period:critical:hours', '19:00–21:00', '19:00 to 21:00'],
		['period:critical:months', '7–8 月', 'July to August'],
		['period:peak:months', '全年', 'all year'],
		['addon:2', '0.0500 元/千瓦时', '¥0.0500 per kWh'],
		['effectiveFrom', '2026年7月1日', '1 July 2026'],
		['example:winter-450:total', '289.60 元', '¥289.60'],
		['example:winter-450:kwh', '450 千瓦时', '450 kWh'],
		['example:tou-august:kwh', '500 千瓦时', '500 kWh'],
	])('%s: %s; %s', (key, zh, en) => {
		expect(tariffFact(v(), key, 'zh-cn')).toBe(zh);
		expect(tariffFact(v(), key, 'en')).toBe(en);
	});

	it.each([
		['tier:0:price', 'no tier 0'],
		['tier:4:price', 'no tier 4'],
		['tier:1.5:price', 'no tier 1.5'],
		['tier:x:price', 'no tier x'],
		['tier:1:name', 'unknown key'],
		['tier:1', 'unknown key'],
		['boundary:winter:1', 'no season "winter"'],
		['boundary:summer:3', 'no boundary 3'],
		['boundary:summer:0', 'no boundary 0'],
		['season:spring:months', 'no season "spring"'],
		['season:summer:name', 'unknown key'],
		['household:size', 'unknown key'],
		['period:shoulder:price', 'no shoulder period'],
		['period:peak:name', 'unknown key'],
		['addon:4', 'no tier 4'],
		['example:nope:total', 'no worked example "nope"'],
		['example:winter-450:lines', 'unknown key'],
		['price', 'unknown key'],
	])('refuses %s: %s', (key, why) => {
		expect(() => tariffFact(v(), key, 'zh-cn')).toThrow(`tariff fact "${key}" (version qs-2026-07): ${why}`);
	});

	it('a version without household adjustment or time of use refuses their keys', () => {
		const raw = rawFixture('qs-2026-07');
		delete raw.classes[0].pricing.household;
		delete raw.classes[0].pricing.timeOfUse;
		raw.examples = raw.examples.filter((e: { input: { periods?: unknown } }) => !e.input.periods);
		const plain = tariffVersionSchema.parse(raw);
		expect(() => tariffFact(plain, 'household:raise', 'en')).toThrow('no household adjustment');
		expect(() => tariffFact(plain, 'household:minPeople', 'en')).toThrow('no household adjustment');
		expect(() => tariffFact(plain, 'period:peak:price', 'en')).toThrow('no peak period');
		expect(() => tariffFact(plain, 'addon:1', 'en')).toThrow('no time-of-use add-ons');
	});
});

describe('versions by date', () => {
	const version = (id: string, effectiveFrom: string, effectiveTo?: string): TariffVersion => ({
		...v(),
		id,
		effectiveFrom,
		...(effectiveTo ? { effectiveTo } : {}),
	});
	const versions = () => [
		version('b', '2026-01-01', '2026-06-30'),
		version('c', '2026-07-01'),
		version('a', '2025-01-01', '2025-12-31'),
	];

	it.each([
		['2024-12-31', undefined, 'c'],
		['2025-01-01', 'a', 'a'],
		['2025-12-31', 'a', 'a'],
		['2026-01-01', 'b', 'b'],
		['2026-06-30', 'b', 'b'],
		['2026-07-01', 'c', 'c'],
		['2030-01-01', 'c', 'c'],
	])('on %s: in force %s, shown %s', (date, inForce, shown) => {
		expect(versionInForce(versions(), date)?.id).toBe(inForce);
		expect(versionShown(versions(), date)?.id).toBe(shown);
	});

	it('a gap between versions: none in force, the newest shown', () => {
		const gap = [version('a', '2025-01-01', '2025-06-30'), version('b', '2026-01-01')];
		expect(versionInForce(gap, '2025-09-01')).toBeUndefined();
		expect(versionShown(gap, '2025-09-01')?.id).toBe('b');
		expect(versionShown([], '2025-09-01')).toBeUndefined();
	});

	it('newest first, whatever the order given, ties kept in order', () => {
		expect(versionsNewestFirst(versions()).map((x) => x.id)).toEqual(['c', 'b', 'a']);
		expect(versionsNewestFirst([...versions()].reverse()).map((x) => x.id)).toEqual(['c', 'b', 'a']);
		const tie = [version('x', '2026-01-01'), version('y', '2026-01-01'), version('z', '2025-01-01')];
		expect(versionsNewestFirst(tie).map((x) => x.id)).toEqual(['x', 'y', 'z']);
		expect(versionsNewestFirst([tie[2], tie[0], tie[1]]).map((x) => x.id)).toEqual(['x', 'y', 'z']);
	});

	it.each([
		['2025-12-31', 'upcoming'],
		['2026-01-01', 'current'],
		['2026-06-30', 'current'],
		['2026-07-01', 'superseded'],
	])('status of b on %s: %s', (date, status) => {
		expect(versionStatus(version('b', '2026-01-01', '2026-06-30'), date)).toBe(status);
		expect(versionStatus(version('open', '2026-01-01'), '2099-01-01')).toBe('current');
	});

	it('every version shown on a day or any later one, from the day each is first shown, in that order', () => {
		expect(versionsShownFrom(versions(), '2025-06-01').map(({ version: x, from }) => [x.id, from])).toEqual([
			['a', '2025-06-01'],
			['b', '2026-01-01'],
			['c', '2026-07-01'],
		]);
		expect(versionsShownFrom(versions(), '2026-01-01').map(({ version: x, from }) => [x.id, from])).toEqual([
			['b', '2026-01-01'],
			['c', '2026-07-01'],
		]);
		// Before the first version: the newest is shown, until the first comes into force.
		expect(versionsShownFrom(versions(), '2024-06-01').map(({ version: x, from }) => [x.id, from])).toEqual([
			['c', '2024-06-01'],
			['a', '2025-01-01'],
			['b', '2026-01-01'],
		]);
		// A version ending leaves a gap: the newest shown from the day after.
		const gap = [version('a', '2025-01-01', '2025-06-30'), version('b', '2026-01-01')];
		expect(versionsShownFrom(gap, '2025-03-01').map(({ version: x, from }) => [x.id, from])).toEqual([
			['a', '2025-03-01'],
			['b', '2025-07-01'],
		]);
		expect(versionsShownFrom([], '2025-03-01')).toEqual([]);
	});
});
