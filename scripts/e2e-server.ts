/**
 * Builds the browser tests' fixture site (see tests/fixture-site.ts) and serves it; Playwright starts this as
 * its web server. The build runs under TZ=America/New_York on purpose: output must not depend on the host's zone.
 * E2E_SKIP_BUILD=1 serves the last build as it is; `--build-only` builds and exits (`npm test` builds the fixture
 * this way beside the unit tests, then has Playwright serve it with E2E_SKIP_BUILD=1).
 */
import { buildSteps } from './lib/build-steps.ts';
import { runSteps } from './lib/run-steps.ts';
import { createStaticServer } from './lib/static-server.ts';
import { headersFor } from '../src/lib/deploy/security-headers.ts';
import { fixture, fixtureBuildEnv, prepareFixtureContent } from '../tests/fixture-site.ts';

if (!process.env.E2E_SKIP_BUILD) {
	prepareFixtureContent(fixture.contentDir);
	const env = fixtureBuildEnv({
		contentDir: fixture.contentDir,
		outDir: fixture.outDir,
		cacheDir: fixture.cacheDir,
		tz: 'America/New_York',
	});
	await runSteps(buildSteps(env));
}
if (process.argv.includes('--build-only')) process.exit(0);
// Served with the deployment's headers: every browser test runs under the real Content-Security-Policy.
createStaticServer(fixture.outDir, headersFor).listen(fixture.port, '127.0.0.1', () => {
	console.log(`e2e fixture site at ${fixture.baseURL}/`);
});
