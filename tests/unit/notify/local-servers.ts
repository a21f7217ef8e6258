/**
 * Local stand-ins for the providers: one HTTP server playing WeCom, DingTalk, Feishu and a webhook receiver, each
 * checking requests against the provider's documented format and signature and answering as the provider does;
 * and a real SMTP server (smtp-server) whose mails are parsed with mailparser.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const secrets = {
	wecomKey: 'wecom-key-1',
	dingToken: 'ding-token-1',
	dingSecret: 'SECding-secret-1',
	feishuHook: 'feishu-hook-1',
	feishuSecret: 'feishu-secret-1',
	hookSecret: 'hook-secret-1',
	smtpUser: 'notices',
	smtpPass: 'smtp-pass-1',
};

export interface Received {
	channel: 'wecom' | 'dingtalk' | 'feishu' | 'webhook' | 'email';
	text: string;
	/** Virtual (or real) time of receipt, from the clock the test gives. */
	at: number;
	/** For the webhook: its message id header; for e-mail: the Message-ID. */
	id?: string;
	subject?: string;
}

/** What the provider stand-ins do with the next request. */
export interface Behaviour {
	/** Answer this channel with a failure (HTTP 500) once it has accepted this many messages. */
	failAfter?: Partial<Record<Received['channel'], number>>;
	/** Hold (never answer) the request with this number (1-based, all channels), and call `onHold`. */
	holdRequest?: number;
	onHold?: () => void;
}

