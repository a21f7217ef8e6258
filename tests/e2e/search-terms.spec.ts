/**
 * The Chinese (and English) search regression suite: real terms people type, each with the page it must find
 * among the first results, run in Chromium against the built fixture site through the search page: one test per
 * language types every term into the same open page in turn (a step each; every failing term is reported). Pagefind's
 * Chinese segmentation at index time and the browser's at query time can disagree (Pagefind issue #1237); a case
 * here that fails means a reader typing that term does not find the page. See docs/search.md, "Chinese search".
 */
import { expect, test } from './fixtures.ts';
import { type Check, runChecks } from './checks.ts';
import { searchHere } from './search-helpers.ts';
import { fixture } from '../fixture-site.ts';

interface Case {
	/** What the reader types. */
	q: string;
	/** The page that must be among the first `top` results (any one of several, where several are right). */
	expect: string | string[];
	/** How many results count as "the top"; default 5. */
	top?: number;
}

const zh: Case[] = [
	// Topics
	{ q: '停电', expect: '/outages/', top: 1 },
	{ q: '计划停电', expect: '/outages/' },
	{ q: '停电通知', expect: '/outages/' },
	{ q: '停电查询', expect: ['/outages/', '/areas/'] },
	{ q: '订阅停电通知', expect: '/outages/subscribe/' },
	{ q: '停电日历', expect: '/outages/subscribe/' },
	{ q: '阶梯电价', expect: '/tariffs/tiered-pricing/', top: 3 },
	{ q: '峰谷电价', expect: '/tariffs/time-of-use/', top: 3 },
	{ q: '分时电价', expect: '/tariffs/time-of-use/', top: 3 },
	{ q: '电费为什么高', expect: '/tariffs/why-bills-rise/', top: 3 },
	{ q: '电费单', expect: '/tariffs/reading-your-bill/', top: 3 },
	{ q: '电价', expect: '/tariffs/' },
	{ q: '电费计算', expect: '/tariffs/estimator/' },
	{ q: '电费估算', expect: '/tariffs/estimator/' },
	// Safety and services
	{ q: '安全用电', expect: '/guidance/' },
	{ q: '漏电保护器', expect: '/guidance/leakage-protector/', top: 3 },
	{ q: '漏电保护器跳闸', expect: '/guidance/leakage-protector/', top: 3 },
	{ q: '电动车充电', expect: ['/guidance/ebike-charging/', '/guidance/category/ev-charging/'], top: 3 },
	{ q: '电动自行车', expect: '/guidance/ebike-charging/', top: 3 },
	{ q: '触电', expect: '/guidance/electric-shock-first-aid/', top: 3 },
	{ q: '触电急救', expect: '/guidance/electric-shock-first-aid/', top: 3 },
	{ q: '电线断落', expect: '/guidance/fallen-lines/', top: 3 },
	{ q: '打雷', expect: '/guidance/lightning/', top: 3 },
	{ q: '台风', expect: '/guidance/storms-flooding/', top: 3 },
	{ q: '发电机', expect: '/guidance/generator-safety/', top: 3 },
	{ q: '停电前准备', expect: '/guidance/outage-prepare/', top: 3 },
	{ q: '交电费', expect: '/guidance/payment-channels/', top: 3 },
	{ q: '新装电表', expect: '/guidance/new-connection/', top: 3 },
	{ q: '电线超负荷', expect: '/guidance/overloaded-wiring/', top: 3 },
	// Villages, communities, estates and their other names
	{ q: '关牟村', expect: '/areas/guanmou-cun/', top: 1 },
	{ q: '长岭村', expect: '/areas/changling/', top: 3 },
	{ q: '石桥村', expect: '/areas/shiqiao-cun/', top: 1 },
	{ q: '城关工业园', expect: '/areas/chengguan-gongyeyuan/', top: 3 },
	{ q: '幸福小区', expect: '/areas/xingfu/', top: 3 },
	{ q: '滨河花园', expect: '/outages/qs-20261201-binhe/' },
	{ q: '牟家坪', expect: '/areas/moujiaping/', top: 3 },
	{ q: '龙潭村', expect: '/areas/longtan/', top: 3 },
	{ q: '关牟镇', expect: '/areas/guanmou/', top: 3 },
	{ q: '城关街道', expect: '/areas/chengguan/', top: 3 },
	{ q: '北山供电片区', expect: '/areas/beishan/', top: 3 },
	// Power lines and equipment, as printed on notices
	{ q: '10kV 关牟线', expect: '/outages/qs-20261201-guanmou-cun/' },
	{ q: '10kV关牟线', expect: '/outages/qs-20261201-guanmou-cun/' },
	{ q: '关牟线', expect: '/outages/qs-20261201-guanmou-cun/' },
	{ q: '10kV 长岭线', expect: '/outages/qs-20261203-changling/' },
	{ q: '中坝线', expect: ['/outages/qs-20261210-zhongba/', '/outages/qs-20261002-taoyuan/'] },
	{
		q: '城关变电站',
		expect: ['/outages/qs-20261209-chengguan-gongyeyuan/', '/outages/qs-20261111-chengguan-gongyeyuan/'],
	},
	{ q: '龙潭支线', expect: '/outages/qs-20261201-longtan/' },
	// Reasons
	// A reason: the notices, or the pages of the areas they affect (which list them), are the right answers.
	{
		q: '更换柱上开关',
		expect: [
			'/outages/qs-20261206-huayuan/',
			'/outages/qs-20261202-xinzhuang/',
			'/outages/qs-20261119-huangtupo/',
			'/outages/qs-20260214-nanmen/',
			'/areas/huayuan/',
			'/areas/xiangyang/',
			'/areas/xinzhuang/',
		],
	},
	{
		q: '树障清理',
		expect: [
			'/outages/qs-20261203-changling/',
			'/outages/qs-20261226-chayuan/',
			'/outages/qs-20261101-baiyun/',
			'/outages/qs-20260624-moujiaping/',
		],
	},
	{
		q: '变压器增容',
		expect: [
			'/outages/qs-20261213-moujiaping/',
			'/outages/qs-20261201-binhe/',
			'/outages/qs-20260803-xingfu/',
			'/outages/qs-20260326-shiqiao-cun/',
		],
	},
];

