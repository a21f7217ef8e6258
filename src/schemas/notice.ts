import { z } from 'astro/zod';
import { localizedTextSchema, offsetDateTimeSchema, phoneSchema, slugSchema } from './common.ts';

/** What kind of outage a notice announces. */
export const noticeKindSchema = z.enum([
	/** 计划检修: planned maintenance, published well ahead (default lead time 7 days). */
	'planned',
	/** 临时检修: temporary (short-notice) maintenance (default lead time 24 hours). */
	'temporary',
	/** 其他: anything else, e.g. works by a third party or load limiting. */
	'other',
]);
export type NoticeKind = z.infer<typeof noticeKindSchema>;

/** Where a notice is in its life. Rescheduling keeps a notice `published` and is recorded in its history. */
export const noticeLifecycleSchema = z.enum(['published', 'cancelled']);
export type NoticeLifecycle = z.infer<typeof noticeLifecycleSchema>;

/** An outage window: from `start` up to `end`. */
export const windowSchema = z
	.object({
		/** When power goes off: ISO 8601 with offset. */
		start: offsetDateTimeSchema,
		/** When power is expected back: ISO 8601 with offset, after `start`. */
		end: offsetDateTimeSchema,
	})
	.strict();
export type OutageWindow = z.infer<typeof windowSchema>;

/** What happened to a notice at one revision. */
export const historyEventSchema = z.enum([
	/** First publication. */
	'published',
	/** The window moved: `from` is the old window, `to` the new one. */
	'rescheduled',
	/** Scope, areas, line, reason or contact changed, not the window. */
	'amended',
	/** The outage will not take place. */
	'cancelled',
	/** Power came back: `restoredAt` says when (实际送电时间), earlier or later than the planned end. */
	'restored',
]);

/** One entry of a notice's change history, oldest first. */
export const historyEntrySchema = z
	.object({
		/** The revision this entry produced: 1 for the first publication, then 2, 3, … */
		revision: z.number().int().positive(),
		/** When the change was published: ISO 8601 with offset. */
		at: offsetDateTimeSchema,
		/** What happened. */
		event: historyEventSchema,
		/** For `rescheduled`: the window before the change. */
		from: windowSchema.optional(),
		/** For `rescheduled`: the window after the change. */
		to: windowSchema.optional(),
		/** For `restored`: when power actually came back, ISO 8601 with offset. */
		restoredAt: offsetDateTimeSchema.optional(),
		/** Why, or what changed, in words: shown to readers. */
		note: localizedTextSchema.optional(),
	})
	.strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/**
 * One published outage notice: an entry of `content/outages/notices.json`.
 * Its `id` is its URL (`/outages/<id>/`) for ever; it is never deleted, only cancelled.
 */
export const noticeObjectSchema = z
	.object({
		/** Stable, URL-safe id, unique across all notices, e.g. `qs-2026-1203-01`. Never reused. */
		id: slugSchema,
		/** The scheduling system's own plan number (计划编号), where the notice was imported from an export. */
		sourceId: z.string().trim().min(1).optional(),
		/** 计划检修 planned, 临时检修 temporary, or other. */
		kind: noticeKindSchema,
		/** published, or cancelled (then `cancellation` says why). */
		lifecycle: noticeLifecycleSchema,
		/** When power goes off: ISO 8601 with offset. */
		start: offsetDateTimeSchema,
		/** When power is expected back: ISO 8601 with offset, after `start`. */
		end: offsetDateTimeSchema,
		/** Ids into `content/areas.json` of every area affected; at least one. */
		areas: z.array(slugSchema).min(1),
		/** 停电范围: the affected scope exactly as published, e.g. 东关村1-5组、幸福小区. */
		scope: localizedTextSchema,
		/** 停电线路/设备: the line or equipment worked on, e.g. 10kV 关牟线 12#–25# 杆. */
		line: localizedTextSchema,
		/** 停电原因/工作内容: the reason, or the work done, in plain words. */
		reason: localizedTextSchema,
		/** 变电站: the substation the outage is fed from, as the scheduling system names it, e.g. 35kV 关牟变电站. */
		substation: z.string().trim().min(1).optional(),
		/**
		 * 台区: the transformer districts switched off, as named on the meter boxes, e.g. 关牟村3组台区; one or more.
		 * Residents find a notice by the name on their meter box.
		 */
		transformerDistricts: z.array(z.string().trim().min(1)).min(1).optional(),
		/**
		 * 供电所: the responsible supply unit and the phone residents can call about this outage. `id` names the unit in
		 * `content/units.json`; `name` and `phone` are what was published at the time, and stay so when the directory
		 * changes later.
		 */
		unit: z
			.object({
				/** The unit's id in `content/units.json`: its page is `/units/<id>/`. */
				id: slugSchema,
				/** The unit's name as published, e.g. 城关供电所. */
				name: localizedTextSchema,
				/** Its phone as published, rendered as a `tel:` link. */
				phone: phoneSchema,
			})
			.strict(),
		/**
		 * 实际送电时间: when power actually came back, ISO 8601 with offset, after `start`. Absent until the supply
		 * unit reports it; durations and records use it in place of the planned `end` (see `actualEnd`).
		 */
		restoredAt: offsetDateTimeSchema.optional(),
		/** When the notice was first published: ISO 8601 with offset. */
		publishedAt: offsetDateTimeSchema,
		/** When the notice last changed: ISO 8601 with offset; equals `publishedAt` at revision 1. */
		updatedAt: offsetDateTimeSchema,
		/** Starts at 1 and goes up by one with each published change; calendar feeds use it as SEQUENCE. */
		revision: z.number().int().positive(),
		/** Every published change, oldest first; one entry per revision. */
		history: z.array(historyEntrySchema).min(1),
		/** For a cancelled notice: when and why, shown to readers. */
		cancellation: z
			.object({
				/** When the cancellation was published. */
				at: offsetDateTimeSchema,
				/** Why the outage will not take place. */
				reason: localizedTextSchema,
			})
			.strict()
			.optional(),
	})
	.strict();

