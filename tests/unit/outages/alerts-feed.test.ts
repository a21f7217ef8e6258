import { describe, expect, test } from 'vitest';
import { flattenAreaTree } from '../../../src/lib/area-tree.ts';
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
	});

	test('an alert for the whole service area names no areas', () => {
		expect(document().alerts[1].words['zh-CN'].areas).toEqual([]);
		expect(document().alerts[1].words['zh-CN'].everywhere).toBe('全县');
	});
});
