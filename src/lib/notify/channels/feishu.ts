/**
 * 飞书/Lark 自定义机器人 (custom bot) with 签名校验. Documented at
 * https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot: sign = base64(HmacSHA256(key =
 * timestamp + "\n" + secret, message = "" (empty))), timestamp in seconds (within an hour), both sent in the body:
 * `{"timestamp":"…","sign":"…","msg_type":"text","content":{"text":"…"}}` to `https://open.feishu.cn/open-apis/bot/v2/hook/…`.
 * Limits: 100 requests per minute and 5 per second per bot; a request body at most 20 KB.
 * Answer `{"code":0,…}` (older bots `{"StatusCode":0}`); code 9499 or HTTP 429 mean too many requests.
 */
import { createHmac } from 'node:crypto';
import { httpFailure, SendError, type ChannelProfile, type HttpRequest } from './types.ts';
import { safeJson } from './wecom.ts';

export const feishuProfile: ChannelProfile = {
	maxBytes: 18_000,
	limits: [
		{ count: 5, perMs: 1000 },
		{ count: 100, perMs: 60_000 },
	],
	rateLimitedWaitMs: 60_000,
};

/** Feishu's signature for `timestampSec`: the key is `timestamp\nsecret`, the message empty. */
export function feishuSign(secret: string, timestampSec: number): string {
	return createHmac('sha256', `${timestampSec}\n${secret}`).update('').digest('base64');
}

/** The signed request that posts `text` through the bot at `webhookUrl`, signed at `nowMs`. */
export function feishuRequest(webhookUrl: string, secret: string, text: string, nowMs: number): HttpRequest {
	const timestamp = Math.floor(nowMs / 1000);
	return {
		url: webhookUrl,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			timestamp: String(timestamp),
			sign: feishuSign(secret, timestamp),
			msg_type: 'text',
			content: { text },
		}),
	};
}

/** Reads the bot's answer: `undefined` when delivered. */
export function feishuResult(status: number, body: string): SendError | undefined {
	const http = httpFailure(status, body);
	if (http) return http;
	const json = safeJson(body);
	const code = json?.code ?? json?.StatusCode;
	if (code === 0) return undefined;
	if (code === 9499)
		return new SendError('Feishu: too many requests (code 9499)', true, feishuProfile.rateLimitedWaitMs);
	return new SendError(`Feishu: code ${String(code)} ${body.slice(0, 200)}`, false);
}
