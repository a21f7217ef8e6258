import type { AstroIntegration } from 'astro';
import { careBootScript } from '../lib/care/mode.ts';

/**
 * Puts care mode's boot script (src/lib/care/mode.ts) in the head of every page, through Astro's own mechanism for
 * scripts that must run before the page renders: Astro adds the script's hash to each page's Content-Security-Policy,
 * so the strict policy (no 'unsafe-inline', src/lib/deploy/security-headers.ts) allows it and nothing else inline.
 */
export function careMode(): AstroIntegration {
	return {
		name: 'care-mode',
		hooks: {
			'astro:config:setup': ({ injectScript }) => {
				injectScript('head-inline', careBootScript);
			},
		},
	};
}
