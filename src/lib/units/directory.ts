/**
 * The supply-unit directory (content/units.json) as the importer and the pages use it: finding a unit by any of
 * its names, suggesting the closest ones for a name that matches none, and the units serving an area.
 */
import type { Area } from '../../schemas/area.ts';
import { mainPhone, type Unit } from '../../schemas/unit.ts';
import { selfAndAncestors } from '../areas/tree.ts';
import { editDistance } from '../import/areas.ts';

/** A unit name as compared: half-width (NFKC), without spaces, lower case: `城关 供电所` is `城关供电所`. */
export function unitNameKey(name: string): string {
	return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Units by name: the lookups the importer makes for each row. */
export class UnitDirectory {
	private readonly byName = new Map<string, Unit>();
	private readonly names: Array<{ key: string; name: string }> = [];
	/** Every unit, in file order. */
	readonly units: readonly Unit[];

	constructor(units: readonly Unit[]) {
		this.units = units;
		for (const u of units) {
			for (const name of [u.name.zh, u.name.en ?? '', ...u.otherNames, u.id]) {
				const key = unitNameKey(name);
				// Content validation refuses a name shared by two units; were one shared anyway, the first keeps it.
				if (!key || this.byName.has(key)) continue;
				this.byName.set(key, u);
				if (name !== u.id) this.names.push({ key, name });
			}
		}
	}

	/** The unit an export names, by its Chinese or English name, any of its other names, or its id. */
	find(name: string): Unit | undefined {
		return this.byName.get(unitNameKey(name));
	}

	/**
	 * Up to `count` known unit names closest to `name`, for an error message. A name that contains a known name or
	 * is contained in one (`青山县城关供电所` and `城关供电所`) comes first; then by edit distance relative to length.
	 */
	closest(name: string, count = 3): string[] {
		const probe = unitNameKey(name);
		return this.names
			.map(({ key, name: n }) => ({
				name: n,
				contains: probe.includes(key) || key.includes(probe) ? 0 : 1,
				d: editDistance(probe, key) / Math.max(probe.length, key.length),
			}))
			.sort((a, b) => a.contains - b.contains || a.d - b.d || (a.name < b.name ? -1 : 1))
			.slice(0, count)
			.map((x) => x.name);
	}
}

/** What the importer settles for one row's unit and phone, and what it has to say about them. */
export type UnitResolution =
	| { ok: true; unit: Unit; phone: string; phoneDiffers: boolean }
	| { ok: false; reason: 'unknown-unit'; suggestions: string[] }
	| { ok: false; reason: 'no-phone'; unit?: Unit };

/**
 * The unit of an export row and the phone its notice gives. The unit must be in the directory. The phone is the
 * export's where it has one (kept even when it differs from the directory: `phoneDiffers` then asks for a
 * warning), else the unit's main phone; neither is an error. A row with no unit name at all is `unknown-unit`
 * with no suggestion.
 */
export function resolveUnit(directory: UnitDirectory, unitName: string, exportPhone: string): UnitResolution {
	const unit = unitName ? directory.find(unitName) : undefined;
	if (!unit)
		return {
			ok: false,
			reason: 'unknown-unit',
			suggestions: unitName ? directory.closest(unitName) : directory.units.slice(0, 3).map((u) => u.name.zh),
		};
	const known = mainPhone(unit);
	if (exportPhone)
		return {
			ok: true,
			unit,
			phone: exportPhone,
			phoneDiffers: !samePhone(
				exportPhone,
				unit.phones.map((p) => p.number),
			),
		};
	if (known !== undefined) return { ok: true, unit, phone: known, phoneDiffers: false };
	return { ok: false, reason: 'no-phone', unit };
}

/** Whether `phone` is one of `known`, comparing digits only (`0839 5550141` is `0839-5550141`). */
function samePhone(phone: string, known: readonly string[]): boolean {
	const digits = (p: string) => p.replace(/[^0-9+]/g, '');
	return known.some((k) => digits(k) === digits(phone));
}

/**
 * The units serving an area: those that list it or an area around it. A village in 关牟镇 is served by the unit
 * listing 关牟镇. Nearest first: a unit listing the village itself comes before one listing its town.
 */
export function unitsServing(units: readonly Unit[], areas: ReadonlyMap<string, Area>, areaId: string): Unit[] {
	const chain = selfAndAncestors(areas, areaId);
	return units
		.map((u) => ({ u, near: Math.max(-1, ...u.areas.map((a) => chain.indexOf(a))) }))
		.filter((x) => x.near >= 0)
		.sort((a, b) => b.near - a.near)
		.map((x) => x.u);
}