/**
 * A notice with its cross-field rules: end after start, history consistent with the revision, cancellation
 * present exactly when cancelled. Rules that need other content (area ids exist, ids unique) are checked by
 * `validateContent`, which sees the whole content set.
 */
export const noticeSchema = noticeObjectSchema.superRefine((n, ctx) => {
	const t = (s: string) => Date.parse(s);
	if (t(n.end) <= t(n.start)) {
		ctx.addIssue({
			code: 'custom',
			path: ['end'],
			message: `must be after start ${n.start} / 结束时间须晚于开始时间 ${n.start}`,
		});
	}
	if (t(n.updatedAt) < t(n.publishedAt)) {
		ctx.addIssue({
			code: 'custom',
			path: ['updatedAt'],
			message: `must not be before publishedAt ${n.publishedAt} / 更新时间不能早于发布时间`,
		});
	}
	if (n.history.length !== n.revision) {
		ctx.addIssue({
			code: 'custom',
			path: ['history'],
			message: `has ${n.history.length} entries but revision is ${n.revision}: one entry per revision / 变更记录有 ${n.history.length} 条，但版本号为 ${n.revision}，应每个版本一条`,
		});
	}
	n.history.forEach((h, i) => {
		if (h.revision !== i + 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['history', i, 'revision'],
				message: `must be ${i + 1} (entries are numbered 1, 2, 3, … oldest first) / 应为 ${i + 1}`,
			});
		}
		if (h.event === 'restored' && !h.restoredAt) {
			ctx.addIssue({
				code: 'custom',
				path: ['history', i],
				message: 'a restored entry needs restoredAt / 恢复送电记录须给出 restoredAt',
			});
		}
		if (h.event === 'rescheduled' && (!h.from || !h.to)) {
			ctx.addIssue({
				code: 'custom',
				path: ['history', i],
				message: 'a rescheduled entry needs both from and to windows / 改期记录须同时给出 from 和 to',
			});
		}
		if (i === 0 && h.event !== 'published') {
			ctx.addIssue({
				code: 'custom',
				path: ['history', 0, 'event'],
				message: 'the first entry must be "published" / 第一条记录须为 published',
			});
		}
	});
	const last = n.history.at(-1);
	if (last && last.revision === n.revision && last.at !== n.updatedAt) {
		ctx.addIssue({
			code: 'custom',
			path: ['updatedAt'],
			message: `must equal the latest history entry's time ${last.at} / 须与最新变更记录时间 ${last.at} 一致`,
		});
	}
	if (n.restoredAt !== undefined) {
		if (t(n.restoredAt) <= t(n.start)) {
			ctx.addIssue({
				code: 'custom',
				path: ['restoredAt'],
				message: `must be after start ${n.start} / 实际送电时间须晚于开始时间 ${n.start}`,
			});
		}
		if (n.lifecycle === 'cancelled') {
			ctx.addIssue({
				code: 'custom',
				path: ['restoredAt'],
				message: 'a cancelled outage has no restoration / 已取消的停电没有送电时间',
			});
		}
	}
	if (n.lifecycle === 'cancelled' && !n.cancellation) {
		ctx.addIssue({
			code: 'custom',
			path: ['cancellation'],
			message: 'a cancelled notice must say when and why / 已取消的公告须注明取消时间和原因',
		});
	}
	if (n.lifecycle !== 'cancelled' && n.cancellation) {
		ctx.addIssue({
			code: 'custom',
			path: ['cancellation'],
			message: 'only a cancelled notice has a cancellation / 仅已取消的公告可填写 cancellation',
		});
	}
});

export type Notice = z.infer<typeof noticeSchema>;

/** `content/outages/notices.json`: every notice ever published, sorted by id. */
export const noticeFileSchema = z.array(noticeSchema);
