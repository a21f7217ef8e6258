/**
 * 企业微信群机器人 (WeCom group robot). Documented at https://developer.work.weixin.qq.com/document/path/91770 ("群机器人配置说明"):
 * POST JSON to the webhook address `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`;
 * `{"msgtype":"text","text":{"content":"…"}}`, content at most 2048 bytes (UTF-8); msgtype markdown also exists
 * (4096 bytes) but text is what people forward. "每个机器人发送的消息不能超过20条/分钟". Answer `{"errcode":0,"errmsg":"ok"}`;
 * errcode 45009 means the frequency limit was hit.
 */
import { httpFailure, SendError, type ChannelProfile, type HttpRequest } from './types.ts';

export const wecomProfile: ChannelProfile = {
	maxBytes: 2048,
	limits: [{ count: 20, perMs: 60_000 }],
	rateLimitedWaitMs: 60_000,
};

/** The request that posts `text` through the robot at `webhookUrl`. */
export function wecomRequest(webhookUrl: string, text: string): HttpRequest {
	return {
		url: webhookUrl,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ msgtype: 'text', text: { content: text } }),
	};
}

/** Reads the robot's answer: `undefined` when delivered. */
export function wecomResult(status: number, body: string): SendError | undefined {
	const http = httpFailure(status, body);
	if (http) return http;
	const code = safeJson(body)?.errcode;
	if (code === 0) return undefined;
	if (code === 45009)
		return new SendError(`WeCom: too many messages (errcode 45009)`, true, wecomProfile.rateLimitedWaitMs);
	return new SendError(`WeCom: errcode ${String(code)} ${body.slice(0, 200)}`, code === -1);
}

export function safeJson(body: string): Record<string, unknown> | undefined {
	try {
		const v = JSON.parse(body) as unknown;
		return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}
