import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tariffVersionSchema, type TariffVersion } from '../../../src/schemas/tariff.ts';

/** The fixture site's tariff versions (tests/fixtures/site/tariffs/versions/): the tariff tests' own. */
export const fixtureVersions = path.resolve('tests/fixtures/site/tariffs/versions');

/**
 * A tariff version of the fixture site, parsed with the shared schema: the example prices the hand-worked amounts
 * in the tests come from, frozen, so a real price change in content/ breaks no test.
 */
export function fixtureVersion(id: string): TariffVersion {
	return tariffVersionSchema.parse(rawFixture(id));
}

/** The raw JSON of a fixture version, to derive variants from. */
export function rawFixture(id: string): any {
	return JSON.parse(readFileSync(path.join(fixtureVersions, `${id}.json`), 'utf8'));
}
