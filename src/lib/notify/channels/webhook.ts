/**
 * The generic webhook for other systems (e.g. a county government app): a JSON POST signed like GitHub's and
 * Stripe's webhooks. Headers: `X-Notify-Timestamp` (Unix seconds), `X-Notify-Id` (the message id: a receiver drops a
 * repeat), `X-Notify-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret>`. Signing the
 * timestamp with the body lets the receiver refuse replays of old requests. Any 2xx answer means delivered.
 * No provider limit applies; 60 a minute keeps a small receiver comfortable.
 */
import { createHmac } from 'node:crypto';
import { httpFailure, SendError, type ChannelProfile, type HttpRequest, type OutMessage } from './types.ts';

export const webhookProfile: ChannelProfile = {
	maxBytes: 60_000,
	limits: [{ count: 60, perMs: 60_000 }],
	rateLimitedWaitMs: 60_000,
};

/** The signature header's value for `body` sent at `timestampSec`. */
export function webhookSignature(secret: string, timestampSec: number, body: string): string {
	return `sha256=${createHmac('sha256', secret).update(`${timestampSec}.${body}`, 'utf8').digest('hex')}`;
}

/** The signed request carrying `message` (its text and what it is about). */
export function webhookRequest(
	url: string,
	secret: string,
	message: OutMessage,
	id: string,
	nowMs: number,
): HttpRequest {
	const timestamp = Math.floor(nowMs / 1000);
	const body = JSON.stringify({ id, text: message.text, items: message.items });
	return {
		url,
		headers: {
			'content-type': 'application/json',
			'x-notify-timestamp': String(timestamp),
			'x-notify-id': id,
			'x-notify-signature': webhookSignature(secret, timestamp, body),
		},
		body,
	};
}

/** Any 2xx is a delivery. */
export function webhookResult(status: number, body: string): SendError | undefined {
	return httpFailure(status, body);
}
