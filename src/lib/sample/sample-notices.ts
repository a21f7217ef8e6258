import type { HistoryEntry, Notice, NoticeKind } from '../../schemas/notice.ts';
import { instantFromZoned, toZonedIso, zonedParts } from '../time.ts';

/**
 * The fictional sample notices, laid out around an anchor date so that the sample stays meaningful whenever it is
 * generated: ended ones over the past year, a few in the last week, two in progress at the anchor, others
 * upcoming, one cancelled, one rescheduled, one across midnight, one published at short notice, two with power
 * reported back (one early, one late), two with their substation and 台区, and a village (Yangliu) with three
 * outages within 60 days.
 */

/** The units of content/units.json, as their notices name them (id, name and main phone). */
const units = {
	chengguan: { id: 'chengguan', name: { zh: '城关供电所', en: 'Chengguan Supply Office' }, phone: '0839-5550131' },
	dongcheng: { id: 'dongcheng', name: { zh: '东城供电所', en: 'Dongcheng Supply Office' }, phone: '0839-5550132' },
	guanmou: { id: 'guanmou', name: { zh: '关牟供电所', en: 'Guanmou Supply Office' }, phone: '0839-5550141' },
	shiqiao: { id: 'shiqiao', name: { zh: '石桥供电所', en: 'Shiqiao Supply Office' }, phone: '0839-5550142' },
} satisfies Record<string, Notice['unit']>;

interface Spec {
	/** Day of the outage, relative to the anchor date. */
	day: number;
	/** Local start and end `HH:MM`; an end earlier than the start is on the next day. */
	from: string;
	to: string;
	kind: NoticeKind;
	areas: string[];
	scope: { zh: string; en?: string };
	line: { zh: string; en?: string };
	reason: { zh: string; en?: string };
	unit: keyof typeof units;
	/** Hours between publication and start. */
	leadHours: number;
	cancelled?: { hoursBefore: number; reason: { zh: string; en?: string } };
	rescheduled?: { fromDay: number; from: string; to: string; hoursBefore: number; note: { zh: string; en?: string } };
	/** 变电站, as the scheduling system names it. */
	substation?: string;
	/** 台区: the transformer districts switched off. */
	districts?: string[];
	/** Power reported back `delta` minutes after the planned end (negative: early), `reportedAfter` minutes later. */
	restored?: { delta: number; reportedAfter: number };
}

const R = {
	line: { zh: '线路检修及消缺', en: 'Line maintenance and defect repair' },
	poles: { zh: '更换老旧电杆及导线', en: 'Replacing old poles and conductors' },
	transformer: { zh: '配电变压器增容改造', en: 'Upgrading the distribution transformer' },
	trees: { zh: '线路通道树障清理', en: 'Clearing trees from the line corridor' },
	switch: { zh: '更换柱上开关', en: 'Replacing a pole-mounted switch' },
	substation: { zh: '变电站设备年度检修', en: 'Annual maintenance of substation equipment' },
	road: { zh: '配合道路改造迁移线路', en: 'Moving the line for road works' },
	fault: { zh: '线路故障后临时抢修', en: 'Emergency repair after a line fault' },
};

/**
 * A sample notice's id, from what the notice is: the day it starts and the first area it names, e.g.
 * `qs-20261201-guanmou-cun`. It does not depend on the notice's place in the list, so adding or removing a sample
 * leaves every other id (and every test naming one) as it was.
 */
export function sampleNoticeId(startDate: { year: number; month: number; day: number }, firstArea: string): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `qs-${startDate.year}${pad(startDate.month)}${pad(startDate.day)}-${firstArea}`;
}

