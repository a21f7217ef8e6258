/**
 * Sends one channel's messages in order within the provider's rate limits, retrying failures with exponential
 * back-off. The clock and the sleep are passed in: tests run a thousand messages through in virtual time.
 */
import { SendError, type RateLimit } from './channels/types.ts';

export interface QueueClock {
	/** Milliseconds since the epoch. */
	now(): number;
	sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const realClock: QueueClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/** Keeps the times of recent sends and says how long to wait before the next one keeps every limit. */
export class RateLimiter {
	private readonly sent: number[] = [];
	private readonly limits: readonly RateLimit[];
	constructor(limits: readonly RateLimit[]) {
		this.limits = limits;
	}

	/** Milliseconds to wait at `now` before a send keeps every limit (0: send now). */
	waitMs(now: number): number {
		let wait = 0;
		for (const { count, perMs } of this.limits) {
			const recent = this.sent.filter((t) => t > now - perMs);
			// The oldest send in the window that must leave it before one more fits.
			if (recent.length >= count) wait = Math.max(wait, recent[recent.length - count] + perMs - now);
		}
		return wait;
	}

	/** Records a send at `now`. */
	record(now: number): void {
		this.sent.push(now);
		const longest = Math.max(...this.limits.map((l) => l.perMs));
		while (this.sent.length > 0 && this.sent[0] <= now - longest) this.sent.shift();
	}
}

export interface RetryPolicy {
	/** Attempts per message, the first included. Default 5. */
	attempts: number;
	/** The first back-off; it doubles with each retry. Default 2 s. */
	baseMs: number;
}
export const defaultRetry: RetryPolicy = { attempts: 5, baseMs: 2000 };

export interface QueueResult {
	/** How many messages were delivered. */
	delivered: number;
	/** Why the queue stopped early, when it did: later messages are left for the next run. */
	error?: Error;
}

/**
 * Delivers `messages` one after another through `send`, waiting as `limiter` says, and calls `onDelivered` after
 * each delivery (the caller records it at once). A message that still fails after its retries (or fails in a way
 * retrying cannot mend, e.g. a wrong key) stops the queue: later messages wait for the next run, in order.
 */
export async function runQueue<M>(
	messages: readonly M[],
	send: (m: M, nowMs: number) => Promise<void>,
	onDelivered: (m: M, nowMs: number) => void,
	opts: {
		limiter: RateLimiter;
		clock: QueueClock;
		retry?: RetryPolicy;
		onRetry?: (m: M, error: Error, waitMs: number) => void;
	},
): Promise<QueueResult> {
	const { limiter, clock } = opts;
	const retry = opts.retry ?? defaultRetry;
	let delivered = 0;
	for (const m of messages) {
		for (let attempt = 1; ; attempt++) {
			const wait = limiter.waitMs(clock.now());
			if (wait > 0) await clock.sleep(wait);
			const at = clock.now();
			limiter.record(at);
			try {
				await send(m, at);
				onDelivered(m, clock.now());
				delivered++;
				break;
			} catch (e) {
				const error = e instanceof Error ? e : new Error(String(e));
				const retryable = e instanceof SendError ? e.retryable : true; // network errors: try again
				if (!retryable || attempt >= retry.attempts) return { delivered, error };
				const backoff = Math.max(retry.baseMs * 2 ** (attempt - 1), e instanceof SendError ? (e.waitMs ?? 0) : 0);
				opts.onRetry?.(m, error, backoff);
				await clock.sleep(backoff);
			}
		}
	}
	return { delivered };
}
