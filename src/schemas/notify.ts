import { z } from 'astro/zod';
import { localizedTextSchema, slugSchema } from './common.ts';

/** What a channel can be told about. */
export const notifyEventSchema = z.enum([
	/** A new notice (announced at once, whatever its lead time). */
	'new',
	/** A notice's window moved: the message says from → to. */
	'rescheduled',
	/** The outage will not take place: the message says so in its first words. */
	'cancelled',
	/** Power came back (实际送电), earlier or later than planned. */
	'restored',
	/** A reminder some days before the outage (see `reminders.daysAhead`). */
	'reminder',
	/** An urgent alert (content/alerts/*.json). */
	'alert',
]);
export type NotifyEvent = z.infer<typeof notifyEventSchema>;

/** The name of an environment variable (or CI secret) holding a secret; the secret itself is never in the repository. */
const envNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, {
	message: 'must be an environment variable name such as NOTIFY_WECOM_URL / 须为环境变量名，如 NOTIFY_WECOM_URL',
});

const channelBase = {
	/** Stable id of this channel, used in message ids recorded in the state file: never reuse one for another group. */
	id: slugSchema,
	/** Who this channel reaches, for staff reading the file, e.g. 中坝村村委会群. No personal names or phone numbers. */
	label: localizedTextSchema,
	/**
	 * Ids into content/areas.json this channel hears about; an area includes the areas below it (a town hears its
	 * villages). Empty (the default) means the whole service area.
	 */
	areas: z.array(slugSchema).default([]),
	/** Which events this channel hears. Default: all of them. */
	events: z
		.array(notifyEventSchema)
		.min(1)
		.default(['new', 'rescheduled', 'cancelled', 'restored', 'reminder', 'alert']),
	/** The language of its messages. Default `zh-cn`. */
	locale: z.enum(['zh-cn', 'en']).default('zh-cn'),
	/** Whether the channel is in use; a disabled channel is skipped and needs no secrets. Default true. */
	enabled: z.boolean().default(true),
};

/** 企业微信群机器人: the webhook address (…/cgi-bin/webhook/send?key=…) is the secret. */
const wecomSchema = z.object({ ...channelBase, type: z.literal('wecom'), urlEnv: envNameSchema }).strict();
/** 钉钉自定义机器人 with 加签: the webhook address (…/robot/send?access_token=…) and the SEC… signing secret. */
const dingtalkSchema = z
	.object({ ...channelBase, type: z.literal('dingtalk'), urlEnv: envNameSchema, secretEnv: envNameSchema })
	.strict();
/** 飞书/Lark 自定义机器人 with 签名校验: the webhook address (…/bot/v2/hook/…) and the signing secret. */
const feishuSchema = z
	.object({ ...channelBase, type: z.literal('feishu'), urlEnv: envNameSchema, secretEnv: envNameSchema })
	.strict();
/** E-mail to mailing lists through SMTP. */
const emailSchema = z
	.object({
		...channelBase,
		type: z.literal('email'),
		/** The SMTP server as a URL with its credentials, e.g. smtps://user:password@smtp.example.org:465. */
		smtpUrlEnv: envNameSchema,
		/** The sender, e.g. 青山县供电局 <notices@power.qingshan.example>. */
		from: z.string().min(3),
		/** Mailing lists' addresses (a list, not a resident: no personal data in the repository). */
		to: z.array(z.email()).min(1),
	})
	.strict();
/** A generic JSON webhook, HMAC-SHA256-signed, for other systems (e.g. a county government app). */
const webhookSchema = z
	.object({ ...channelBase, type: z.literal('webhook'), urlEnv: envNameSchema, secretEnv: envNameSchema })
	.strict();

/** One place messages go. */
export const channelSchema = z.discriminatedUnion('type', [
	wecomSchema,
	dingtalkSchema,
	feishuSchema,
	emailSchema,
	webhookSchema,
]);
export type Channel = z.output<typeof channelSchema>;
export type ChannelType = Channel['type'];

/**
 * `content/notify.json`: who hears about which outages, through which channel, and when reminders go out.
 * Secrets are named here by their environment variables only.
 */
export const notifyConfigSchema = z
	.object({
		reminders: z
			.object({
				/** Reminders this many calendar days before the outage's day (in the site's time zone). Default 7 and 1. */
				daysAhead: z.array(z.number().int().min(1).max(60)).default([7, 1]),
				/** The local hour (0–23, site time zone) from which a day's reminders go out. Default 8. */
				hour: z.number().int().min(0).max(23).default(8),
			})
			.strict()
			.default({ daysAhead: [7, 1], hour: 8 }),
		/** More than this many messages for one channel in one run are sent as digests. Default 3. */
		digestOver: z.number().int().min(1).default(3),
		/** Events older than this many hours are not announced any more (e.g. after a long pause). Default 48. */
		maxAgeHours: z.number().int().min(1).default(48),
		channels: z.array(channelSchema).default([]),
	})
	.strict()
	.superRefine((c, ctx) => {
		const seen = new Set<string>();
		c.channels.forEach((ch, i) => {
			if (seen.has(ch.id))
				ctx.addIssue({
					code: 'custom',
					path: ['channels', i, 'id'],
					message: `duplicate channel id "${ch.id}" / 渠道编号 "${ch.id}" 重复`,
				});
			seen.add(ch.id);
		});
	});
export type NotifyConfig = z.output<typeof notifyConfigSchema>;
export type NotifyConfigInput = z.input<typeof notifyConfigSchema>;
