/**
 * `npm run bench:outages [-- --notices N --areas N --runs K --no-record]`: how long the outage and area pages'
 * shared data takes at scale (default 10,000 notices over 2,000 areas), outside Astro: the area index, the list, the
 * 12-month record of every area, the finder index (pinyin) for both languages, and a QR code per notice page.
 * Prints each figure as the median of K runs (default 5) and writes them to
 * docs/benchmarks/<date>-outages-<notices>.md (not with --no-record). The whole-site build is measured by
 * `npm run bench`.
 * 停电与区域页面数据的规模基准：索引、列表、各区域 12 个月记录、拼音查找索引、二维码，打印多次运行的中位数。
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { flattenAreaTree } from '../../src/lib/areas/tree.ts';
import { buildFinderIndex } from '../../src/lib/areas/finder-index.ts';
import { buildAreaNoticeIndex } from '../../src/lib/outages/area-index.ts';
import { outageList } from '../../src/lib/outages/listing.ts';
import { qrSvg } from '../../src/lib/outages/qr.ts';
import { outageRecord } from '../../src/lib/outages/record.ts';
import type { AreaNodeInput } from '../../src/schemas/area.ts';
import type { Notice } from '../../src/schemas/notice.ts';
import { startResults } from './lib/results-file.ts';
import { BENCH_NOW, BENCH_TEMPLATE, syntheticContentFiles } from './lib/synthetic-site.ts';

const { values } = parseArgs({
	options: {
		notices: { type: 'string', default: '10000' },
		areas: { type: 'string', default: '2000' },
		runs: { type: 'string', default: '5' },
		'no-record': { type: 'boolean', default: false },
	},
});
if (![values.notices, values.areas, values.runs].every((v) => Number.isInteger(Number(v)) && Number(v) > 0)) {
	console.error('usage: npm run bench:outages -- [--notices 10000] [--areas 2000] [--runs 5] [--no-record]');
	process.exit(2);
}
const results = startResults('outages', { record: !values['no-record'] });
const runs = Number(values.runs);
const committed = JSON.parse(readFileSync(path.join(BENCH_TEMPLATE, 'areas.json'), 'utf8')) as AreaNodeInput[];
const files = syntheticContentFiles(
	{ notices: Number(values.notices), areas: Number(values.areas) },
	{ timeZone: 'Asia/Shanghai', leadTimeHours: { planned: 168, temporary: 24, other: 24 }, areas: committed },
);
const { areas } = flattenAreaTree(JSON.parse(files.areasJson));
const notices = JSON.parse(files.noticesJson) as Notice[];
const now = new Date(BENCH_NOW);
const TZ = 'Asia/Shanghai';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[][] = [];
async function measure(label: string, fn: () => unknown): Promise<void> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	rows.push([label, `${median(times).toFixed(1)} ms`, times.map((x) => x.toFixed(0)).join(', ')]);
	console.log(
		`${label.padEnd(58)} median ${median(times).toFixed(1).padStart(8)} ms  (runs: ${times.map((x) => x.toFixed(0)).join(', ')})`,
	);
}

const what = `${notices.length} notices, ${areas.size} areas, now ${BENCH_NOW}, ${runs} runs in one process`;
console.log(`Outage data benchmark: ${what}, Node ${process.version}`);
const index = buildAreaNoticeIndex(areas, notices);
await measure('area index (every area, rolled up)', () => buildAreaNoticeIndex(areas, notices));
await measure('outage list (current, recent 7 days)', () => outageList(notices, now));
await measure(`list + 12-month record for all ${areas.size} area pages`, () => {
	for (const id of areas.keys()) {
		const own = index.forArea(id);
		outageList(own, now);
		outageRecord(own, now, TZ);
	}
});
let bytes = 0;
await measure('finder index, both languages (pinyin-pro)', () => {
	bytes =
		JSON.stringify(buildFinderIndex(areas, 'zh-cn')).length + JSON.stringify(buildFinderIndex(areas, 'en')).length;
});
const finderSize = `finder index size: ${(bytes / 2 / 1024).toFixed(0)} KiB per language (uncompressed)`;
console.log(finderSize);
const sample = notices.slice(0, 500);
await measure('QR codes for 500 notice pages', async () => {
	for (const n of sample) await qrSvg(`https://power.example/outages/${n.id}/`, n.id);
});
const biggest = [...areas.keys()].reduce((a, b) => (index.forArea(a).length >= index.forArea(b).length ? a : b));
const rollUp = `largest roll-up: ${biggest} with ${index.forArea(biggest).length} notices`;
console.log(rollUp);
await results.write({
	title: `Outage and area pages' data: ${notices.length} notices over ${areas.size} areas`,
	size: String(values.notices),
	blocks: [`${what}, outside Astro. ${finderSize}; ${rollUp}.`, { columns: ['what', 'median', 'runs (ms)'], rows }],
});
