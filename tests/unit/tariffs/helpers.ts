import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tariffVersionSchema, type TariffVersion } from '../../../src/schemas/tariff.ts';

/**
 * The tests' own tariff versions (tests/unit/tariffs/fixtures/), parsed with the shared schema: frozen copies of the
 * example prices the hand-worked amounts in the tests come from, so a real price change in content/ breaks no test.
 */
export function fixtureVersion(id: string): TariffVersion {
	return tariffVersionSchema.parse(rawFixture(id));
}

/** The raw JSON of a fixture version, to derive variants from. */
export function rawFixture(id: string): any {
	return JSON.parse(readFileSync(path.resolve('tests/unit/tariffs/fixtures', `${id}.json`), 'utf8'));
}

/** A committed tariff version, parsed with the shared schema: only for tests of the committed content itself. */
export function committedVersion(id: string): TariffVersion {
	return tariffVersionSchema.parse(rawVersion(id));
}

/** The raw JSON of a committed version, to derive broken variants of the committed content from. */
export function rawVersion(id: string): any {
	return JSON.parse(readFileSync(path.resolve('content/tariffs/versions', `${id}.json`), 'utf8'));
}
