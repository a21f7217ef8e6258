/**
 * `npm run test:mutation [-- <stryker options>]`: mutation testing of the domain core with StrykerJS
 * (stryker.config.mjs; docs/testing.md, "Mutation testing"). StrykerJS is a package of its own, mutation/
 * (docs/install.md), installed here on first use; its vitest runner uses the project's own vitest.
 * 变异测试：首次运行时安装 StrykerJS（mutation/）。
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ownPackageRequire } from '../src/lib/build/own-packages.ts';

const stryker = ownPackageRequire(path.resolve('mutation'), { zh: '变异测试工具 StrykerJS', en: 'StrykerJS' });
const cli = path.join(path.dirname(stryker.resolve('@stryker-mutator/core/package.json')), 'bin/stryker.js');
const run = spawnSync(process.execPath, [cli, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
