/**
 * `npm run notify -- [--dry-run] [--now <ISO date-time>] [--state <file>] [--content <dir>]`
 *
 * Tells residents' groups what changed since the last run: new notices, reschedules, cancellations, restorations,
 * reminders and urgent alerts, through the channels in content/notify.json. Secrets come from the environment.
 * Every delivery is recorded in the state file (default notify/state.json) at once, so nothing is sent twice.
 * Exit code 0: all delivered (or a dry run); 1: some channel failed (reported; the rest was sent); 2: bad usage or
 * content. See docs/notifications.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/problems.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { hasErrors, validateContent } from '../src/lib/content/validate.ts';
import { importClock } from '../src/lib/import/run.ts';
import { realClock } from '../src/lib/notify/queue.ts';
import { runNotify } from '../src/lib/notify/run.ts';
import { realTransports } from '../src/lib/notify/transports.ts';

const USAGE = `用法 Usage: npm run notify -- [options]
  --dry-run            只显示将发送的消息，不发送、不记录 / print every message, send and record nothing
  --now <date-time>    当前时间（默认 NOTIFY_NOW 或当前时间）/ the run's clock, ISO 8601 with offset
  --state <file>       发送记录文件（默认 notify/state.json）/ the state file
  --content <dir>      内容目录（默认 content/ 或 CONTENT_DIR）/ content folder`;

let args;
try {
	args = parseArgs({
		options: {
			'dry-run': { type: 'boolean' },
			now: { type: 'string' },
			state: { type: 'string' },
			content: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
} catch (e) {
	console.error(`${(e as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (args.values.help) {
	console.log(USAGE);
	process.exit(0);
}
let now: Date;
try {
	now = importClock(args.values.now, { IMPORT_NOW: process.env.NOTIFY_NOW });
} catch (e) {
	console.error((e as Error).message.replace('IMPORT_NOW', 'NOTIFY_NOW'));
	process.exit(2);
}

const dir = args.values.content ? path.resolve(args.values.content) : contentDir();
const set = validateContent(dir, { now });
if (hasErrors(set.problems) || !set.site) {
	for (const p of set.problems.filter((x) => x.severity === 'error')) console.error(formatProblem(p));
	console.error('Content has errors: nothing sent / 内容有错误，未发送任何消息');
	process.exit(2);
}
if (!set.notify || set.notify.channels.filter((c) => c.enabled).length === 0) {
	console.log('No notification channels (content/notify.json): nothing to send / 未配置通知渠道');
	process.exit(0);
}

const io = realTransports();
const dryRun = args.values['dry-run'] ?? false;
const reports = await runNotify({
	content: { site: set.site, areas: set.areas, notices: set.notices, alerts: set.alerts, config: set.notify },
	statePath: path.resolve(args.values.state ?? 'notify/state.json'),
	now,
	env: process.env,
	dryRun,
	io,
	clock: realClock,
	log: (line) => console.log(line),
});
io.close();

let failed = 0;
for (const r of reports) {
	if (dryRun) {
		console.log(
			`\n== ${r.channel}: ${r.messages} message(s) for ${r.events} event(s) / ${r.messages} 条消息，${r.events} 个事件`,
		);
		for (const t of r.texts ?? []) console.log(`\n${t}`);
		continue;
	}
	const line = `${r.channel}: ${r.delivered}/${r.messages} message(s) delivered (${r.events} event(s)) / 已送达 ${r.delivered}/${r.messages} 条`;
	if (r.error) {
		failed++;
		console.error(`${line}\n  FAILED / 失败: ${r.error}`);
	} else console.log(line);
}
if (dryRun) console.log('\nDry run: nothing sent, nothing recorded / 演练：未发送、未记录');
process.exitCode = failed > 0 ? 1 : 0;
