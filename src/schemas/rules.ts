/**
 * Rules a content file must keep that no single field's type or pattern can say: one field against another (an
 * alert's end after its start), one list item against the others (a supply unit's id and names used once), and
 * checks of one value that need more than a regular expression (a time zone the runtime knows, an address without
 * a path). Kept as data so that the two places that enforce them say the same: the zod schemas apply them
 * (`refineWith`), so `npm run check` and the build refuse a file that breaks one; and the content editor's
 * configuration carries them on the fields they concern (src/lib/admin/cms-config.ts), where the editor
 * (src/admin/setup.js) refuses the entry before it is saved, with the same words.
 */
import type { z } from 'astro/zod';

/** A message in both languages; `{value}` and `{other}` stand for the values concerned. */
export interface RuleMessage {
	en: string;
	zh: string;
}

/** One rule, on the field at `field` (a path of names from the file's top, list items written `units.id`). */
export type ContentRule =
	/** The date-time at `field` is later than the one at `than`, a field of the same object. */
	| { kind: 'after'; field: string; than: string; message: RuleMessage }
	/** Among the items of the list at `list`, the value at `field` (`list.key`) is used once. */
	| { kind: 'unique'; field: string; list: string; key: string; message: RuleMessage }
	/**
	 * Among the items of the list at `list`, every name (the value at `name` and those in the list at `others`) is
	 * used by one item only, compared as `nameKey` does: the importer finds an item by any of its names. Reported on
	 * `field` (`list.name…`); `{other}` is the value at `owner` of the item that has the name already.
	 */
	| {
			kind: 'unique-names';
			field: string;
			list: string;
			name: string;
			others: string;
			owner: string;
			message: RuleMessage;
	  }
	/** The value is an IANA time zone the runtime knows. */
	| { kind: 'time-zone'; field: string; message: RuleMessage }
	/** The value is a URL with no path: an origin such as `https://power.example.org`. */
	| { kind: 'origin'; field: string; message: RuleMessage };

/** A rule broken: where (a zod-style path), and the message with its values filled in. */
export interface RuleProblem {
	path: Array<string | number>;
	message: RuleMessage;
}

/** The value at a dotted path of names. */
function at(data: unknown, path: string): unknown {
	let v: unknown = data;
	for (const name of path.split('.').filter(Boolean)) v = (v as Record<string, unknown> | undefined)?.[name];
	return v;
}

const fill = (m: RuleMessage, values: Record<string, string>): RuleMessage => ({
	en: m.en.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''),
	zh: m.zh.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''),
});

/** A name as names are compared: full-width forms folded, without spaces, lower case. */
export function nameKey(name: string): string {
	return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** Whether `url` is an absolute URL without a path (an origin, with or without the trailing slash). */
export function isOrigin(url: string): boolean {
	try {
		return new URL(url).pathname === '/';
	} catch {
		return false;
	}
}

/** Every rule of `rules` that `data` (a whole file's data) breaks. Values that are missing are left to the schema. */
export function ruleProblems(rules: readonly ContentRule[], data: unknown): RuleProblem[] {
	const out: RuleProblem[] = [];
	for (const rule of rules) {
		switch (rule.kind) {
			case 'after': {
				const value = at(data, rule.field);
				const than = at(data, rule.than);
				if (typeof value !== 'string' || typeof than !== 'string') break;
				const [a, b] = [Date.parse(value), Date.parse(than)];
				if (Number.isFinite(a) && Number.isFinite(b) && a <= b)
					out.push({ path: rule.field.split('.'), message: fill(rule.message, { value, other: than }) });
				break;
			}
			case 'unique': {
				const items = at(data, rule.list);
				if (!Array.isArray(items)) break;
				const first = new Map<unknown, number>();
				items.forEach((item, i) => {
					const value = at(item, rule.key);
					if (value === undefined || value === '') return;
					const seen = first.get(value);
					if (seen === undefined) first.set(value, i);
					else
						out.push({
							path: [rule.list, i, ...rule.key.split('.')],
							message: fill(rule.message, { value: String(value), other: String(seen + 1) }),
						});
				});
				break;
			}
			case 'unique-names': {
				const items = at(data, rule.list);
				if (!Array.isArray(items)) break;
				const owner = new Map<string, number>();
				items.forEach((item, i) => {
					const others = at(item, rule.others);
					const names = [at(item, rule.name), ...(Array.isArray(others) ? others : [])];
					const own = new Set<string>();
					for (const name of names) {
						if (typeof name !== 'string' || name.trim() === '') continue;
						const key = nameKey(name);
						if (own.has(key)) continue;
						own.add(key);
						const seen = owner.get(key);
						if (seen === undefined) owner.set(key, i);
						else
							out.push({
								path: [rule.list, i, ...rule.field.slice(rule.list.length + 1).split('.')],
								message: fill(rule.message, { value: name, other: String(at(items[seen], rule.owner) ?? '') }),
							});
					}
				});
				break;
			}
			case 'time-zone': {
				const value = at(data, rule.field);
				if (typeof value === 'string' && !isTimeZone(value))
					out.push({ path: rule.field.split('.'), message: fill(rule.message, { value }) });
				break;
			}
			case 'origin': {
				const value = at(data, rule.field);
				if (typeof value === 'string' && !isOrigin(value))
					out.push({ path: rule.field.split('.'), message: fill(rule.message, { value }) });
				break;
			}
		}
	}
	return out;
}

/** A zod refinement that applies `rules` to the whole parsed value, each problem an issue at its path. */
export function refineWith(rules: readonly ContentRule[]) {
	return (value: unknown, ctx: z.core.$RefinementCtx) => {
		for (const p of ruleProblems(rules, value))
			ctx.addIssue({ code: 'custom', path: p.path, message: `${p.message.en} / ${p.message.zh}` });
	};
}
