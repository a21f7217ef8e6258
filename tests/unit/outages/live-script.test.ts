import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

/**
 * The live status script must stay small (< 2.5 KB minified, about 1 KB compressed): every page loads it, on slow
 * rural connections, to show urgent alerts published after the page was built.
 */
describe('live status script', () => {
	test('bundled and minified, with the shared status rule, it stays under 2.5 KB', async () => {
		const out = await build({
			entryPoints: ['src/scripts/live-status.ts'],
			bundle: true,
			minify: true,
			format: 'esm',
			write: false,
			target: 'es2020',
		});
		const code = out.outputFiles[0].text;
		expect(code.length).toBeLessThan(2560);
		// The same rule as the build: the 24-hour "soon" threshold comes from status.ts, not a copy.
		expect(code).toContain('864e5');
	});
});
