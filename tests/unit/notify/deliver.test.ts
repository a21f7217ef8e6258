/**
 * `runNotify` against local stand-ins for WeCom, DingTalk, Feishu, a webhook receiver and an SMTP server, through
 * the real transports (fetch, nodemailer). Time is virtual: the queue's sleeps advance a fake clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { profiles } from '../../../src/lib/notify/channels/index.ts';
import { runNotify, type NotifyContent } from '../../../src/lib/notify/run.ts';
import { readState, writeState } from '../../../src/lib/notify/state.ts';
import { realTransports } from '../../../src/lib/notify/transports.ts';
import { notifyConfigSchema, type NotifyConfigInput } from '../../../src/schemas/notify.ts';
import type { Notice } from '../../../src/schemas/notice.ts';
import { validNotice } from '../helpers.ts';
import { startRobots, startSmtp, type Received } from './local-servers.ts';

const base = validateContent(path.resolve('tests/fixtures/site'));
const NOW = new Date('2026-12-02T10:00:00+08:00');

/** A clock whose sleeps return at once and move time on. */
function fakeClock(start = NOW.getTime()) {
	let t = start;
	return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

const channels: NotifyConfigInput['channels'] = [
	{ id: 'zhongba-wecom', type: 'wecom', label: { zh: '中坝村群' }, areas: ['zhongba'], urlEnv: 'NOTIFY_T_WECOM_URL' },
	{
		id: 'shiqiao-ding',
		type: 'dingtalk',
		label: { zh: '石桥镇群' },
		areas: ['shiqiao'],
		urlEnv: 'NOTIFY_T_DING_URL',
		secretEnv: 'NOTIFY_T_DING_SECRET',
	},
	{
		id: 'chengguan-feishu',
		type: 'feishu',
		label: { zh: '城关物业群' },
		areas: ['chengguan'],
		urlEnv: 'NOTIFY_T_FEISHU_URL',
		secretEnv: 'NOTIFY_T_FEISHU_SECRET',
	},
	{
		id: 'list',
		type: 'email',
		label: { zh: '邮件列表' },
		smtpUrlEnv: 'NOTIFY_T_SMTP_URL',
		from: 'Notices <notices@power.example>',
		to: ['list@example.org'],
	},
	{
		id: 'app',
		type: 'webhook',
		label: { zh: '政务 App' },
		urlEnv: 'NOTIFY_T_HOOK_URL',
		secretEnv: 'NOTIFY_T_HOOK_SECRET',
	},
];

/** A notice published at revision 1 a day before NOW, in the future. */
function notice(id: string, areas: string[], day = 6): Notice {
	const d = String(day).padStart(2, '0');
	return validNotice({
		id,
		areas,
		start: `2026-12-${d}T08:00:00+08:00`,
		end: `2026-12-${d}T16:00:00+08:00`,
		publishedAt: '2026-12-01T09:00:00+08:00',
		updatedAt: '2026-12-01T09:00:00+08:00',
		history: [{ revision: 1, at: '2026-12-01T09:00:00+08:00', event: 'published' }],
	});
}

/** The notice moved a day later at 09:00 on the 2nd (revision 2). */
function moved(n: Notice): Notice {
	const to = {
		start: n.start.replace(/-(\d\d)T/, (_m, d) => `-${String(Number(d) + 1).padStart(2, '0')}T`),
		end: n.end.replace(/-(\d\d)T/, (_m, d) => `-${String(Number(d) + 1).padStart(2, '0')}T`),
	};
	const at = '2026-12-02T09:00:00+08:00';
	return {
		...n,
		...to,
		revision: 2,
		updatedAt: at,
		history: [...n.history, { revision: 2, at, event: 'rescheduled', from: { start: n.start, end: n.end }, to }],
	};
}

function content(notices: Notice[], config: Partial<NotifyConfigInput> = {}): NotifyContent {
	return {
		site: base.site!,
		areas: base.areas,
		notices,
		alerts: [],
		config: notifyConfigSchema.parse({ reminders: { daysAhead: [1] }, channels, ...config }),
	};
}

let robots: Awaited<ReturnType<typeof startRobots>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let clock: ReturnType<typeof fakeClock>;
let dir: string;
let statePath: string;
const io = realTransports();

beforeAll(async () => {
	robots = await startRobots(() => clock.now());
	smtp = await startSmtp(() => clock.now());
});
afterAll(async () => {
	io.close();
	await robots.close();
	await smtp.close();
});
beforeEach(() => {
	clock = fakeClock();
	dir = mkdtempSync(path.join(os.tmpdir(), 'notify-'));
	statePath = path.join(dir, 'state.json');
	robots.received.length = 0;
	robots.problems.length = 0;
	smtp.received.length = 0;
	for (const k of Object.keys(robots.behaviour)) delete robots.behaviour[k as keyof typeof robots.behaviour];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const all = (): Received[] => [...robots.received, ...smtp.received];
const run = (c: NotifyContent, env: Record<string, string> = { ...robots.env, ...smtp.env }) =>
	runNotify({ content: c, statePath, now: NOW, env, io, clock, retry: { attempts: 3, baseMs: 1000 } });
/** A state in which `seen` notices were announced at revision 1. */
const seed = (seen: Notice[]) =>
	writeState(statePath, {
		version: 1,
		since: '2026-11-01T00:00:00Z',
		notices: Object.fromEntries(seen.map((n) => [n.id, 1])),
		sent: {},
	});

describe('delivery through every channel', () => {
	const a = notice('qs-a', ['zhongba']);
	const b = notice('qs-b', ['nanmen']);
	it('each channel hears what concerns its areas, in the documented format and signature; a second run sends nothing', async () => {
		seed([a]);
		const c = content([moved(a), b]);
		const reports = await run(c);
		expect(robots.problems).toEqual([]);
		expect(reports.map((r) => [r.channel, r.delivered, r.error])).toEqual([
			['zhongba-wecom', 1, undefined],
			['shiqiao-ding', 1, undefined],
			['chengguan-feishu', 1, undefined],
			['list', 2, undefined],
			['app', 2, undefined],
		]);
		const texts = (ch: Received['channel']) =>
			all()
				.filter((r) => r.channel === ch)
				.map((r) => r.text);
		expect(texts('wecom')).toEqual([
			expect.stringMatching(/^【停电改期】中坝村停电由12月6日（周日）08:00—16:00改为12月7日（周一）08:00—16:00。/),
		]);
		expect(texts('dingtalk')).toEqual(texts('wecom'));
		expect(texts('feishu')).toEqual([
			expect.stringMatching(
				/^【停电通知】12月6日（周日）08:00—16:00 南门社区停电。.*详情：https:\/\/power\.qingshan\.example\/outages\/qs-b\/$/,
			),
		]);
		expect(smtp.received.map((m) => m.subject).sort()).toEqual([
			'【停电改期】中坝村停电由12月6日（周日）08:00—16:00改为12月7日（周一）08:00—16:00',
			'【停电通知】12月6日（周日）08:00—16:00 南门社区停电',
		]);
		expect(readState(statePath)?.notices).toEqual({ 'qs-a': 2, 'qs-b': 1 });

		const before = all().length;
		const again = await run(c);
		expect(all().length).toBe(before);
		expect(again.every((r) => r.messages === 0)).toBe(true);
	});

	it('a missing secret is a clear error naming the environment variable; the other channels still deliver', async () => {
		seed([a]);
		const env: Record<string, string> = { ...robots.env, ...smtp.env };
		delete env.NOTIFY_T_DING_SECRET;
		const reports = await run(content([moved(a)]), env);
		const ding = reports.find((r) => r.channel === 'shiqiao-ding');
		expect(ding?.error).toMatch(/environment variable NOTIFY_T_DING_SECRET is not set/);
		expect(ding?.error).toMatch(/未设置环境变量 NOTIFY_T_DING_SECRET/);
		expect(robots.received.map((r) => r.channel).sort()).toEqual(['webhook', 'wecom']);
		// Not every channel has it: the revision stays unannounced, so the next run (secret set) sends the rest.
		expect(readState(statePath)?.notices['qs-a']).toBe(1);
		await run(content([moved(a)]));
		expect(robots.received.map((r) => r.channel).sort()).toEqual(['dingtalk', 'webhook', 'wecom']);
		expect(readState(statePath)?.notices['qs-a']).toBe(2);
	});
});

describe('resuming', () => {
	it('a provider failing after 2 messages: reported, and the next run sends only what is missing', async () => {
		const ns = Array.from({ length: 6 }, (_, i) => notice(`qs-n${i}`, ['zhongba'], 10 + i));
		seed([]);
		robots.behaviour.failAfter = { wecom: 2 };
		const c = content(ns, { digestOver: 100 });
		const first = await run(c);
		const wecom = first.find((r) => r.channel === 'zhongba-wecom');
		expect(wecom).toMatchObject({ messages: 6, delivered: 2, error: expect.stringMatching(/HTTP 500/) });
		expect(first.filter((r) => r.channel !== 'zhongba-wecom').every((r) => !r.error)).toBe(true);
		robots.behaviour.failAfter = undefined;
		const second = await run(c);
		expect(second.find((r) => r.channel === 'zhongba-wecom')).toMatchObject({ messages: 4, delivered: 4 });
		const wecomTexts = robots.received.filter((r) => r.channel === 'wecom').map((r) => r.text);
		expect(wecomTexts).toHaveLength(6);
		expect(new Set(wecomTexts).size).toBe(6);
		expect(second.filter((r) => r.channel !== 'zhongba-wecom').every((r) => r.messages === 0)).toBe(true);
	});
});

describe('urgent alerts', () => {
	it('go out first and on their own, never inside a digest, to the groups of the areas concerned', async () => {
		seed([]);
		const ns = Array.from({ length: 5 }, (_, i) => notice(`qs-m${i}`, ['zhongba'], 10 + i));
		const storm = {
			id: 'storm',
			title: { zh: '暴雨预警' },
			text: { zh: '石桥镇部分线路可能停电，请远离倒伏电线' },
			areas: ['shiqiao'],
			severity: 'severe' as const,
			start: '2026-12-02T09:30:00+08:00',
			expiry: '2026-12-03T09:30:00+08:00',
		};
		await run({ ...content(ns), alerts: [storm] });
		const wecom = robots.received.filter((r) => r.channel === 'wecom').map((r) => r.text);
		expect(wecom[0]).toBe(
			'【紧急通知】暴雨预警：石桥镇部分线路可能停电，请远离倒伏电线。详情：https://power.qingshan.example/',
		);
		expect(wecom.slice(1).every((t) => t.startsWith('【停电信息汇总') && !t.includes('紧急通知'))).toBe(true);
		// Shiqiao's town group hears it too; Chengguan's group, outside Shiqiao, hears neither it nor Zhongba's notices.
		expect(robots.received.filter((r) => r.channel === 'dingtalk')[0].text).toBe(wecom[0]);
		expect(robots.received.filter((r) => r.channel === 'feishu')).toEqual([]);
	});
});

describe('many changes at once', () => {
	it(
		'1,000 new notices become digests within each provider’s size and rate limits, every notice exactly once',
		{ timeout: 120_000 },
		async () => {
			const ns = Array.from({ length: 1000 }, (_, i) =>
				notice(`qs-bulk-${String(i).padStart(4, '0')}`, ['zhongba'], 10 + (i % 15)),
			);
			seed([]);
			const reports = await run(content(ns));
			expect(robots.problems).toEqual([]);
			expect(reports.every((r) => r.error === undefined && r.delivered === r.messages)).toBe(true);
			const types = {
				wecom: 'wecom',
				dingtalk: 'dingtalk',
				feishu: 'feishu',
				webhook: 'webhook',
				email: 'email',
			} as const;
			// Feishu's group is in Chengguan: it hears none of them.
			for (const ch of ['wecom', 'dingtalk', 'webhook', 'email'] as const) {
				const got = all().filter((r) => r.channel === ch);
				const ids = got.flatMap((r) => [...r.text.matchAll(/outages\/(qs-bulk-\d{4})\//g)].map((m) => m[1]));
				expect(ids.length, ch).toBe(1000);
				expect(new Set(ids).size, ch).toBe(1000);
				expect(got.length, `${ch}: digests, not 1,000 messages`).toBeLessThan(200);
				const profile = profiles[types[ch]];
				for (const r of got) expect(Buffer.byteLength(r.text), ch).toBeLessThanOrEqual(profile.maxBytes);
				for (const { count, perMs } of profile.limits) {
					const times = got.map((r) => r.at).sort((x, y) => x - y);
					const worst = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + perMs).length));
					expect(worst, `${ch}: at most ${count} per ${perMs} ms`).toBeLessThanOrEqual(count);
				}
			}
			expect(all().filter((r) => r.channel === 'wecom').length).toBeGreaterThan(profiles.wecom.limits[0].count);
		},
	);
});
