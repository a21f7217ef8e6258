/**
 * `npm run sample [-- --anchor YYYY-MM-DD] [--content DIR]`
 *
 * Regenerates the fictional sample notices in content/outages/notices.json around an anchor date (default: today
 * in the utility's time zone), so the sample site always has past, current and upcoming outages.
 * 用示例数据重新生成停电公告（以锚定日期为中心），使示例网站始终有已结束、进行中和即将开始的停电。
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { contentFiles } from '../src/lib/content/validate.ts';
import { readJsonFile } from '../src/lib/content/read-json.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { serializeNotices } from '../src/lib/notices-file.ts';
import { sampleNotices } from '../src/lib/sample/sample-notices.ts';
import { writeSampleAlerts } from '../src/lib/sample/sample-alerts.ts';
import { siteSchema } from '../src/schemas/site.ts';
import { zonedDate } from '../src/lib/time.ts';

const { values } = parseArgs({
	options: { anchor: { type: 'string' }, content: { type: 'string', default: 'content' } },
});
const contentDir = path.resolve(values.content);
const siteRead = readJsonFile(path.join(contentDir, contentFiles.site), 'site.json');
if (!siteRead.ok) {
	console.error(formatProblem(siteRead.problem));
	process.exit(1);
}
const site = siteSchema.parse(siteRead.data);
const anchor = values.anchor ?? zonedDate(new Date(), site.timeZone);
if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) {
	console.error(`--anchor must be YYYY-MM-DD, got ${anchor} / --anchor 须为 YYYY-MM-DD 格式`);
	process.exit(2);
}
const notices = sampleNotices(anchor, site.timeZone);
const file = path.join(contentDir, contentFiles.notices);
writeFileAtomic.sync(file, serializeNotices(notices));
console.log(
	`Wrote ${notices.length} sample notices around ${anchor} to ${path.relative(process.cwd(), file)} / 已生成 ${notices.length} 条示例公告`,
);
const alerts = writeSampleAlerts(path.join(contentDir, contentFiles.alerts), anchor, site.timeZone);
console.log(
	`Wrote ${alerts.length} sample alerts (one showing on ${anchor}, one expired) / 已生成 ${alerts.length} 条示例预警`,
);
