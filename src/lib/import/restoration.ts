import type { Bilingual } from '../../schemas/errors.ts';
import { isoShort } from './zoned.ts';

/**
 * Why a reported restoration (实际送电时间) cannot be recorded, or undefined when it can: power cannot come back
 * before (or at) the moment it went off, nor later than the import's clock (`--now`: a restoration is reported
 * after the fact, never ahead of it). All three are ISO 8601 instants with offsets.
 */
export function restorationProblem(t: { start: string; restoredAt: string; now: string }): Bilingual | undefined {
	const restored = Date.parse(t.restoredAt);
	if (restored <= Date.parse(t.start)) {
		return {
			en: `${isoShort(t.restoredAt)} is not after the start ${isoShort(t.start)}: power cannot come back before it went off`,
			zh: `${isoShort(t.restoredAt)} 不晚于停电开始时间 ${isoShort(t.start)}：不能在停电前恢复送电`,
		};
	}
	if (restored > Date.parse(t.now)) {
		return {
			en: `${isoShort(t.restoredAt)} is after the import's clock ${isoShort(t.now)} (--now / IMPORT_NOW): a restoration is reported once it has happened`,
			zh: `${isoShort(t.restoredAt)} 晚于导入时间 ${isoShort(t.now)}（--now / IMPORT_NOW）：只能登记已经发生的送电`,
		};
	}
	return undefined;
}
