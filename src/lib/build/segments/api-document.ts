/**
 * The site's JSON API document (/api/outages.json) in a segmented build. It carries every notice, so it is the one
 * output that grows with the archive; rendering it in the live segment's `astro build` cost seconds per publish at
 * 50,000 notices (reading, splitting and joining the archive's records as strings, then Astro encoding the result).
 * Instead the live build renders the document of its own notices (with `updated` over every notice:
 * `outagesApiJson`'s `elsewhere`), and the merge joins into it each closed segment's records (`api.jsonl`, one line
 * per notice in the id order of its summary) as bytes, never decoded: byte for byte the document one build of every
 * notice writes.
 */

/** The API document's path in the site (and in the live segment's output). */
export const apiDocumentPath = 'api/outages.json';

/** A closed segment's API records: the lines of its `api.jsonl` and the id of each (its summary's notices). */
export interface ClosedApiRecords {
	name: string;
	ids: readonly string[];
	/** The bytes of `api.jsonl`: one record per line, each line ended by `\n`. */
	records: Buffer;
}

/** Lists each in id order (by code unit), merged into one in id order. */
export function mergeById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
	const out: T[] = [];
	const at = lists.map(() => 0);
	for (;;) {
		let best = -1;
		for (let k = 0; k < lists.length; k++) {
			if (at[k] >= lists[k].length) continue;
			if (best < 0 || lists[k][at[k]].id < lists[best][at[best]].id) best = k;
		}
		if (best < 0) return out;
		out.push(lists[best][at[best]++]);
	}
}

/** The records of `api.jsonl`, each with its id; throws when the lines are not one per id. */
function closedLines(c: ClosedApiRecords): Array<{ id: string; bytes: Buffer }> {
	const out: Array<{ id: string; bytes: Buffer }> = [];
	let from = 0;
	while (from < c.records.length) {
		const end = c.records.indexOf(10, from);
		if (end < 0 || out.length >= c.ids.length) break;
		out.push({ id: c.ids[out.length], bytes: c.records.subarray(from, end) });
		from = end + 1;
	}
	if (out.length !== c.ids.length || from !== c.records.length)
		throw new Error(`the API records of segment ${c.name} (api.jsonl) are not one line per notice of its summary`);
	return out;
}

const NOTICES = '"notices":[';

/**
 * The whole document, as the buffers to write one after the other: the live segment's document (`JSON.stringify`
 * of the document of its own notices, `notices` its last member) with every closed segment's records joined into
 * `notices` in id order.
 */
export function joinApiDocument(liveDocument: string, closed: readonly ClosedApiRecords[]): Buffer[] {
	const doc = JSON.parse(liveDocument) as { notices?: unknown };
	if (!Array.isArray(doc.notices) || !liveDocument.endsWith(']}'))
		throw new Error(`the live segment's ${apiDocumentPath} does not end with its notices`);
	// JSON.stringify of what JSON.parse read from JSON.stringify's output gives the same text back.
	const head = JSON.stringify({ ...doc, notices: [] }).slice(0, -`${NOTICES}]}`.length);
	const own = (doc.notices as Array<{ id: string }>).map((r) => ({ id: r.id, bytes: Buffer.from(JSON.stringify(r)) }));
	const records = mergeById([own, ...closed.map(closedLines)]);
	const comma = Buffer.from(',');
	const out: Buffer[] = [Buffer.from(`${head}${NOTICES}`)];
	records.forEach((r, i) => {
		if (i > 0) out.push(comma);
		out.push(r.bytes);
	});
	out.push(Buffer.from(']}'));
	return out;
}