const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of req) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Starts the HTTP stand-in; `received` lists accepted messages only, `problems` every request that broke the rules. */
export async function startRobots(clock: () => number) {
	const received: Received[] = [];
	const problems: string[] = [];
	const behaviour: Behaviour = {};
	let requests = 0;
	const server: Server = createServer(async (req, res) => {
		requests++;
		const body = await readBody(req);
		const url = new URL(req.url ?? '/', 'http://localhost');
		const json = (status: number, data: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(data));
		};
		if (behaviour.holdRequest === requests) {
			behaviour.onHold?.();
			return; // never answered
		}
		const channel = url.pathname.split('/')[1] as Received['channel'];
		const accepted = received.filter((r) => r.channel === channel).length;
		if (behaviour.failAfter?.[channel] !== undefined && accepted >= (behaviour.failAfter[channel] as number))
			return json(500, { error: 'down' });
		let payload: Record<string, unknown>;
		try {
			payload = JSON.parse(body) as Record<string, unknown>;
		} catch {
			problems.push(`${channel}: body is not JSON`);
			return json(400, {});
		}
		const bad = (why: string, answer: unknown) => {
			problems.push(`${channel}: ${why}`);
			json(200, answer);
		};
		if (req.headers['content-type'] !== 'application/json')
			problems.push(`${channel}: content-type ${req.headers['content-type']}`);
		if (channel === 'wecom') {
			// https://developer.work.weixin.qq.com/document/path/91770
			if (url.searchParams.get('key') !== secrets.wecomKey)
				return bad('wrong key', { errcode: 93000, errmsg: 'invalid webhook url' });
			const content = (payload.text as { content?: unknown } | undefined)?.content;
			if (payload.msgtype !== 'text' || typeof content !== 'string')
				return bad('not a text message', { errcode: 40008 });
			if (byteLength(content) > 2048) return bad(`content ${byteLength(content)} bytes > 2048`, { errcode: 40058 });
			received.push({ channel, text: content, at: clock() });
			return json(200, { errcode: 0, errmsg: 'ok' });
		}
		if (channel === 'dingtalk') {
			// sign = urlEncode(base64(HmacSHA256(secret, timestamp + "\n" + secret))), timestamp in ms within an hour.
			const ts = url.searchParams.get('timestamp') ?? '';
			const rawSign = /[?&]sign=([^&]*)/.exec(req.url ?? '')?.[1] ?? '';
			const expected = encodeURIComponent(
				createHmac('sha256', secrets.dingSecret).update(`${ts}\n${secrets.dingSecret}`).digest('base64'),
			);
			if (url.searchParams.get('access_token') !== secrets.dingToken) return bad('wrong token', { errcode: 300001 });
			if (!/^\d{13}$/.test(ts) || Math.abs(Number(ts) - clock()) > 3_600_000)
				return bad(`timestamp ${ts} not ms within an hour`, { errcode: 310000 });
			if (rawSign !== expected)
				return bad(`sign ${rawSign} != ${expected}`, { errcode: 310000, errmsg: 'sign not match' });
			const content = (payload.text as { content?: unknown } | undefined)?.content;
			if (payload.msgtype !== 'text' || typeof content !== 'string')
				return bad('not a text message', { errcode: 40035 });
			received.push({ channel, text: content, at: clock() });
			return json(200, { errcode: 0, errmsg: 'ok' });
		}
		if (channel === 'feishu') {
			// sign = base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")), timestamp in seconds, in the body.
			if (url.pathname !== `/feishu/${secrets.feishuHook}`) return bad('wrong hook', { code: 19001 });
			const ts = String(payload.timestamp);
			const expected = createHmac('sha256', `${ts}\n${secrets.feishuSecret}`).update('').digest('base64');
			if (!/^\d{10}$/.test(ts) || Math.abs(Number(ts) * 1000 - clock()) > 3_600_000)
				return bad(`timestamp ${ts} not seconds within an hour`, { code: 19021 });
			if (payload.sign !== expected)
				return bad('sign mismatch', {
					code: 19021,
					msg: 'sign match fail or timestamp is not within one hour from current time',
				});
			const text = (payload.content as { text?: unknown } | undefined)?.text;
			if (payload.msg_type !== 'text' || typeof text !== 'string') return bad('not a text message', { code: 9499 });
			if (byteLength(body) > 20 * 1024) return bad('body over 20 KB', { code: 9499 });
			received.push({ channel, text, at: clock() });
			return json(200, { code: 0, msg: 'success', data: {} });
		}
		if (channel === 'webhook') {
			const ts = String(req.headers['x-notify-timestamp']);
			const expected = `sha256=${createHmac('sha256', secrets.hookSecret).update(`${ts}.${body}`).digest('hex')}`;
			if (req.headers['x-notify-signature'] !== expected) {
				problems.push('webhook: signature mismatch');
				return json(401, {});
			}
			if (payload.id !== req.headers['x-notify-id']) problems.push('webhook: id header differs from body');
			received.push({ channel, text: String(payload.text), at: clock(), id: String(payload.id) });
			return json(204, {});
		}
		problems.push(`unknown path ${url.pathname}`);
		json(404, {});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		received,
		problems,
		behaviour,
		/** The environment a channel set needs: the secrets as CI would provide them. */
		env: {
			NOTIFY_T_WECOM_URL: `${base}/wecom/cgi-bin/webhook/send?key=${secrets.wecomKey}`,
			NOTIFY_T_DING_URL: `${base}/dingtalk/robot/send?access_token=${secrets.dingToken}`,
			NOTIFY_T_DING_SECRET: secrets.dingSecret,
			NOTIFY_T_FEISHU_URL: `${base}/feishu/${secrets.feishuHook}`,
			NOTIFY_T_FEISHU_SECRET: secrets.feishuSecret,
			NOTIFY_T_HOOK_URL: `${base}/webhook/in`,
			NOTIFY_T_HOOK_SECRET: secrets.hookSecret,
		},
		close: () => new Promise<void>((r) => server.close(() => r())),
	};
}

/** Starts a real SMTP server on a free port that accepts mail with the test's credentials. */
export async function startSmtp(clock: () => number) {
	const received: Received[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		logger: false,
		onAuth(auth, _session, cb) {
			if (auth.username === secrets.smtpUser && auth.password === secrets.smtpPass) cb(null, { user: auth.username });
			else cb(new Error('Invalid username or password'));
		},
		onData(stream, _session, cb) {
			simpleParser(stream)
				.then((mail) => {
					received.push({
						channel: 'email',
						text: (mail.text ?? '').trimEnd(),
						subject: mail.subject,
						id: mail.messageId,
						at: clock(),
					});
					cb();
				})
				.catch(cb);
		},
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const port = (server.server.address() as AddressInfo).port;
	return {
		received,
		env: { NOTIFY_T_SMTP_URL: `smtp://${secrets.smtpUser}:${secrets.smtpPass}@127.0.0.1:${port}` },
		close: () => new Promise<void>((r) => server.close(() => r())),
	};
}
