/**
 * 钉钉自定义机器人 (DingTalk custom robot) with 加签 signing. Documented at
 * https://open.dingtalk.com/document/orgapp/customize-robot-security-settings and …/custom-robots-send-group-messages:
 * sign = urlEncode(base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret))), timestamp in
 * milliseconds (within an hour of DingTalk's clock), both appended to the webhook address
 * `https://oapi.dingtalk.com/robot/send?access_token=…&timestamp=…&sign=…`. Body `{"msgtype":"text","text":{"content":"…"}}`.
 * "每个机器人每分钟最多发送20条消息到群里，如果超过20条，会限流10分钟". Answer `{"errcode":0}`; 130101 = sent too fast.
 * The text limit is not stated for text messages; 4000 bytes keeps well clear of the 20,000-character markdown limit.
 */
import { createHmac } from 'node:crypto';
import { httpFailure, SendError, type ChannelProfile, type HttpRequest } from './types.ts';
import { safeJson } from './wecom.ts';

export const dingtalkProfile: ChannelProfile = {
	maxBytes: 4000,
	limits: [{ count: 20, perMs: 60_000 }],
	rateLimitedWaitMs: 10 * 60_000,
};

/** DingTalk's signature for `timestampMs`, already URL-encoded as the address needs it. */
export function dingtalkSign(secret: string, timestampMs: number): string {
	const mac = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
	return encodeURIComponent(mac);
}

/** The signed request that posts `text` through the robot at `webhookUrl`, signed at `nowMs`. */
export function dingtalkRequest(webhookUrl: string, secret: string, text: string, nowMs: number): HttpRequest {
	const sep = webhookUrl.includes('?') ? '&' : '?';
	return {
		url: `${webhookUrl}${sep}timestamp=${nowMs}&sign=${dingtalkSign(secret, nowMs)}`,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
	};
}

/** Reads the robot's answer: `undefined` when delivered. */
export function dingtalkResult(status: number, body: string): SendError | undefined {
	const http = httpFailure(status, body);
	if (http) return http;
	const code = safeJson(body)?.errcode;
	if (code === 0) return undefined;
	if (code === 130101)
		return new SendError('DingTalk: sent too fast (errcode 130101)', true, dingtalkProfile.rateLimitedWaitMs);
	return new SendError(`DingTalk: errcode ${String(code)} ${body.slice(0, 200)}`, false);
}
