import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { byCodeUnit } from './order.ts';

/**
 * The canonical text of `content/outages/notices.json`: notices sorted by id, keys in schema order, tabs, a final
 * newline. Everything that writes the file (importer, sample generator) goes through here, so the same notices
 * always give the same bytes and staff review clean diffs.
 */
export function serializeNotices(notices: Notice[]): string {
	const canonical = [...notices]
		.sort((a, b) => byCodeUnit(a.id, b.id))
		// Parsing rebuilds every object with its keys in schema order.
		.map((n) => noticeSchema.parse(n));
	return `${JSON.stringify(canonical, null, '\t')}\n`;
}
