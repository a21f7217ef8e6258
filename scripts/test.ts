/**
 * `npm test`: type check (astro check), lint (npm run lint), unit and build tests (vitest), then browser tests
 * (Playwright) against the built fixture site (tests/fixtures/site: no test reads content/). The browser tests'
 * fixture site is built beside vitest, at a lower priority (its output in .cache/test-results/fixture-build.log), so
 * that Playwright only serves it: the build uses the CPU that vitest leaves idle (its last files run alone) instead
 * of running alone afterwards.
 * Finds a Chromium to drive (CHROMIUM_PATH, the system's headless shell, Playwright's own, or the system's browser);
 * as root on Debian with none present it installs Debian's chromium-headless-shell package; otherwise it says how to
 * get one. Nothing downloads
 * Playwright's browser builds.
 *   --unit-only   type check and vitest only;   --e2e-only   Playwright only.   Other arguments go to Playwright.
 * 运行全部测试：类型检查、单元测试与构建测试（vitest），再用 Playwright 在浏览器中测试生成的网站。
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aptInstallChromium, canAptInstall, findChromium, noChromiumHelp } from './lib/find-chromium.ts';
import { bin } from './lib/build-steps.ts';
import { run } from './lib/run-steps.ts';
import { clearReports, printSummary, reportFiles } from './lib/test-summary.ts';
import { fixtureContent } from '../tests/fixture-site.ts';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const e2eOnly = args.includes('--e2e-only');
const passThrough = args.filter((a) => a !== '--unit-only' && a !== '--e2e-only');
clearReports();
// Node's on-disk compile cache for every Node process of the run (astro, vitest's workers, the builds and command-line
// tools the tests start, Playwright's workers): a module compiled once is not compiled again by the next process.
// It changes no output; a caller's own setting is kept.
process.env.NODE_COMPILE_CACHE ??= path.resolve('.cache/node-compile-cache');

/** Builds the browser tests' fixture site in the background; resolves with the exit code. Output goes to a log. */
function buildFixture(): { done: Promise<number>; log: string } {
	const log = path.join(path.dirname(reportFiles.playwright), 'fixture-build.log');
	mkdirSync(path.dirname(log), { recursive: true });
	const out = openSync(log, 'w');
	const child = spawn(process.execPath, ['scripts/e2e-server.ts', '--build-only'], {
		stdio: ['ignore', out, out],
		env: process.env,
	});
	// At a lower priority, so that it takes the CPU vitest leaves idle rather than slowing its tests (some of which
	// have time limits); the build's own child processes inherit it.
	if (child.pid) os.setPriority(child.pid, 10);
	const done = new Promise<number>((resolve) => {
		child.on('error', () => resolve(1));
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
	return { done, log };
}

/** The fixture build started beside vitest, if any: Playwright then serves it without building again. */
let fixtureBuild: ReturnType<typeof buildFixture> | undefined;

if (!e2eOnly) {
	console.log('\n▶ Type check / 类型检查 (astro check)');
	// On the fixture site, as every test: astro check loads the content collections, and the tests pass whatever
	// content/ holds (the utility's own, checked by `npm run check` and the build).
	const typeCode = await run(process.execPath, [bin('astro'), 'check'], {
		...process.env,
		CONTENT_DIR: fixtureContent,
	});
	if (typeCode !== 0) process.exit(typeCode);
	console.log('\n▶ Lint and code style / 代码检查 (npm run lint)');
	const lintCode = await run(process.execPath, ['scripts/lint.ts']);
	if (lintCode !== 0) process.exit(lintCode);
	// Not when the caller serves a fixture of their own (E2E_SKIP_BUILD) or Playwright will not run.
	if (!unitOnly && !process.env.E2E_SKIP_BUILD) {
		console.log('\n▶ Fixture site for the browser tests, built beside vitest / 同时生成浏览器测试用的网站');
		fixtureBuild = buildFixture();
	}
	console.log('\n▶ Unit and build tests / 单元测试与构建测试 (vitest)');
	const code = await run(process.execPath, [
		bin('vitest'),
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${reportFiles.vitest}`,
	]);
	if (code !== 0) {
		await fixtureBuild?.done;
		printSummary({ vitest: true });
		process.exit(code);
	}
	if (fixtureBuild) {
		const buildCode = await fixtureBuild.done;
		if (buildCode !== 0) {
			console.error(
				`\n${readFileSync(fixtureBuild.log, 'utf8')}\n✖ The fixture site did not build (exit ${buildCode}) / 浏览器测试用的网站生成失败`,
			);
			process.exit(buildCode);
		}
		console.log(
			`\n▶ Fixture site built (log: ${path.relative(process.cwd(), fixtureBuild.log)}) / 浏览器测试用的网站已生成`,
		);
	}
}

if (!unitOnly) {
	let chromium = await findChromium();
	if (!chromium && canAptInstall()) {
		console.log(
			'\nNo Chromium here; installing Debian’s chromium-headless-shell package / 未找到 Chromium，正在安装 Debian 的 chromium-headless-shell 软件包',
		);
		const installed = aptInstallChromium();
		if (installed) chromium = { path: installed, source: 'installed' };
	}
	if (!chromium) {
		console.error(`\n${noChromiumHelp()}`);
		process.exit(1);
	}
	console.log(`\n▶ Browser tests / 浏览器测试 (Playwright, ${chromium.source} Chromium at ${chromium.path})`);
	const env = { ...process.env, CHROMIUM_PATH: chromium.path, ...(fixtureBuild ? { E2E_SKIP_BUILD: '1' } : {}) };
	const code = await run(process.execPath, [bin('playwright'), 'test', ...passThrough], env);
	printSummary({ vitest: !e2eOnly, playwright: true });
	process.exit(code);
}
printSummary({ vitest: true });
