/**
 * The words of the service-quality pages (/reliability/, /outages/calendar/, the area chart), in their own module
 * so the definitions read as one text. Keys mirror between the languages (the English one is typed by the Chinese).
 */
import type { Locale } from './index.ts';

const pct = (onTime: number, eligible: number) => (eligible ? `${Math.round((onTime / eligible) * 1000) / 10}%` : '—');
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsEnLong = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const ym = (m: string) => [Number(m.slice(0, 4)), Number(m.slice(5, 7))] as const;

const zh = {
	title: '供电服务质量公开',
	navLink: '供电服务质量',
	description: '青山县近 12 个月的停电次数、停电时长、提前告知情况和重复停电的村（社区），全县和各片区逐月公开。',
	lead: '我们根据自己发布的停电通知，公开近 12 个月的停电次数、停电时长、是否按规定提前告知，以及哪些村和社区反复停电。每次发布都会重新计算。',
	period: (from: string, to: string) => `统计期间：${from} 至 ${to}（不含）`,
	summaryHeading: '全县概况',
	summaryOutages: '停电次数',
	summaryByKind: (p: number, t: number, o: number) => `计划检修 ${p} 次，临时检修 ${t} 次，其他 ${o} 次`,
	summaryCancelled: '已取消的停电',
	summaryHours: '累计停电时长',
	summaryAverage: '平均每次停电时长',
	summaryOnTime: '按时告知',
	summaryOnTimeDetail: (onTime: number, eligible: number) => `${eligible} 次中有 ${onTime} 次按时告知`,
	summaryRepeat: '重复停电的村（社区）',
	hours: (h: number | null) => (h === null ? '—' : `${h} 小时`),
	times: (n: number) => `${n} 次`,
	share: pct,
	places: (n: number) => `${n} 个`,
	/** The whole service area in tables and charts. */
	totalScope: '全县',
	monthlyHeading: '逐月情况',
	outagesHeading: '逐月停电次数（次）',
	hoursHeading: '逐月停电时长（小时）',
	/** Above a chart's value axis: what the bars count. */
	countUnit: '次',
	hoursUnit: '小时',
	chartOutagesTitle: (scope: string) => `${scope}逐月停电次数（按类型）`,
	chartOutagesDesc: (parts: string[]) => `柱状图，每月一根柱，按计划检修、临时检修、其他分段。${parts.join('；')}。`,
	chartHoursTitle: (scope: string) => `${scope}逐月停电时长（小时）`,
	chartHoursDesc: (parts: string[]) => `柱状图，每月一根柱。${parts.join('；')}。`,
	descMonth: (month: string, value: string) => `${month} ${value}`,
	chartAxisNote: '横轴为月份，纵轴为次数或小时；具体数字见下表。',
	monthLabel: (m: string) => `${ym(m)[0]}年${ym(m)[1]}月`,
	monthShort: (m: string) => String(ym(m)[1]),
	/** Under the months of a chart: their year. */
	yearLabel: (year: number) => `${year}年`,
	partialNote: '第一个月和最后一个月只统计统计期间内的部分。',
	col: {
		month: '月份',
		planned: '计划检修',
		temporary: '临时检修',
		other: '其他',
		outages: '停电次数',
		cancelled: '已取消',
		hours: '停电时长（小时）',
		average: '平均每次（小时）',
		eligible: '应提前告知',
		onTime: '按时告知',
		share: '按时比例',
		district: '片区',
		repeats: '重复停电村（社区）',
		total: '合计',
	},
	seriesLabel: { planned: '计划检修', temporary: '临时检修', other: '其他' },
	hoursSeries: '停电时长',
	leadHeading: '提前告知',
	leadLead: (planned: number, temporary: number, other: number) =>
		`按规定，计划检修应至少提前 ${planned} 小时（${planned / 24} 天）告知，临时检修至少提前 ${temporary} 小时${other > 0 ? `，其他停电至少提前 ${other} 小时` : ''}。`,
	lateHeading: '未按时告知的停电',
	lateNone: '统计期间所有停电都按时告知。',
	lateItem: (given: string, required: number) => `首次发布距原定开始时间 ${given} 小时，应为至少 ${required} 小时`,
	lateMore: (n: number) => `另有 ${n} 次，完整名单见下载的数据。`,
	repeatHeading: '重复停电的村（社区）',
	repeatLead: (min: number, days: number) => `在任意 ${days} 天内遭遇 ${min} 次或以上停电的村和社区：`,
	repeatNone: '统计期间没有重复停电的村（社区）。',
	repeatItem: (n: number) => `${n} 次`,
	districtsHeading: '各片区',
	districtMonthly: (name: string) => `${name}逐月情况`,
	definitionsHeading: '这些数字是怎么算的',
	definitions: (p: { planned: number; temporary: number; other: number; min: number; days: number }) => [
		'统计期间是截至本页生成时的 12 个月：从 12 个月前的同一时刻起（含），到本页生成时止（不含）。月份按本地时间划分。',
		'一次停电是一条没有被取消的停电通知。停电开始时间在统计期间内的，计入统计期间，并计入开始时间所在的月份。已取消的通知不算停电，单独列出取消次数。',
		'一条通知影响它列出的地区，以及这些地区下辖的所有地区：列出镇的通知，影响该镇所有村和社区。片区的数字包括影响该片区或其下任何地区的停电；全县数字中每次停电只算一次。',
		'停电时长从开始时间算到实际送电时间；没有报告实际送电时间的，算到计划结束时间；本页生成时仍在停电的，算到生成时。平均时长是累计时长除以停电次数。',
		`按时告知：通知首次发布的时间，比最初公布的开始时间至少提前规定的小时数（计划检修 ${p.planned} 小时，临时检修 ${p.temporary} 小时${p.other > 0 ? `，其他 ${p.other} 小时` : '，其他停电不作要求，不计入'}）。通知改期的，以第一次改期前的开始时间为准，改期不会让迟发的通知变成按时。`,
		`重复停电：一个村或社区（下面不再分地区的地区），在统计期间内有 ${p.min} 次或以上停电的开始时间落在任意连续 ${p.days} 天（${p.days} × 24 小时）之内。`,
	],
	downloadsHeading: '下载数据',
	downloadJson: '全部数字（JSON）',
	downloadSchema: 'JSON 格式说明（JSON Schema）',
	downloadCsv: '全部数字（CSV 表格，可用 Excel、WPS 打开）',
	calendarLink: '停电日历',
	// Calendar
	calendarTitle: '停电日历',
	calendarDescription: '每天的停电安排和此前每个月的停电，点击日期查看当天的停电通知。',
	calendarLead: '本月和之后两个月，每天开始的停电次数。点击日期查看当天的停电通知。已取消的停电另行标出。',
	calendarMonth: (year: number, month: number) => `${year}年${month}月`,
	weekdays: ['一', '二', '三', '四', '五', '六', '日'],
	weekdaysLong: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
	cellOutages: (n: number) => `${n} 次停电`,
	cellCancelled: (n: number) => `${n} 次已取消`,
	cellToday: '今天',
	cellLabel: (date: string, outages: number, cancelled: number) =>
		`${date}：${outages} 次停电${cancelled ? `，${cancelled} 次已取消` : ''}`,
	calendarKey: '日期下的数字是当天开始的停电次数；带 ✕ 的划线数字是原定当天、已经取消的停电。',
	calendarNone: '这三个月没有安排停电。',
	calendarPrint: '打印本日历',
	calendarEarlier: '以前的月份',
	calendarEarlierLead: '供电服务质量公开统计的 12 个月，每月一页，可以和那里的数字逐日核对。',
	calendarCurrent: '本月和之后两个月',
	calendarPrevious: (month: string) => `‹ ${month}`,
	calendarNext: (month: string) => `${month} ›`,
	/** On the first earlier month's page, where the 12 months counted begin after its first day. */
	calendarFrom: (date: string) => `近 12 个月从${date}算起，此前的日子不列出停电。`,
	reliabilityLink: '供电服务质量公开',
	// Area chart
	areaChartHeading: '近 12 个月逐月停电',
	areaChartTitle: (name: string) => `${name}近 12 个月逐月停电次数`,
	areaChartCaption: '包括列明本地区、其下辖地区或其所属地区的停电。',
	areaChartMore: '全县和各片区的数字',
};

