import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Alert } from '../../schemas/alert.ts';
import writeFileAtomic from 'write-file-atomic';
import { instantFromZoned, toZonedIso } from '../time.ts';

/**
 * The fictional sample alerts, laid out around the same anchor date as the sample notices so they stay
 * meaningful whenever generated: one showing at the anchor (10:00) that expires at 20:00 that evening, and one
 * that expired two days before.
 */
export function sampleAlerts(anchorDate: string, timeZone: string): Alert[] {
	const [y, m, d] = anchorDate.split('-').map(Number);
	const at = (day: number, hour: number) => {
		const date = new Date(Date.UTC(y, m - 1, d + day));
		return toZonedIso(
			instantFromZoned(
				{ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour },
				timeZone,
			),
			timeZone,
		);
	};
	return [
		{
			id: 'sample-storm-beishan',
			title: {
				zh: '大风降温预警：北山片区部分线路可能临时停电',
				en: 'Gale warning: some lines in Beishan may go off without notice',
			},
			text: {
				zh: '今天白天至傍晚有大风，北山片区山区线路可能因树枝搭线临时停电。请远离断落的电线，发现险情请拨打供电服务热线。',
				en: 'Strong winds are expected until this evening. Lines in the Beishan hills may trip when branches touch them. Keep away from fallen wires and call the service hotline if you see one.',
			},
			areas: ['beishan'],
			severity: 'severe',
			start: at(0, 6),
			expiry: at(0, 20),
		},
		{
			id: 'sample-fault-dongcheng',
			title: { zh: '东城街道线路故障抢修中', en: 'Repairing a line fault in Dongcheng' },
			text: {
				zh: '东城街道部分小区停电，抢修人员正在处理，预计两小时内恢复。',
				en: 'Some estates in Dongcheng are without power while a fault is repaired; power should be back within two hours.',
			},
			areas: ['dongcheng'],
			severity: 'warning',
			start: at(-3, 9),
			expiry: at(-2, 12),
		},
	];
}

/**
 * Replaces the sample alerts (files `sample-*.json`) in `alertsDir` with those for `anchorDate`; alerts staff
 * wrote themselves are left alone.
 */
export function writeSampleAlerts(alertsDir: string, anchorDate: string, timeZone: string): Alert[] {
	mkdirSync(alertsDir, { recursive: true });
	const existing = readdirSync(alertsDir);
	for (const f of existing) if (/^sample-.*\.json$/.test(f)) rmSync(path.join(alertsDir, f));
	const alerts = sampleAlerts(anchorDate, timeZone);
	for (const { id, ...data } of alerts)
		writeFileAtomic.sync(path.join(alertsDir, `${id}.json`), `${JSON.stringify(data, null, '\t')}\n`);
	return alerts;
}
