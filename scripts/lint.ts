/**
 * `npm run lint`: ESLint (typescript-eslint, eslint-plugin-astro), then Prettier's check of the code style, then
 * the check of the code inside .astro files (scripts/format-astro.ts). `npm run format` fixes what the last two
 * report. Part of `npm test`.
 * 代码检查：ESLint，再检查代码格式（Prettier）；格式问题用 npm run format 修正。
 */
import { bin } from './lib/build-steps.ts';
import { runSteps } from './lib/run-steps.ts';

await runSteps([
	{ title: 'ESLint', command: process.execPath, args: [bin('eslint'), '.'] },
	{
		title: 'Code style / 代码格式 (prettier --check)',
		command: process.execPath,
		args: [bin('prettier'), '--check', '--log-level=warn', '.'],
	},
	{
		title: 'Code in .astro files / .astro 文件中的代码',
		command: process.execPath,
		args: ['scripts/format-astro.ts', '--check'],
	},
]);
