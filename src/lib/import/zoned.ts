import { instantFromZoned, toZonedIso, zonedParts } from '../time.ts';
import type { LocalDate, LocalDateTime } from './datetime.ts';

/**
 * Turns wall-clock readings from the export into ISO 8601 instants in the utility's zone, with a cache: an export
 * repeats the same few dates and times thousands of times, and each zone conversion costs several Intl calls.
 */
export class ZonedClock {
	readonly timeZone: string;
	private readonly cache = new Map<string, string>();

	constructor(timeZone: string) {
		this.timeZone = timeZone;
	}

	/** The ISO 8601 instant (with the zone's offset) at which the utility's wall clock reads `local`. */
	iso(local: LocalDateTime): string {
		const key = `${local.year}-${local.month}-${local.day}T${local.hour}:${local.minute}:${local.second}`;
		let iso = this.cache.get(key);
		if (iso === undefined) {
			iso = toZonedIso(instantFromZoned(local, this.timeZone), this.timeZone);
			this.cache.set(key, iso);
		}
		return iso;
	}

	/** The calendar date of an instant in the utility's zone. */
	dateOf(instant: Date | string): LocalDate {
		const p = zonedParts(instant, this.timeZone);
		return { year: p.year, month: p.month, day: p.day };
	}
}

/** `YYYY-MM-DD HH:MM` of an ISO 8601 date-time with offset, as written (already in the utility's zone). */
export function isoShort(iso: string): string {
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