const specs: Spec[] = [
	// The past year: for each area's 12-month record.
	{
		day: -330,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['guanmou-cun', 'shangguan'],
		scope: { zh: '关牟村、上关村全部', en: 'All of Guanmou and Shangguan villages' },
		line: { zh: '10kV 关牟线', en: '10 kV Guanmou line' },
		reason: R.poles,
		unit: 'guanmou',
		leadHours: 240,
	},
	{
		day: -290,
		from: '09:00',
		to: '15:00',
		kind: 'planned',
		areas: ['nanmen', 'beimen'],
		scope: { zh: '南门社区、北门社区', en: 'Nanmen and Beimen communities' },
		line: { zh: '10kV 城关Ⅰ回线', en: '10 kV Chengguan line 1' },
		reason: R.switch,
		unit: 'chengguan',
		leadHours: 200,
	},
	{
		day: -250,
		from: '07:30',
		to: '19:30',
		kind: 'planned',
		areas: ['shiqiao-cun', 'hekou', 'lianhua'],
		scope: { zh: '石桥村、河口村、莲花村', en: 'Shiqiao, Hekou and Lianhua villages' },
		line: { zh: '10kV 石桥线', en: '10 kV Shiqiao line' },
		reason: R.transformer,
		unit: 'shiqiao',
		leadHours: 192,
	},
	{
		day: -200,
		from: '14:00',
		to: '18:00',
		kind: 'temporary',
		areas: ['dongjiao'],
		scope: { zh: '东郊村3组、4组', en: 'Dongjiao Village, groups 3 and 4' },
		line: { zh: '10kV 东郊线 8# 杆', en: '10 kV Dongjiao line, pole 8' },
		reason: R.fault,
		unit: 'dongcheng',
		leadHours: 30,
	},
	{
		day: -160,
		from: '08:00',
		to: '17:00',
		kind: 'planned',
		areas: ['moujiaping', 'qingshanwan'],
		scope: { zh: '牟家坪村、青山湾村', en: 'Moujiaping and Qingshanwan villages' },
		line: { zh: '10kV 关牟线 支线', en: '10 kV Guanmou line, branch' },
		reason: R.trees,
		unit: 'guanmou',
		leadHours: 170,
	},
	{
		day: -120,
		from: '08:30',
		to: '12:30',
		kind: 'planned',
		areas: ['xingfu'],
		scope: { zh: '幸福小区1-12栋', en: 'Xingfu estate, buildings 1 to 12' },
		line: { zh: '幸福小区 2# 配电室', en: 'Xingfu estate, substation room 2' },
		reason: R.transformer,
		unit: 'chengguan',
		leadHours: 180,
	},
	{
		day: -90,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['guanmou-cun', 'xiaguan', 'shitang'],
		scope: { zh: '关牟村、下关村、石塘村', en: 'Guanmou, Xiaguan and Shitang villages' },
		line: { zh: '10kV 关牟线', en: '10 kV Guanmou line' },
		reason: R.line,
		unit: 'guanmou',
		leadHours: 200,
	},
	{
		day: -60,
		from: '09:00',
		to: '16:00',
		kind: 'planned',
		areas: ['taoyuan', 'zhongba'],
		scope: { zh: '桃源村、中坝村', en: 'Taoyuan and Zhongba villages' },
		line: { zh: '10kV 中坝线', en: '10 kV Zhongba line' },
		reason: R.poles,
		unit: 'shiqiao',
		leadHours: 190,
	},
	{
		day: -45,
		from: '10:00',
		to: '13:00',
		kind: 'temporary',
		areas: ['chaoyang'],
		scope: { zh: '朝阳小区', en: 'Chaoyang estate' },
		line: { zh: '10kV 城东Ⅱ回线', en: '10 kV Chengdong line 2' },
		reason: R.fault,
		unit: 'dongcheng',
		leadHours: 26,
	},
	{
		day: -30,
		from: '08:00',
		to: '17:30',
		kind: 'planned',
		areas: ['baiyun', 'songlin', 'heping'],
		scope: { zh: '白云村、松林村、和平村', en: 'Baiyun, Songlin and Heping villages' },
		line: { zh: '10kV 白云线', en: '10 kV Baiyun line' },
		reason: R.trees,
		unit: 'guanmou',
		leadHours: 175,
	},
	// Yangliu: with the one two days before the anchor, three outages within 60 days, so the service-quality
	// page (/reliability/) lists a village with repeated outages.
	{
		day: -40,
		from: '09:00',
		to: '12:00',
		kind: 'temporary',
		areas: ['yangliu'],
		scope: { zh: '杨柳村1-4组', en: 'Yangliu Village, groups 1 to 4' },
		line: { zh: '10kV 石桥线 杨柳支线', en: '10 kV Shiqiao line, Yangliu branch' },
		reason: R.fault,
		unit: 'shiqiao',
		leadHours: 30,
	},
	{
		day: -21,
		from: '14:00',
		to: '16:30',
		kind: 'temporary',
		areas: ['yangliu'],
		scope: { zh: '杨柳村5-8组', en: 'Yangliu Village, groups 5 to 8' },
		line: { zh: '10kV 石桥线 杨柳支线', en: '10 kV Shiqiao line, Yangliu branch' },
		reason: R.fault,
		unit: 'shiqiao',
		leadHours: 26,
	},
	{
		day: -20,
		from: '07:00',
		to: '19:00',
		kind: 'planned',
		areas: ['chengguan-gongyeyuan'],
		scope: { zh: '城关工业园全部企业', en: 'All businesses in Chengguan Industrial Park' },
		line: { zh: '35kV 城关变电站 1# 主变', en: '35 kV Chengguan substation, transformer 1' },
		reason: R.substation,
		unit: 'chengguan',
		leadHours: 336,
	},
	{
		day: -12,
		from: '08:00',
		to: '12:00',
		kind: 'planned',
		areas: ['huangtupo', 'chayuan'],
		scope: { zh: '黄土坡村、茶园村', en: 'Huangtupo and Chayuan villages' },
		line: { zh: '10kV 茶园线', en: '10 kV Chayuan line' },
		reason: R.switch,
		unit: 'shiqiao',
		leadHours: 180,
	},
	// The last seven days.
	{
		day: -6,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['liujiazhuang', 'wangjiawan'],
		scope: { zh: '刘家庄村、王家湾村', en: 'Liujiazhuang and Wangjiawan villages' },
		line: { zh: '10kV 东郊线', en: '10 kV Dongjiao line' },
		reason: R.poles,
		unit: 'dongcheng',
		leadHours: 190,
	},
	{
		day: -4,
		from: '09:00',
		to: '11:30',
		kind: 'planned',
		areas: ['wenchang', 'fuqian'],
		scope: { zh: '文昌路、府前路沿线', en: 'Along Wenchang Road and Fuqian Road' },
		line: { zh: '10kV 城关Ⅱ回线', en: '10 kV Chengguan line 2' },
		reason: R.road,
		unit: 'chengguan',
		leadHours: 170,
		restored: { delta: 25, reportedAfter: 10 },
	},
	{
		day: -2,
		from: '13:00',
		to: '17:00',
		kind: 'temporary',
		areas: ['yangliu'],
		scope: { zh: '杨柳村5-8组' },
		line: { zh: '10kV 石桥线 杨柳支线' },
		reason: { zh: '更换损坏的跌落式熔断器' },
		unit: 'shiqiao',
		leadHours: 28,
	},
	{
		day: -1,
		from: '08:00',
		to: '16:00',
		kind: 'planned',
		areas: ['shangguan', 'xiaguan'],
		scope: { zh: '上关村、下关村、关牟砖厂', en: 'Shangguan and Xiaguan villages, Guanmou brickworks' },
		line: { zh: '10kV 关牟线', en: '10 kV Guanmou line' },
		reason: R.line,
		unit: 'guanmou',
		leadHours: 192,
		substation: '35kV 关牟变电站',
		districts: ['上关村1组台区', '上关村2组台区', '下关村公变台区'],
		restored: { delta: -40, reportedAfter: 5 },
	},
	// At the anchor (10:00): two in progress, one later today.
	{
		day: 0,
		from: '08:00',
		to: '17:30',
		kind: 'planned',
		areas: ['guanmou-cun', 'guanmou-jie'],
		scope: { zh: '关牟村1-5组、关牟街', en: 'Guanmou Village groups 1 to 5, and Guanmou Street' },
		line: { zh: '10kV 关牟线 12#–25# 杆', en: '10 kV Guanmou line, poles 12 to 25' },
		reason: R.poles,
		unit: 'guanmou',
		leadHours: 200,
	},
	{
		day: 0,
		from: '09:00',
		to: '12:00',
		kind: 'planned',
		areas: ['binhe'],
		scope: { zh: '滨河花园、滨河路沿线商铺', en: 'Binhe Garden and the shops along Binhe Road' },
		line: { zh: '滨河花园 1# 箱变', en: 'Binhe Garden, kiosk substation 1' },
		reason: R.transformer,
		unit: 'chengguan',
		leadHours: 170,
		substation: '110kV 城关变电站',
		districts: ['滨河花园1#箱变台区'],
	},
	{
		day: 0,
		from: '14:00',
		to: '16:00',
		kind: 'temporary',
		areas: ['longtan'],
		scope: { zh: '龙潭村', en: 'Longtan Village' },
		line: { zh: '10kV 龙潭支线', en: '10 kV Longtan branch line' },
		reason: R.fault,
		unit: 'shiqiao',
		leadHours: 26,
	},
	// Upcoming.
	{
		day: 1,
		from: '08:00',
		to: '12:00',
		kind: 'temporary',
		areas: ['xinzhuang'],
		scope: { zh: '新庄村2组', en: 'Xinzhuang Village, group 2' },
		line: { zh: '10kV 东郊线 新庄支线', en: '10 kV Dongjiao line, Xinzhuang branch' },
		reason: R.switch,
		unit: 'dongcheng',
		leadHours: 20,
	},
	{
		day: 2,
		from: '08:30',
		to: '17:00',
		kind: 'planned',
		areas: ['changling', 'shuangjing'],
		scope: { zh: '长岭村、双井村', en: 'Changling and Shuangjing villages' },
		line: { zh: '10kV 长岭线', en: '10 kV Changling line' },
		reason: R.trees,
		unit: 'dongcheng',
		leadHours: 180,
	},
	{
		day: 3,
		from: '22:00',
		to: '05:00',
		kind: 'planned',
		areas: ['xinhua', 'jinqiao'],
		scope: { zh: '新华街、金桥小区', en: 'Xinhua Street and Jinqiao estate' },
		line: { zh: '10kV 城关Ⅰ回线', en: '10 kV Chengguan line 1' },
		reason: {
			zh: '夜间更换主干线导线，避开白天用电高峰',
			en: 'Replacing main conductors overnight, away from daytime demand',
		},
		unit: 'chengguan',
		leadHours: 200,
	},
	{
		day: 4,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['lianhua', 'taoyuan'],
		scope: { zh: '莲花村、桃源村', en: 'Lianhua and Taoyuan villages' },
		line: { zh: '10kV 中坝线', en: '10 kV Zhongba line' },
		reason: R.poles,
		unit: 'shiqiao',
		leadHours: 192,
		cancelled: {
			hoursBefore: 30,
			reason: {
				zh: '因天气原因取消，改期另行通知',
				en: 'Cancelled because of the weather; a new date will be announced',
			},
		},
	},
	{
		day: 5,
		from: '09:00',
		to: '15:00',
		kind: 'planned',
		areas: ['huayuan', 'xiangyang'],
		scope: { zh: '花园新村、向阳社区', en: 'Huayuan Xincun and Xiangyang Community' },
		line: { zh: '10kV 城东Ⅰ回线', en: '10 kV Chengdong line 1' },
		reason: R.switch,
		unit: 'dongcheng',
		leadHours: 170,
	},
	{
		day: 7,
		from: '08:00',
		to: '17:30',
		kind: 'planned',
		areas: ['baiyun', 'songlin'],
		scope: { zh: '白云村、松林村', en: 'Baiyun and Songlin villages' },
		line: { zh: '10kV 白云线', en: '10 kV Baiyun line' },
		reason: R.line,
		unit: 'guanmou',
		leadHours: 200,
	},
	{
		day: 8,
		from: '07:00',
		to: '20:00',
		kind: 'planned',
		areas: ['chengguan-gongyeyuan', 'yuhua'],
		scope: { zh: '城关工业园、育华社区', en: 'Chengguan Industrial Park and Yuhua Community' },
		line: { zh: '35kV 城关变电站 10kV Ⅱ段母线', en: '35 kV Chengguan substation, 10 kV busbar section 2' },
		reason: R.substation,
		unit: 'chengguan',
		leadHours: 360,
	},
	{
		day: 9,
		from: '08:00',
		to: '16:00',
		kind: 'planned',
		areas: ['zhongba', 'huangtupo'],
		scope: { zh: '中坝村、黄土坡村', en: 'Zhongba and Huangtupo villages' },
		line: { zh: '10kV 中坝线', en: '10 kV Zhongba line' },
		reason: R.poles,
		unit: 'shiqiao',
		leadHours: 240,
		rescheduled: {
			fromDay: 6,
			from: '08:00',
			to: '16:00',
			hoursBefore: 120,
			note: { zh: '配合县道施工，推迟三天', en: 'Moved three days later to fit in with county road works' },
		},
	},
	{
		day: 10,
		from: '08:00',
		to: '12:00',
		kind: 'planned',
		areas: ['dongguan'],
		scope: { zh: '东关社区', en: 'Dongguan Community' },
		line: { zh: '10kV 城东Ⅱ回线', en: '10 kV Chengdong line 2' },
		reason: R.road,
		unit: 'dongcheng',
		leadHours: 190,
	},
	{
		day: 12,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['moujiaping', 'qingshanwan', 'shitang'],
		scope: { zh: '牟家坪村、青山湾村、石塘村', en: 'Moujiaping, Qingshanwan and Shitang villages' },
		line: { zh: '10kV 关牟线', en: '10 kV Guanmou line' },
		reason: R.transformer,
		unit: 'guanmou',
		leadHours: 220,
	},
	{
		day: 15,
		from: '09:00',
		to: '11:00',
		kind: 'other',
		areas: ['shiqiao-jie'],
		scope: { zh: '石桥街', en: 'Shiqiao Street' },
		line: { zh: '石桥街 3# 台区', en: 'Shiqiao Street, transformer area 3' },
		reason: { zh: '配合燃气管道施工，临时停电', en: 'Power off while a gas main is laid' },
		unit: 'shiqiao',
		leadHours: 250,
	},
	{
		day: 20,
		from: '08:00',
		to: '17:00',
		kind: 'planned',
		areas: ['nanmen', 'xingfu', 'wenchang'],
		scope: { zh: '南门社区、幸福社区、文昌社区', en: 'Nanmen, Xingfu and Wenchang communities' },
		line: { zh: '10kV 城关Ⅱ回线', en: '10 kV Chengguan line 2' },
		reason: R.line,
		unit: 'chengguan',
		leadHours: 300,
	},
	{
		day: 25,
		from: '08:00',
		to: '18:00',
		kind: 'planned',
		areas: ['chayuan', 'yangliu', 'longtan'],
		scope: { zh: '茶园村、杨柳村、龙潭村', en: 'Chayuan, Yangliu and Longtan villages' },
		line: { zh: '10kV 茶园线', en: '10 kV Chayuan line' },
		reason: R.trees,
		unit: 'shiqiao',
		leadHours: 400,
	},
];

