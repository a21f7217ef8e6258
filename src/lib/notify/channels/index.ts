/** Every channel type: its limits, the secrets it needs, and how it delivers a message. */
import { createHash } from 'node:crypto';
import type { Channel, ChannelType } from '../../../schemas/notify.ts';
import { dingtalkProfile, dingtalkRequest, dingtalkResult } from './dingtalk.ts';
import { feishuProfile, feishuRequest, feishuResult } from './feishu.ts';
import { SendError, type ChannelProfile, type HttpRequest, type OutMessage } from './types.ts';
import { webhookProfile, webhookRequest, webhookResult } from './webhook.ts';
import { wecomProfile, wecomRequest, wecomResult } from './wecom.ts';

/** E-mail: no provider limit applies here; 30 a minute keeps within what most mail servers accept from one sender. */
export const emailProfile: ChannelProfile = {
	maxBytes: 100_000,
	limits: [{ count: 30, perMs: 60_000 }],
	rateLimitedWaitMs: 60_000,
};

export const profiles: Record<ChannelType, ChannelProfile> = {
	wecom: wecomProfile,
	dingtalk: dingtalkProfile,
	feishu: feishuProfile,
	email: emailProfile,
	webhook: webhookProfile,
};

/** A secret named in notify.json is missing from the environment. */
export class MissingSecretError extends Error {
	readonly channel: string;
	readonly variable: string;
	constructor(channel: string, variable: string, what: { en: string; zh: string }) {
		super(
			`channel "${channel}": environment variable ${variable} is not set (${what.en}) / 渠道 "${channel}"：未设置环境变量 ${variable}（${what.zh}）`,
		);
		this.name = 'MissingSecretError';
		this.channel = channel;
		this.variable = variable;
	}
}

/** The secrets a channel needs, read from `env`; throws a MissingSecretError naming the first one missing. */
export function channelSecrets(ch: Channel, env: Record<string, string | undefined>): { url: string; secret?: string } {
	const need = (name: string, what: { en: string; zh: string }) => {
		const v = env[name]?.trim();
		if (!v) throw new MissingSecretError(ch.id, name, what);
		return v;
	};
	const address = { en: 'the webhook address', zh: '机器人 Webhook 地址' };
	const signing = { en: 'the signing secret', zh: '签名密钥' };
	switch (ch.type) {
		case 'wecom':
			return { url: need(ch.urlEnv, address) };
		case 'email':
			return {
				url: need(ch.smtpUrlEnv, { en: 'the SMTP server URL with its credentials', zh: 'SMTP 服务器地址及账号密码' }),
			};
		default:
			return { url: need(ch.urlEnv, address), secret: need(ch.secretEnv, signing) };
	}
}

/** A short, stable id of a message from the event keys it carries: receivers can drop a repeat by it. */
export function messageId(channelId: string, keys: readonly string[]): string {
	return `${channelId}-${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 20)}`;
}

/** How the run talks to the outside world: injected, so tests use local servers and dry runs nothing. */
export interface Transports {
	http(req: HttpRequest): Promise<{ status: number; body: string }>;
	mail(
		smtpUrl: string,
		mail: { from: string; to: string[]; subject: string; text: string; messageId: string },
	): Promise<void>;
}

/** Delivers `message` through `ch` at `nowMs`; throws a SendError when it was not delivered. */
export async function deliver(
	ch: Channel,
	secrets: { url: string; secret?: string },
	message: OutMessage,
	nowMs: number,
	io: Transports,
): Promise<void> {
	const id = messageId(ch.id, message.keys);
	if (ch.type === 'email') {
		try {
			await io.mail(secrets.url, {
				from: ch.from,
				to: ch.to,
				subject: message.title,
				text: message.text,
				messageId: `<${id}@notify.invalid>`,
			});
		} catch (e) {
			// SMTP 4xx answers are temporary by definition (RFC 5321 §4.2.1); 5xx are not.
			const code = (e as { responseCode?: number }).responseCode;
			throw new SendError(`SMTP: ${(e as Error).message}`, code === undefined || (code >= 400 && code < 500));
		}
		return;
	}
	const req =
		ch.type === 'wecom'
			? wecomRequest(secrets.url, message.text)
			: ch.type === 'dingtalk'
				? dingtalkRequest(secrets.url, secrets.secret as string, message.text, nowMs)
				: ch.type === 'feishu'
					? feishuRequest(secrets.url, secrets.secret as string, message.text, nowMs)
					: webhookRequest(secrets.url, secrets.secret as string, message, id, nowMs);
	let res: { status: number; body: string };
	try {
		res = await io.http(req);
	} catch (e) {
		throw new SendError(`${ch.type}: ${(e as Error).message}`, true);
	}
	const read = { wecom: wecomResult, dingtalk: dingtalkResult, feishu: feishuResult, webhook: webhookResult }[ch.type];
	const failure = read(res.status, res.body);
	if (failure) throw failure;
}
