import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tariffVersionSchema, type TariffVersion } from '../../../src/schemas/tariff.ts';

/** A committed tariff version, parsed with the shared schema (the figures the hand-worked amounts come from). */
export function committedVersion(id: string): TariffVersion {
	return tariffVersionSchema.parse(JSON.parse(readFileSync(path.resolve('content/tariffs/versions', `${id}.json`), 'utf8')));
}

/** The raw JSON of a committed version, to derive broken variants from. */
export function rawVersion(id: string): any {
	return JSON.parse(readFileSync(path.resolve('content/tariffs/versions', `${id}.json`), 'utf8'));
}
