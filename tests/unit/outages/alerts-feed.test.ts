import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/areas/tree.ts';
import { alertsDocument } from '../../../src/lib/outages/alerts-feed.ts';
import type { Alert } from '../../../src/schemas/alert.ts';

/** /api/alerts.json: what the live-status script shows on pages built before an alert. */
describe('alerts document', () => {
	const areas = () =>
		flattenAreaTree([{ id: 'beishan', kind: 'district', name: { zh: '北山片区', en: 'Beishan' } }]).areas;
	const storm: Alert = {
		id: 'storm',
		title: { zh: '大风降温预警', en: 'Gale warning' },
		text: { zh: '请注意用电安全。' },
		areas: ['beishan'],
		severity: 'severe',
		start: '2026-12-01T08:00:00+08:00',
		expiry: '2026-12-02T08:00:00+08:00',
	};
	const everywhere: Alert = { ...storm, id: 'all', areas: [], severity: 'info' };
	// Made in each test, not when the file loads: a mutation run then knows which tests reach which code.
	const document = () => alertsDocument([storm, everywhere], areas(), 'Asia/Shanghai');

	test('keeps the alerts, their order and their windows', () => {
		expect(document().version).toBe(1);
		expect(document().alerts.map((a) => [a.id, a.severity, a.start, a.expiry])).toEqual([
			['storm', 'severe', storm.start, storm.expiry],
			['all', 'info', everywhere.start, everywhere.expiry],
		]);
	});

	test.each([
		['zh-CN', { severity: '紧急', title: '大风降温预警', areas: [['北山片区', '/areas/beishan/']], separator: '、' }],
		['en', { severity: 'Urgent', title: 'Gale warning', areas: [['Beishan', '/en/areas/beishan/']], separator: ', ' }],
	])('words for pages in %s: the language’s labels and links', (lang, expected) => {
		const w = document().alerts[0].words[lang];
		expect(w).toMatchObject(expected);
		expect(w.expiry).toMatch(/2026|12/);
	});

	test('an English page says which text falls back to Chinese', () => {
		expect(document().alerts[0].words.en.textLang).toBe('zh-CN');
		expect(document().alerts[0].words.en.titleLang).toBeUndefined();
		expect(document().alerts[0].words['zh-CN'].textLang).toBeUndefined();
		// …and the words it labels that text with on screen, as the page's own alerts are labelled.
		expect(document().alerts[0].words.en.inChinese).toBe('(in Chinese)');
		expect(document().alerts[0].words['zh-CN'].inChinese).toBeUndefined();
		expect(document().alerts[0].words.en.end).toBe('. ');
	});

	test('an alert for the whole service area names no areas', () => {
		expect(document().alerts[1].words['zh-CN'].areas).toEqual([]);
		expect(document().alerts[1].words['zh-CN'].everywhere).toBe('全县');
	});
});

describe('alerts document: every word, in both languages', () => {
	const areas = () =>
		flattenAreaTree([{ id: 'beishan', kind: 'district', name: { zh: '北山片区', en: 'Beishan' } }]).areas;
	const alert: Alert = {
		id: 'storm',
		title: { zh: '大风预警' },
		text: { zh: '请注意安全。', en: 'Take care.' },
		areas: ['beishan', 'gone'],
		severity: 'warning',
		start: '2026-12-01T08:00:00+08:00',
		expiry: '2026-12-02T08:30:00+08:00',
	};

	test('each language: its labels, separators, the expiry in the utility zone, and which text falls back', () => {
		const { words } = alertsDocument([alert], areas(), 'Asia/Shanghai').alerts[0];
		expect(words).toEqual({
			'zh-CN': {
				severity: '注意',
				title: '大风预警',
				text: '请注意安全。',
				areasLabel: '涉及地区：',
				areas: [
					['北山片区', '/areas/beishan/'],
					['gone', '/areas/gone/'],
				],
				everywhere: '全县',
				separator: '、',
				end: '。',
				until: '有效至',
				expiry: '2026年12月2日（周三）08:30',
			},
			en: {
				severity: 'Warning',
				title: '大风预警',
				titleLang: 'zh-CN',
				text: 'Take care.',
				areasLabel: 'Areas: ',
				areas: [
					['Beishan', '/en/areas/beishan/'],
					['gone', '/en/areas/gone/'],
				],
				everywhere: 'the whole county',
				separator: ', ',
				end: '. ',
				until: 'Until',
				expiry: 'Wednesday 2 December 2026, 08:30',
				inChinese: '(in Chinese)',
			},
		});
	});

	test('no alerts: an empty document', () => {
		expect(alertsDocument([], areas(), 'Asia/Shanghai')).toEqual({ version: 1, alerts: [] });
	});
});
