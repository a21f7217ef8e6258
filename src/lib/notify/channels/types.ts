/** What every channel module provides: its limits and how to turn a text into a request and read the answer. */

/** How fast a provider lets one robot or address be sent to: at most `count` messages in any `perMs`. */
export interface RateLimit {
	count: number;
	perMs: number;
}

/** A provider's limits, as documented (see each channel module for the source). */
export interface ChannelProfile {
	/** Most UTF-8 bytes of text one message may carry. */
	maxBytes: number;
	/** Every limit must hold at once (e.g. Feishu: 5 per second and 100 per minute). */
	limits: RateLimit[];
	/** How long to wait when the provider says "too fast", before trying again. */
	rateLimitedWaitMs: number;
}

/** An HTTP request to send: always a JSON POST. */
export interface HttpRequest {
	url: string;
	headers: Record<string, string>;
	body: string;
}

/** A failed delivery. `retryable`: worth trying again after a back-off (`waitMs` when the provider said how long). */
export class SendError extends Error {
	readonly retryable: boolean;
	readonly waitMs?: number;
	constructor(message: string, retryable: boolean, waitMs?: number) {
		super(message);
		this.name = 'SendError';
		this.retryable = retryable;
		this.waitMs = waitMs;
	}
}

/** One message out of a channel: its text and the event keys it carries (one, or many for a digest). */
export interface OutMessage {
	text: string;
	/** The first line of the text, for an e-mail subject. */
	title: string;
	keys: string[];
	/** What the message is about, for machine receivers (the generic webhook). */
	items: Array<{ key: string; event: string; noticeId?: string; alertId?: string; link?: string }>;
}

/** Reads a robot's JSON answer: errors carry the provider's code. HTTP 429 and 5xx are worth retrying. */
export function httpFailure(status: number, body: string): SendError | undefined {
	if (status === 429) return new SendError(`HTTP 429: ${body.slice(0, 200)}`, true);
	if (status >= 500) return new SendError(`HTTP ${status}: ${body.slice(0, 200)}`, true);
	if (status >= 300) return new SendError(`HTTP ${status}: ${body.slice(0, 200)}`, false);
	return undefined;
}
