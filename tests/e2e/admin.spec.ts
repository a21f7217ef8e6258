import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { validateContent } from '../../src/lib/content/validate.ts';
import { runInbox } from '../../src/lib/import/inbox.ts';
import { alertSchema } from '../../src/schemas/alert.ts';
import { fixture } from '../fixture-site.ts';

/**
 * The content editor (Decap CMS at /admin/) driven for real against its local backend (`npm run admin`, decap-server's
 * file-system proxy), writing into a throw-away copy of the fixture site (tests/fixtures/site), never content/.
 * SCREENSHOTS=1 also saves the staff guide's pictures (docs/staff-guide.md) into docs/admin/.
 */
const port = fixture.port + 1;
const origin = `http://127.0.0.1:${port}`;
const shots = process.env.SCREENSHOTS ? path.resolve('docs/admin') : undefined;

let repo: string;
let server: ChildProcess;
const content = () => path.join(repo, 'content');
const files = (rel: string) => readdirSync(path.join(content(), rel)).sort();

base.beforeAll(async () => {
	repo = mkdtempSync(path.join(os.tmpdir(), 'qs-admin-'));
	cpSync(path.resolve('tests/fixtures/site'), content(), { recursive: true });
	const node = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;
	server = spawn(node, ['scripts/admin.ts', '--repo', repo], {
		env: { ...process.env, PORT: String(port), OUT_DIR: fixture.outDir },
		stdio: 'pipe',
	});
	// Ready when it says where it listens (it prints the URL once listening).
	await new Promise<void>((resolve, reject) => {
		let out = '';
		server.stdout?.on('data', (d) => {
			out += String(d);
			if (out.includes('/admin/')) resolve();
		});
		server.once('exit', (code) => reject(new Error(`npm run admin exited (${code}): ${out}`)));
	});
});
base.afterAll(() => {
	server?.kill();
	if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Every test fails on a console error, a page error, a failed request or any request to another origin. */
const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('request', (r) => {
				const u = new URL(r.url());
				if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin)
					problems.push(`third-party request: ${r.url()}`);
			});
			page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
			await use(problems);
			expect(problems).toEqual([]);
		},
		{ auto: true },
	],
});
test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 860 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** Opens the editor and logs in to the local backend (no password: it is the local trial). */
async function openEditor(page: Page, hash: string) {
	await page.goto(`${origin}/admin/`);
	await page.getByRole('button', { name: '登录' }).click();
	await page.goto(`${origin}/admin/#${hash}`);
}

async function publish(page: Page) {
	await page.getByRole('button', { name: '发布' }).click();
	await page.getByRole('menuitem', { name: '立即发布' }).click();
}

test('an urgent alert made through the form is a valid file in content/alerts/, areas picked by name', async ({
	page,
}) => {
	const before = files('alerts');
	await openEditor(page, '/collections/alerts/new');
	await page.getByLabel('中文').nth(0).fill('暴雨预警：石桥村部分线路可能停电');
	await page.getByLabel('中文').nth(1).fill('今晚有暴雨，石桥村山区线路可能临时停电。请远离断落的电线。');
	await page.getByLabel('涉及地区').fill('石桥村');
	await page.getByRole('option', { name: /^石桥村/ }).click();
	await page.getByLabel('紧急程度').click();
	await page.getByRole('option', { name: '紧急（severe）' }).click();
	await page.getByLabel('开始显示时间').fill('2026-12-02T06:00');
	await page.getByLabel('结束显示时间').fill('2026-12-02T20:00');
	// The preview is the site's banner, in the site's stylesheet.
	const preview = page.frameLocator('iframe').first().locator('section.alert.alert--severe');
	await expect(preview.locator('.alert__severity')).toHaveText('紧急');
	await expect(preview.locator('.alert__meta')).toHaveText('涉及地区：石桥村');
	if (shots) await page.screenshot({ path: path.join(shots, 'alert-form.png') });
	await publish(page);
	await expect(page).toHaveURL(/\/collections\/alerts\/entries\/\d{8}-\d{4}$/);

	const added = files('alerts').filter((f) => !before.includes(f));
	expect(added).toHaveLength(1);
	const data = JSON.parse(readFileSync(path.join(content(), 'alerts', added[0]), 'utf8'));
	expect(alertSchema.parse(data)).toEqual({
		title: { zh: '暴雨预警：石桥村部分线路可能停电' },
		text: { zh: '今晚有暴雨，石桥村山区线路可能临时停电。请远离断落的电线。' },
		areas: ['shiqiao-cun'],
		severity: 'severe',
		start: '2026-12-02T06:00:00+08:00',
		expiry: '2026-12-02T20:00:00+08:00',
	});
	// What `npm run check` runs: the whole content set, the new alert's area ids included.
	expect(validateContent(content()).problems.filter((p) => p.severity === 'error')).toEqual([]);
});

test('a form with a required field missing is refused and nothing is written', async ({ page, problems }) => {
	const before = files('alerts');
	await openEditor(page, '/collections/alerts/new');
	await page.getByLabel('中文').nth(1).fill('没有标题的通知');
	await page.getByLabel('开始显示时间').fill('2026-12-02T06:00');
	await page.getByLabel('结束显示时间').fill('2026-12-02T20:00');
	await publish(page);
	await expect(page.getByText('“中文”是必填项').first()).toBeVisible();
	await expect(page).toHaveURL(/\/collections\/alerts\/new$/);
	expect(files('alerts')).toEqual(before);
	// Decap rejects its own save promise (with no reason) when validation refuses the entry: that one is expected.
	const refusal = problems.indexOf('page error: undefined');
	expect(refusal).toBeGreaterThanOrEqual(0);
	problems.splice(refusal, 1);
});

