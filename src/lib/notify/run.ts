/**
 * One notification run: plan the events due, turn them into each channel's messages (digests when many), and
 * deliver them, recording each delivery in the state file as soon as it is made.
 */
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Channel, NotifyConfig } from '../../schemas/notify.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { selfAndAncestors } from '../areas/tree.ts';
import { channelSecrets, deliver, profiles, type Transports } from './channels/index.ts';
import type { OutMessage } from './channels/types.ts';
import { fitText, packDigests } from './digest.ts';
import { planEvents, type NotifyItem } from './events.ts';
import { RateLimiter, runQueue, type QueueClock, type RetryPolicy } from './queue.ts';
import { pruneSent, readState, writeState, type NotifyState } from './state.ts';
import { messageText, noticeLink } from './text.ts';

export interface NotifyContent {
	site: SiteConfig;
	areas: ReadonlyMap<string, Area>;
	notices: readonly Notice[];
	alerts: readonly Alert[];
	config: NotifyConfig;
}

export interface RunOptions {
	content: NotifyContent;
	/** The state file (notify/state.json). */
	statePath: string;
	/** "Now" for deciding what is due (`--now`); sending uses `clock`. */
	now: Date;
	/** Where the secrets are (process.env). */
	env: Record<string, string | undefined>;
	/** Print the messages, send nothing, write nothing. */
	dryRun?: boolean;
	io: Transports;
	clock: QueueClock;
	retry?: RetryPolicy;
	log?: (line: string) => void;
}

export interface ChannelReport {
	channel: string;
	/** Messages (single or digest) planned this run. */
	messages: number;
	/** Events those messages carry. */
	events: number;
	delivered: number;
	error?: string;
	/** In a dry run: the texts. */
	texts?: string[];
}

/** Key of one event delivered to one channel, as recorded in `state.sent`. */
export const sentKey = (eventKey: string, channelId: string) => `${eventKey}>${channelId}`;

/**
 * Whether `ch` hears about `item`: its event is on the channel's list, and its areas meet the channel's — an area
 * of the item inside one of the channel's (a town's group hears its villages), or enclosing one (a village's
 * group hears a town-wide outage or alert).
 */
export function hears(ch: Channel, item: NotifyItem, areas: ReadonlyMap<string, Area>): boolean {
	if (!ch.events.includes(item.event)) return false;
	if (ch.areas.length === 0 || item.areaKeys.length === 0) return true;
	return ch.areas.some(
		(c) => item.areaKeys.includes(c) || selfAndAncestors(areas, c).some((a) => item.areas.includes(a)),
	);
}

/**
 * The messages for one channel: urgent alerts first, each on its own (a digest must not bury one); then one message
 * per notice event, or digests once there are more than `digestOver`.
 */
export function channelMessages(ch: Channel, items: readonly NotifyItem[], content: NotifyContent): OutMessage[] {
	const ctx = { site: content.site, areas: content.areas, locale: ch.locale };
	const profile = profiles[ch.type];
	const about = (i: NotifyItem) => {
		const s = i.subject;
		return s.kind === 'alert'
			? { key: i.key, event: i.event, alertId: s.alert.id }
			: { key: i.key, event: i.event, noticeId: s.notice.id, link: noticeLink(s.notice, ctx) };
	};
	const single = (item: NotifyItem): OutMessage => {
		const text = fitText(messageText(item.subject, ctx), profile.maxBytes);
		return { text, title: text.split(/[。]|\. /)[0], keys: [item.key], items: [about(item)] };
	};
	const alerts = items.filter((i) => i.event === 'alert');
	const rest = items.filter((i) => i.event !== 'alert');
	if (rest.length <= content.config.digestOver) return [...alerts, ...rest].map(single);
	const texts = rest.map((i) => messageText(i.subject, ctx));
	return [
		...alerts.map(single),
		...packDigests(texts, profile.maxBytes, ch.locale).map((d) => ({
			text: d.text,
			title: d.text.split('\n')[0],
			keys: d.indexes.map((k) => rest[k].key),
			items: d.indexes.map((k) => about(rest[k])),
		})),
	];
}

/**
 * Runs once. Without a state file, the notices as they are count as announced (only reminders and alerts due go
 * out), so switching notifications on does not replay the archive. A channel's failure (a provider down, a secret
 * missing) is reported and stops only that channel; what it did not deliver is sent by the next run.
 */
export async function runNotify(opts: RunOptions): Promise<ChannelReport[]> {
	const { content, now } = opts;
	const log = opts.log ?? (() => {});
	const state: NotifyState = readState(opts.statePath) ?? {
		version: 1,
		since: now.toISOString(),
		notices: Object.fromEntries(content.notices.map((n) => [n.id, n.revision])),
		sent: {},
	};
	const save = () => {
		if (!opts.dryRun) writeState(opts.statePath, state);
	};
	save();
	const { items, settled } = planEvents({
		notices: content.notices,
		alerts: content.alerts,
		areas: content.areas,
		config: content.config,
		timeZone: content.site.timeZone,
		state,
		now,
	});
	const channels = content.config.channels.filter((c) => c.enabled);
	const reports = await Promise.all(
		channels.map(async (ch): Promise<ChannelReport> => {
			const pending = items.filter((i) => hears(ch, i, content.areas) && !(sentKey(i.key, ch.id) in state.sent));
			const messages = channelMessages(ch, pending, content);
			const report: ChannelReport = { channel: ch.id, messages: messages.length, events: pending.length, delivered: 0 };
			if (messages.length === 0) return report;
			if (opts.dryRun) {
				report.texts = messages.map((m) => m.text);
				return report;
			}
			let secrets;
			try {
				secrets = channelSecrets(ch, opts.env);
			} catch (e) {
				report.error = (e as Error).message;
				return report;
			}
			const result = await runQueue(
				messages,
				(m, at) => deliver(ch, secrets, m, at, opts.io),
				(m, at) => {
					const iso = new Date(at).toISOString();
					for (const k of m.keys) state.sent[sentKey(k, ch.id)] = iso;
					save();
				},
				{
					limiter: new RateLimiter(profiles[ch.type].limits),
					clock: opts.clock,
					retry: opts.retry,
					onRetry: (_m, e, ms) => log(`${ch.id}: ${e.message}; retrying in ${Math.round(ms / 1000)} s`),
				},
			);
			report.delivered = result.delivered;
			if (result.error) report.error = result.error.message;
			return report;
		}),
	);
	// A notice's revision counts as announced once every channel that hears its events has them.
	const byNotice = new Map<string, { revision: number; done: boolean }>();
	for (const item of items) {
		if (!item.notice) continue;
		const done = channels.every((ch) => !hears(ch, item, content.areas) || sentKey(item.key, ch.id) in state.sent);
		const prev = byNotice.get(item.notice.id);
		byNotice.set(item.notice.id, { revision: item.notice.revision, done: (prev?.done ?? true) && done });
	}
	for (const [id, revision] of Object.entries(settled)) state.notices[id] = revision;
	for (const [id, { revision, done }] of byNotice) if (done) state.notices[id] = revision;
	state.sent = pruneSent(state, now).sent;
	save();
	return reports;
}
