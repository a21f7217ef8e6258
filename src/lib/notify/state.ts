/**
 * What `npm run notify` remembers between runs (notify/state.json, committed back by the deploy workflow):
 * - `notices`: for each notice, the revision whose changes have all been announced — the next run announces the
 *   history entries after it;
 * - `sent`: every message delivered, by id (`<event key>><channel id>`), with the time it went out. It is written
 *   after each delivery, so a run killed half-way resumes where it stopped and a retried run sends nothing twice.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'astro/zod';

export const notifyStateSchema = z
	.object({
		version: z.literal(1),
		/** When the state began: notices already published then were taken as announced. */
		since: z.string(),
		notices: z.record(z.string(), z.number().int().nonnegative()),
		sent: z.record(z.string(), z.string()),
	})
	.strict();
export type NotifyState = z.infer<typeof notifyStateSchema>;

/** Reads the state file; `undefined` when there is none yet (the first run takes the notices as they are). */
export function readState(file: string): NotifyState | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw e;
	}
	const parsed = notifyStateSchema.safeParse(JSON.parse(text));
	if (!parsed.success)
		throw new Error(`${file}: not a notify state file (${parsed.error.issues[0]?.message}) / 不是有效的通知状态文件`);
	return parsed.data;
}

/** The state as JSON with sorted keys, so the committed file diffs cleanly. */
export function serializeState(state: NotifyState): string {
	const sorted = (o: Record<string, unknown>) =>
		Object.fromEntries(
			Object.keys(o)
				.sort()
				.map((k) => [k, o[k]]),
		);
	return `${JSON.stringify({ version: state.version, since: state.since, notices: sorted(state.notices), sent: sorted(state.sent) }, null, '\t')}\n`;
}

/** Writes the state atomically (write a temporary file, then rename): a kill never leaves half a file. */
export function writeState(file: string, state: NotifyState): void {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileAtomic.sync(file, serializeState(state));
}

/** How long a delivery stays recorded: longer than any event can be planned again (see `pruneSent`). */
export const KEEP_SENT_DAYS = 90;

/**
 * Drops delivery records older than `KEEP_SENT_DAYS` at `now`. By then no run can plan their events again: reminders
 * are for outages already started, notice changes are settled in `notices`, alerts are past `maxAgeHours`.
 */
export function pruneSent(state: NotifyState, now: Date): NotifyState {
	const cutoff = now.getTime() - KEEP_SENT_DAYS * 86_400_000;
	return {
		...state,
		sent: Object.fromEntries(Object.entries(state.sent).filter(([, at]) => Date.parse(at) >= cutoff)),
	};
}
