import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureBuildEnv } from '../fixture-site.ts';
import { fullBuild } from './build-helpers.ts';

/**
 * README "Using this for your utility", walked step by step on an empty content folder: a new site for 剑阁县
 * (its area tree from the official codes — here the small code-list fixture, no network), one supply unit, the
 * sample's tariffs and guidance kept as a start, a first import of a 95598-shaped export without a phone column,
 * then the check and a whole build. If a step of the guide stops working, this fails at that step.
 */
describe('README: from nothing to your own site', () => {
	const work = mkdtempSync(path.join(os.tmpdir(), 'qs-adopt-'));
	const content = path.join(work, 'content');
	const now = '2026-12-01T10:00:00+08:00';
	afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

	/** Runs one of the project's scripts as `npm run <name>` would, on the new content folder. */
	const run = (script: string, args: string[]) => {
		const r = spawnSync(process.execPath, [script, ...args], {
			env: { ...process.env, CONTENT_DIR: content },
			encoding: 'utf8',
		});
		return { status: r.status, output: `${r.stdout}${r.stderr}` };
	};

	test('every step of the guide works and the result builds', { timeout: 900_000 }, () => {
		// Step 1: an empty content folder; the sample's tariffs and guidance kept as a starting point.
		mkdirSync(path.join(content, 'outages'), { recursive: true });
		mkdirSync(path.join(content, 'alerts'));
		writeFileSync(path.join(content, 'outages/notices.json'), '[]\n');
		cpSync('content/tariffs', path.join(content, 'tariffs'), { recursive: true });
		cpSync('content/guidance', path.join(content, 'guidance'), { recursive: true });

		// Step 2: site.json — who you are.
		const site = {
			name: { zh: '剑阁县供电公司', en: 'Jiange County Power Supply Company' },
			hotline: '0839-6600000',
			timeZone: 'Asia/Shanghai',
			baseUrl: 'https://power.jiange.example',
			contacts: [{ label: { zh: '24 小时服务热线', en: '24-hour hotline' }, phone: '0839-6600000' }],
		};
		writeFileSync(path.join(content, 'site.json'), `${JSON.stringify(site, null, '\t')}\n`);

		// Step 3: the area tree from the official division codes.
		const areas = run('scripts/areas.ts', ['剑阁县', '--data', 'tests/fixtures/area-codes']);
		expect(areas.status, areas.output).toBe(0);
		const tree = readFileSync(path.join(content, 'areas.json'), 'utf8');
		for (const id of ['jiange', 'puan', 'gulou', 'shuangjian']) expect(tree).toContain(`"id": "${id}"`);

		// Step 4: the supply units, with the names the exports use for them.
		const units = [
			{
				id: 'puan',
				name: { zh: '普安供电所', en: "Pu'an Supply Office" },
				otherNames: ['剑阁县供电公司普安供电所'],
				phones: [{ number: '0839-6601001' }],
				address: { zh: '剑阁县普安镇鼓楼街 1 号', en: "1 Gulou Street, Pu'an Town" },
				hours: { zh: '周一至周日 8:30–17:30', en: 'Every day 8:30–17:30' },
				areas: ['jiange'],
				services: ['payment', 'new-connection'],
			},
		];
		writeFileSync(path.join(content, 'units.json'), `${JSON.stringify({ units }, null, '\t')}\n`);

		// Step 5: the check passes on the new content.
		const check = run('scripts/check.ts', []);
		expect(check.status, check.output).toBe(0);

		// Step 6: the first import — a 95598-shaped export in GB18030, without a phone column.
		const csv = [
			'计划编号,停电类型,停电开始时间,停电结束时间,停电设备名称,变电站名称,台区名称,停电范围,工作内容,供电单位',
			'JG-2026-12-001,计划停电,2026-12-09 08:00,2026-12-09 17:00,10kV 普安线 5#–18# 杆,35kV 普安变电站,鼓楼1#台区,鼓楼社区,更换老旧电杆,剑阁县供电公司普安供电所',
			'JG-2026-12-002,计划停电,2026-12-10 09:00,2026-12-10 15:00,10kV 双剑线,35kV 普安变电站,双剑村2#台区,双剑村、普安砖厂,线路检修,剑阁县供电公司普安供电所',
		].join('\r\n');
		const exportFile = path.join(work, 'export.csv');
		writeFileSync(exportFile, iconv.encode(`${csv}\r\n`, 'gb18030'));
		const imported = run('scripts/import.ts', [exportFile, '--now', now]);
		expect(imported.status, imported.output).toBe(0);
		// 普安砖厂 is no known area: imported as written, reported as a warning.
		expect(imported.output).toContain('普安砖厂');
		const notices = JSON.parse(readFileSync(path.join(content, 'outages/notices.json'), 'utf8')) as Array<{
			unit: { id: string; phone: string };
			transformerDistricts?: string[];
		}>;
		expect(notices).toHaveLength(2);
		for (const n of notices) expect(n.unit).toMatchObject({ id: 'puan', phone: '0839-6601001' });

		// Step 7: build the site.
		const outDir = path.join(work, 'dist');
		const built = fullBuild(fixtureBuildEnv({ contentDir: content, outDir, cacheDir: path.join(work, 'cache'), now }));
		expect(built.status, built.output).toBe(0);
		for (const page of [
			'index.html',
			'areas/gulou/index.html',
			'units/puan/index.html',
			'en/units/puan/index.html',
			'reliability/index.html',
		]) {
			expect(existsSync(path.join(outDir, page)), page).toBe(true);
		}
		expect(readFileSync(path.join(outDir, 'areas/gulou/index.html'), 'utf8')).toContain('普安供电所');
	});
});