export type ReliabilityText = Widen<typeof zh>;
type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => R extends string ? string : R
		: T extends readonly string[]
			? string[]
			: { [K in keyof T]: Widen<T[K]> };

const en: ReliabilityText = {
	title: 'Service quality: our record',
	navLink: 'Service quality',
	description:
		'Power cuts, hours without power, notice given and villages with repeated cuts in Qingshan County over the last 12 months, for the county and each district, month by month.',
	lead: 'From the notices we publish, we show how many power cuts there were in the last 12 months, how long they lasted, whether we gave the notice the rules require, and which villages and communities had repeated cuts. The figures are worked out again at every publication.',
	period: (from: string, to: string) => `Period: ${from} up to ${to}`,
	summaryHeading: 'The whole county',
	summaryOutages: 'Power cuts',
	summaryByKind: (p: number, t: number, o: number) => `${p} planned, ${t} short-notice, ${o} other`,
	summaryCancelled: 'Cancelled power cuts',
	summaryHours: 'Hours without power',
	summaryAverage: 'Average length of a power cut',
	summaryOnTime: 'Notice given on time',
	summaryOnTimeDetail: (onTime: number, eligible: number) => `${onTime} of ${eligible} announced on time`,
	summaryRepeat: 'Villages and communities with repeated cuts',
	hours: (h: number | null) => (h === null ? '—' : `${h} hours`),
	times: (n: number) => String(n),
	share: pct,
	places: (n: number) => String(n),
	totalScope: 'Whole county',
	monthlyHeading: 'Month by month',
	outagesHeading: 'Power cuts per month',
	hoursHeading: 'Hours without power per month',
	countUnit: 'cuts',
	hoursUnit: 'hours',
	chartOutagesTitle: (scope: string) => `${scope}: power cuts per month, by kind`,
	chartOutagesDesc: (parts: string[]) =>
		`Bar chart, one bar per month, split into planned, short-notice and other. ${parts.join('; ')}.`,
	chartHoursTitle: (scope: string) => `${scope}: hours without power per month`,
	chartHoursDesc: (parts: string[]) => `Bar chart, one bar per month. ${parts.join('; ')}.`,
	descMonth: (month: string, value: string) => `${month}: ${value}`,
	chartAxisNote: 'Months along the bottom, counts or hours up the side; the table below has the exact figures.',
	monthLabel: (m: string) => `${monthsEn[ym(m)[1] - 1]} ${ym(m)[0]}`,
	monthShort: (m: string) => monthsEn[ym(m)[1] - 1].slice(0, 1),
	yearLabel: (year: number) => String(year),
	partialNote: 'The first and the last month count only the part inside the period.',
	col: {
		month: 'Month',
		planned: 'Planned',
		temporary: 'Short-notice',
		other: 'Other',
		outages: 'Power cuts',
		cancelled: 'Cancelled',
		hours: 'Hours without power',
		average: 'Average (hours)',
		eligible: 'Notice due',
		onTime: 'On time',
		share: 'Share on time',
		district: 'District',
		repeats: 'Villages with repeated cuts',
		total: 'Total',
	},
	seriesLabel: { planned: 'Planned', temporary: 'Short-notice', other: 'Other' },
	hoursSeries: 'Hours',
	leadHeading: 'Notice given',
	leadLead: (planned: number, temporary: number, other: number) =>
		`The rules require at least ${planned} hours (${planned / 24} days) of notice for planned work and ${temporary} hours for short-notice work${other > 0 ? `, and ${other} hours for other power cuts` : ''}.`,
	lateHeading: 'Power cuts announced late',
	lateNone: 'Every power cut in the period was announced on time.',
	lateItem: (given: string, required: number) =>
		`first published ${given} hours before the start first announced; ${required} hours required`,
	lateMore: (n: number) => `and ${n} more: the downloads list them all.`,
	repeatHeading: 'Villages and communities with repeated cuts',
	repeatLead: (min: number, days: number) =>
		`Villages and communities with ${min} or more power cuts within any ${days} days:`,
	repeatNone: 'No village or community had repeated power cuts in the period.',
	repeatItem: (n: number) => `${n} power cuts`,
	districtsHeading: 'By district',
	districtMonthly: (name: string) => `${name}, month by month`,
	definitionsHeading: 'How these figures are worked out',
	definitions: (p: { planned: number; temporary: number; other: number; min: number; days: number }) => [
		'The period is the 12 months up to when this page was made: from the same moment 12 months earlier (included) up to when the page was made (not included). Months are local calendar months.',
		'A power cut is a notice that was not cancelled. It counts in the period, and in the month, in which it starts. Cancelled notices are not power cuts; they are counted separately.',
		'A notice affects the areas it names and every area inside them: a notice naming a town affects all its villages and communities. A district’s figures include every power cut affecting the district or any area in it; the county’s figures count each power cut once.',
		'A power cut lasts from its start until power actually came back; where that has not been reported, until the planned end; a cut still on when the page was made, until then. The average is the total hours divided by the number of power cuts.',
		`Announced on time: the notice was first published at least the required hours before the start first announced (planned work ${p.planned} hours, short-notice work ${p.temporary} hours${p.other > 0 ? `, other ${p.other} hours` : '; other power cuts have no requirement and are not counted'}). For a notice that was moved, the start before its first move counts: moving a late notice does not make it on time.`,
		`Repeated power cuts: a village or community (an area with no areas inside it) where ${p.min} or more power cuts in the period started within any ${p.days} days (${p.days} × 24 hours).`,
	],
	downloadsHeading: 'Download the figures',
	downloadJson: 'All figures (JSON)',
	downloadSchema: 'The JSON format (JSON Schema)',
	downloadCsv: 'All figures (CSV spreadsheet, opens in Excel and WPS)',
	calendarLink: 'Power cut calendar',
	calendarTitle: 'Power cut calendar',
	calendarDescription:
		'Power cuts day by day, this month and the next two and each month before; choose a day to read its notices.',
	calendarLead:
		'How many power cuts start on each day, this month and the next two. Choose a day to read its notices. Cancelled power cuts are marked.',
	calendarMonth: (year: number, month: number) => `${monthsEnLong[month - 1]} ${year}`,
	weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
	weekdaysLong: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	cellOutages: (n: number) => (n === 1 ? '1 cut' : `${n} cuts`),
	cellCancelled: (n: number) => `${n} cancelled`,
	cellToday: 'Today',
	cellLabel: (date: string, outages: number, cancelled: number) =>
		`${date}: ${outages} power cut${outages === 1 ? '' : 's'}${cancelled ? `, ${cancelled} cancelled` : ''}`,
	calendarKey:
		'The number under a date is how many power cuts start that day; a struck-out number with ✕ counts those cancelled.',
	calendarNone: 'No power cuts are planned in these three months.',
	calendarPrint: 'Print this calendar',
	calendarEarlier: 'Earlier months',
	calendarEarlierLead:
		'The 12 months the service-quality figures count, one page each, to check those figures day by day.',
	calendarCurrent: 'This month and the next two',
	calendarPrevious: (month: string) => `‹ ${month}`,
	calendarNext: (month: string) => `${month} ›`,
	calendarFrom: (date: string) => `The last 12 months begin on ${date}: earlier days list no power cuts.`,
	reliabilityLink: 'Service quality: our record',
	areaChartHeading: 'Power cuts month by month, last 12 months',
	areaChartTitle: (name: string) => `${name}: power cuts per month, last 12 months`,
	areaChartCaption: 'Includes power cuts naming this area, an area inside it or the area it belongs to.',
	areaChartMore: 'Figures for the county and each district',
};

/** The service-quality words for `locale`. */
export function reliabilityText(locale: Locale): ReliabilityText {
	return locale === 'en' ? en : zh;
}