const en: Case[] = [
	{ q: 'power cut', expect: '/en/outages/' },
	{ q: 'planned power cuts', expect: '/en/outages/' },
	{ q: 'subscribe', expect: '/en/outages/subscribe/' },
	{ q: 'tiered prices', expect: ['/en/tariffs/tiered-pricing/', '/en/tariffs/'], top: 3 },
	{ q: 'time-of-use', expect: '/en/tariffs/time-of-use/', top: 3 },
	{ q: 'why is my bill higher', expect: '/en/tariffs/why-bills-rise/', top: 3 },
	{ q: 'earth leakage switch', expect: '/en/guidance/leakage-protector/', top: 3 },
	{ q: 'electric bicycle charging', expect: '/en/guidance/ebike-charging/', top: 3 },
	{ q: 'fallen power line', expect: '/en/guidance/fallen-lines/', top: 3 },
	{ q: 'typhoon', expect: '/en/guidance/storms-flooding/', top: 3 },
	{ q: 'bill estimator', expect: '/en/tariffs/estimator/' },
	{ q: 'Guanmou Village', expect: '/en/areas/guanmou-cun/', top: 3 },
	{ q: 'Changling', expect: '/en/areas/changling/', top: 3 },
	{ q: 'Chengguan Industrial Park', expect: '/en/areas/chengguan-gongyeyuan/', top: 3 },
	// Chinese names work on the English site too (area names are indexed in both languages).
	{ q: '关牟村', expect: '/en/areas/guanmou-cun/' },
];

for (const [lang, searchPath, cases] of [
	['zh-CN', '/search/', zh],
	['en', '/en/search/', en],
] as const) {
	test.describe(`search terms (${lang})`, () => {
		test.use({ viewport: { width: 1280, height: 2400 } });
		// Every term is typed into one open search page in turn (a step each), as a reader searching again would.
		test(`${cases.length} terms each find their page among the top results`, async ({ page }) => {
			// The power cuts still to come are listed first, as of the reader's clock: set it to the build time.
			await page.clock.install({ time: new Date(fixture.now) });
			await page.goto(searchPath);
			await runChecks(
				`search terms (${lang})`,
				cases.map((c): Check => {
					const top = c.top ?? 5;
					const wanted = Array.isArray(c.expect) ? c.expect : [c.expect];
					return [
						`“${c.q}” finds ${wanted.join(' or ')} in the top ${top}`,
						async () => {
							const results = await searchHere(page, c.q, top);
							expect(
								results.some((r) => wanted.includes(r)),
								`top ${top} for “${c.q}”: ${results.join(', ') || '(none)'}`,
							).toBe(true);
						},
					];
				}),
			);
		});
	});
}