test('an alert that ends before it starts is refused at its field; a new form is clean; published, it says when it goes live; the list reads dates as people do', async ({
	page,
	problems,
}) => {
	const before = files('alerts');
	await openEditor(page, '/collections/alerts/new');
	await page.getByLabel('中文').nth(0).fill('');
	// Untouched, a new form has nothing to save (a default filled in as it opens used to say otherwise).
	await expect(page.getByLabel('结束显示时间')).toBeVisible();
	await expect(page.getByText('含未保存的修改'), 'a new, untouched form').toHaveCount(0);

	await page.getByLabel('中文').nth(0).fill('大风预警：关牟镇部分线路可能停电');
	await page.getByLabel('中文').nth(1).fill('今天傍晚有大风，请远离断落的电线。');
	await page.getByLabel('开始显示时间').fill('2026-12-02T06:00');
	await page.getByLabel('结束显示时间').fill('2026-12-01T20:00');
	await publish(page);
	// What `npm run check` would refuse (and with it every later publish) is refused here, at the field, in words.
	await expect(page.getByText('结束时间须晚于开始时间 2026-12-02T06:00:00+08:00').first()).toBeVisible();
	await expect(page).toHaveURL(/\/collections\/alerts\/new$/);
	expect(files('alerts'), 'nothing written').toEqual(before);
	const refusal = problems.indexOf('page error: undefined');
	expect(refusal).toBeGreaterThanOrEqual(0);
	problems.splice(refusal, 1);

	await page.getByLabel('结束显示时间').fill('2026-12-02T20:00');
	await publish(page);
	// The file name is the creation time; an earlier test may have taken this minute's (Decap then adds "-1").
	await expect(page).toHaveURL(/\/collections\/alerts\/entries\/\d{8}-\d{4}(-\d+)?$/);
	// Not "已发布" as though residents saw it already: submitted, live within minutes once the check passes.
	await expect(page.getByText('已提交，几分钟后上线').first()).toBeVisible();
	const added = files('alerts').filter((f) => !before.includes(f));
	expect(added).toHaveLength(1);
	expect(validateContent(content()).problems.filter((p) => p.severity === 'error')).toEqual([]);

	// Logged in already: straight to the list.
	await page.goto(`${origin}/admin/#/collections/alerts`);
	const listed = page.getByText('大风预警：关牟镇部分线路可能停电');
	await expect(listed).toHaveText('2026年12月2日 06:00 至 2026年12月2日 20:00 · 大风预警：关牟镇部分线路可能停电');
	await expect(page.getByText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)).toHaveCount(0);
	// The collection's own words no longer say "saving publishes (after review)".
	await expect(page.getByText('保存即发布（经审核后上线）')).toHaveCount(0);
});

test('editing a guidance article changes its file on disk, body and other language kept', async ({ page }) => {
	const file = path.join(content(), 'guidance/zh-cn/fallen-lines.mdx');
	const body = (text: string) => text.slice(text.indexOf('\n---\n', 4));
	const original = readFileSync(file, 'utf8');
	await openEditor(page, '/collections/guidance/entries/fallen-lines');
	const summary = page.getByLabel('摘要').first();
	await expect(summary).toHaveValue(/断落的电线可能带电/);
	await summary.fill('断落的电线可能带电：离开 8 米以上，马上拨打供电服务热线。');
	await publish(page);
	// Saved once the file on disk says so (the editor's own "published" notice comes and goes).
	await expect
		.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000 })
		.toContain('summary: 断落的电线可能带电：离开 8 米以上，马上拨打供电服务热线。');

	const edited = readFileSync(file, 'utf8');
	expect(body(edited)).toBe(body(original));
	expect(readFileSync(path.join(content(), 'guidance/en/fallen-lines.mdx'), 'utf8')).toContain(
		'title: What to do if you see a fallen power line',
	);
	expect(validateContent(content()).problems.filter((p) => p.severity === 'error')).toEqual([]);
});

test('an export uploaded in the media library lands in the inbox, and the inbox imports it', async ({ page }) => {
	await openEditor(page, '/collections/alerts');
	await page.getByRole('button', { name: '媒体' }).click();
	await page.locator('input[type="file"]').setInputFiles(path.resolve('examples/outage-plan-2026-12.xlsx'));
	await expect.poll(() => files('imports/inbox'), { timeout: 60_000 }).toContain('outage-plan-2026-12.xlsx');
	await expect(page.getByText('outage-plan-2026-12.xlsx').first()).toBeVisible();
	if (shots) await page.screenshot({ path: path.join(shots, 'inbox-upload.png') });

	const lines: string[] = [];
	const result = await runInbox({
		contentDir: content(),
		now: new Date('2026-11-27T09:00:00+08:00'),
		print: (l) => lines.push(l),
	});
	expect(result.exitCode, lines.join('\n')).toBe(0);
	expect(files('imports/done')).toContain('2026-11-27-outage-plan-2026-12.xlsx');
});

if (shots) mkdirSync(shots, { recursive: true });