const HOUR = 3_600_000;

/** The sample notices for an anchor date (`YYYY-MM-DD`, in `timeZone`). Same anchor, same notices. */
export function sampleNotices(anchorDate: string, timeZone: string): Notice[] {
	const [y, m, d] = anchorDate.split('-').map(Number);
	const at = (day: number, hhmm: string, nextDay = false) => {
		const [hour, minute] = hhmm.split(':').map(Number);
		// Day arithmetic in UTC, then read back as a local wall time: no host time zone involved.
		const date = new Date(Date.UTC(y, m - 1, d + day + (nextDay ? 1 : 0)));
		return instantFromZoned(
			{ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute },
			timeZone,
		);
	};
	const iso = (t: Date | number) => toZonedIso(new Date(t), timeZone);
	const roundToQuarter = (t: number) => Math.floor(t / (15 * 60_000)) * 15 * 60_000;

	const ids = new Set<string>();
	return specs.map((s) => {
		const start = at(s.day, s.from);
		const end = at(s.day, s.to, s.to <= s.from);
		const id = sampleNoticeId(zonedParts(start, timeZone), s.areas[0]);
		// Two samples on one day in one area would need telling apart: make the id say how, do not number them.
		if (ids.has(id)) throw new Error(`two sample notices would share the id ${id}`);
		ids.add(id);
		const history: HistoryEntry[] = [];
		let publishedAt: number;
		if (s.rescheduled) {
			const oldStart = at(s.rescheduled.fromDay, s.rescheduled.from);
			const oldEnd = at(s.rescheduled.fromDay, s.rescheduled.to, s.rescheduled.to <= s.rescheduled.from);
			publishedAt = roundToQuarter(oldStart.getTime() - s.leadHours * HOUR);
			history.push({ revision: 1, at: iso(publishedAt), event: 'published' });
			history.push({
				revision: 2,
				at: iso(roundToQuarter(oldStart.getTime() - s.rescheduled.hoursBefore * HOUR)),
				event: 'rescheduled',
				from: { start: iso(oldStart), end: iso(oldEnd) },
				to: { start: iso(start), end: iso(end) },
				note: s.rescheduled.note,
			});
		} else {
			publishedAt = roundToQuarter(start.getTime() - s.leadHours * HOUR);
			history.push({ revision: 1, at: iso(publishedAt), event: 'published' });
		}
		let cancellation: Notice['cancellation'];
		if (s.cancelled) {
			const cancelledAt = iso(roundToQuarter(start.getTime() - s.cancelled.hoursBefore * HOUR));
			history.push({ revision: history.length + 1, at: cancelledAt, event: 'cancelled', note: s.cancelled.reason });
			cancellation = { at: cancelledAt, reason: s.cancelled.reason };
		}
		let restoredAt: string | undefined;
		if (s.restored) {
			restoredAt = iso(end.getTime() + s.restored.delta * 60_000);
			history.push({
				revision: history.length + 1,
				at: iso(end.getTime() + (s.restored.delta + s.restored.reportedAfter) * 60_000),
				event: 'restored',
				restoredAt,
			});
		}
		const last = history.at(-1) as HistoryEntry;
		return {
			id,
			kind: s.kind,
			lifecycle: s.cancelled ? 'cancelled' : 'published',
			start: iso(start),
			end: iso(end),
			areas: s.areas,
			scope: s.scope,
			line: s.line,
			reason: s.reason,
			...(s.substation ? { substation: s.substation } : {}),
			...(s.districts ? { transformerDistricts: s.districts } : {}),
			unit: units[s.unit],
			...(restoredAt ? { restoredAt } : {}),
			publishedAt: iso(publishedAt),
			updatedAt: last.at,
			revision: history.length,
			history,
			...(cancellation ? { cancellation } : {}),
		} satisfies Notice;
	});
}
