/**
 * The content editor's (/admin/) Chinese labels and hints, one entry per editable field of each collection, keyed
 * by the field's path in its zod schema (`contacts.label`: the `label` of each item of `contacts`). The CMS
 * configuration is generated from the schemas and these entries (src/lib/admin/cms-config.ts); a field the schema
 * has and this dictionary lacks, or the other way round, fails the generator and its test.
 * Option labels reuse the site's own dictionary, so the editor says what the pages say.
 */
import { zhCN } from './zh-cn.ts';

/** A field's label and, optionally, the hint shown under it. */
export interface FieldText {
	label: string;
	hint?: string;
}

/** One collection's texts: its name in the editor's menu and its fields' labels. */
export interface CollectionText {
	label: string;
	singular: string;
	description: string;
	fields: Record<string, FieldText>;
}

/** The two halves of every bilingual text (`{ zh, en }`), the same in every collection. */
export const localizedTextLabels = {
	zh: { label: '中文', hint: '必填' },
	en: { label: 'English 英文', hint: '可不填：不填时英文页面显示中文' },
} satisfies Record<'zh' | 'en', FieldText>;

/** Labels of enum values, by enum: the site's own words where it has them. */
export const optionLabels: Record<string, Record<string, string>> = {
	severity: zhCN.alerts.severity,
	category: zhCN.guidance.categories,
	audience: zhCN.guidance.audiences,
	services: zhCN.units.service,
};

const guidanceLike = {
	title: { label: '标题', hint: '用平实的话说清读者要做什么或想知道什么' },
	summary: { label: '摘要', hint: '一两句话，最多 200 字：用作搜索结果和列表中的说明' },
	keywords: { label: '搜索关键词', hint: '读者会搜、正文里不一定有的词，如“跳闸”' },
	lastReviewed: { label: '最近核对日期', hint: '确认内容仍然正确的日期，显示在页面上' },
	published: { label: '首次发布日期', hint: '可不填：默认为最近核对日期' },
	body: { label: '正文', hint: 'MDX：Markdown 正文；<组件 /> 标签请保持原样' },
} satisfies Record<string, FieldText>;

/** The editor's collections, by the name the CMS configuration gives them. */
export const adminZhCN = {
	app: { title: '青山供电 · 内容编辑' },
	collections: {
		alerts: {
			label: '紧急通知',
			singular: '紧急通知',
			description:
				'显示在每个页面顶部的横幅。填写标题、内容、涉及地区和起止时间，点“发布 → 立即发布”提交：网站先检查内容，通过后通常几分钟内上线；检查不通过时网站不会更新，GitHub 会发邮件说明问题所在。',
			fields: {
				title: { label: '标题', hint: '一句话，如：暴雨预警：部分线路可能停电' },
				text: { label: '内容', hint: '发生了什么、居民该怎么做，一两句话' },
				severity: { label: '紧急程度', hint: '提示：供参考；注意：需采取行动；紧急：有危险' },
				areas: { label: '涉及地区', hint: '输入村、社区、镇或街道的名称选择；不选表示全县' },
				start: { label: '开始显示时间', hint: '点“现在”即立刻显示' },
				expiry: { label: '结束显示时间', hint: '须晚于开始时间；到时横幅自动消失' },
			},
		},
		guidance: {
			label: '安全用电文章',
			singular: '文章',
			description: '安全用电与办电指南文章，中文和英文各一篇（同一文件名）。',
			fields: {
				...guidanceLike,
				category: { label: '分类', hint: '文章列在哪个分类页' },
				audience: { label: '适合人群' },
				related: { label: '相关文章', hint: '同一语言中其他文章的文件名（如 fallen-lines）' },
				faq: { label: '常见问题', hint: '显示在文末，并提供给搜索引擎' },
				'faq.q': { label: '问题', hint: '按居民的问法写' },
				'faq.a': { label: '回答', hint: '纯文字' },
			},
		},
		tariffExplainers: {
			label: '电价说明',
			singular: '电价说明',
			description: '电价页上的说明文章。数字不要写在正文里：由组件从现行电价读取。',
			fields: {
				...guidanceLike,
				order: { label: '排列顺序', hint: '在电价页列表中的位置，数字小的在前' },
				lastReviewed: { label: '最近核对日期', hint: '可不填' },
			},
		},
		units: {
			label: '供电所',
			singular: '供电所',
			description:
				'各供电所/营业厅的名称、电话、地址、营业时间和服务范围。导入调度导出时按名称或别称找到供电所，并在导出没有电话时使用这里的第一个电话。',
			fields: {
				units: { label: '供电所列表', hint: '按供电所页面的显示顺序' },
				'units.id': { label: '编号', hint: '小写拼音，用作网址 /units/<编号>/，发布后不再更改' },
				'units.name': { label: '名称', hint: '居民熟悉的名称，如：城关供电所' },
				'units.otherNames': {
					label: '别称',
					hint: '导出文件里出现的其他写法，如：青山县供电局城关供电所；不能与其他供电所重复',
				},
				'units.phones': { label: '电话', hint: '第一个是停电公告中给出的电话' },
				'units.phones.number': { label: '号码', hint: '如 0839-5550131' },
				'units.phones.label': { label: '用途', hint: '如：营业厅；主电话可不填' },
				'units.address': { label: '地址' },
				'units.hours': { label: '营业时间' },
				'units.areas': { label: '服务范围', hint: '输入镇、街道、村或社区的名称选择；镇包括其下所有村' },
				'units.services': { label: '可办理的业务' },
			},
		},
		settings: {
			label: '网站设置',
			singular: '网站设置',
			description: '供电单位的名称、热线、联系方式等。',
			fields: {
				name: { label: '单位全称' },
				shortName: { label: '简称', hint: '可不填：用于较窄的页头' },
				hotline: { label: '供电服务热线', hint: '每个页面页头显示，如 0839-5550199' },
				timeZone: { label: '时区', hint: 'IANA 时区名，一般为 Asia/Shanghai' },
				baseUrl: { label: '网站地址', hint: '如 https://power.example.org，不带路径' },
				contacts: { label: '联系方式', hint: '按页脚显示的顺序' },
				'contacts.label': { label: '名称', hint: '如：24 小时供电服务热线' },
				'contacts.phone': { label: '电话' },
				'contacts.email': { label: '电子邮件' },
				'contacts.address': { label: '地址' },
				'contacts.hours': { label: '办公时间' },
				leadTimeHours: { label: '提前公告时间（小时）', hint: '晚于此时间发布的停电公告会被标注' },
				'leadTimeHours.planned': { label: '计划检修' },
				'leadTimeHours.temporary': { label: '临时检修' },
				'leadTimeHours.other': { label: '其他停电' },
				sample: { label: '示例内容', hint: '勾选时各页面注明内容为虚构示例' },
			},
		},
	},
	media: { hint: '上传的调度导出文件（.xlsx/.csv）保存到 content/imports/inbox/，发布时自动导入。' },
} satisfies { app: { title: string }; collections: Record<string, CollectionText>; media: { hint: string } };
