/**
 * `npm test`: type check (astro check), unit and build tests (vitest), then browser tests (Playwright) against the
 * built sample site.
 * Finds a Chromium to drive (CHROMIUM_PATH, Playwright's own, or the system's); as root on Debian with none
 * present it installs Debian's chromium package; otherwise it says how to get one. Nothing downloads
 * Playwright's browser builds.
 *   --unit-only   type check and vitest only;   --e2e-only   Playwright only.   Other arguments go to Playwright.
 * 运行全部测试：类型检查、单元测试与构建测试（vitest），再用 Playwright 在浏览器中测试生成的网站。
 */
import { aptInstallChromium, canAptInstall, findChromium, noChromiumHelp } from './lib/find-chromium.ts';
import { bin } from './lib/build-steps.ts';
import { run } from './lib/run-steps.ts';
import { clearReports, printSummary, reportFiles } from './lib/test-summary.ts';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const e2eOnly = args.includes('--e2e-only');
const passThrough = args.filter((a) => a !== '--unit-only' && a !== '--e2e-only');
clearReports();

if (!e2eOnly) {
	console.log('\n▶ Type check / 类型检查 (astro check)');
	const typeCode = await run(process.execPath, [bin('astro'), 'check']);
	if (typeCode !== 0) process.exit(typeCode);
	console.log('\n▶ Unit and build tests / 单元测试与构建测试 (vitest)');
	const code = await run(process.execPath, [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFiles.vitest}`]);
	if (code !== 0) {
		printSummary({ vitest: true });
		process.exit(code);
	}
}

if (!unitOnly) {
	let chromium = await findChromium();
	if (!chromium && canAptInstall()) {
		console.log('\nNo Chromium here; installing Debian’s chromium package / 未找到 Chromium，正在安装 Debian 的 chromium 软件包');
		const installed = aptInstallChromium();
		if (installed) chromium = { path: installed, source: 'installed' };
	}
	if (!chromium) {
		console.error(`\n${noChromiumHelp()}`);
		process.exit(1);
	}
	console.log(`\n▶ Browser tests / 浏览器测试 (Playwright, ${chromium.source} Chromium at ${chromium.path})`);
	const code = await run(process.execPath, [bin('playwright'), 'test', ...passThrough], { ...process.env, CHROMIUM_PATH: chromium.path });
	printSummary({ vitest: !e2eOnly, playwright: true });
	process.exit(code);
}
printSummary({ vitest: true });
