/** The real transports: HTTP through fetch, e-mail through nodemailer (one pooled connection per SMTP server). */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Transports } from './channels/index.ts';

/** Real transports; call `close()` when done so open SMTP connections do not keep the process alive. */
export function realTransports(opts: { timeoutMs?: number } = {}): Transports & { close(): void } {
	const timeout = opts.timeoutMs ?? 15_000;
	const mailers = new Map<string, Transporter>();
	return {
		async http(req) {
			const res = await fetch(req.url, {
				method: 'POST',
				headers: req.headers,
				body: req.body,
				signal: AbortSignal.timeout(timeout),
			});
			return { status: res.status, body: await res.text() };
		},
		async mail(smtpUrl, mail) {
			let t = mailers.get(smtpUrl);
			if (!t) {
				t = nodemailer.createTransport(smtpUrl);
				mailers.set(smtpUrl, t);
			}
			await t.sendMail({
				from: mail.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				messageId: mail.messageId,
			});
		},
		close() {
			for (const t of mailers.values()) t.close();
		},
	};
}
