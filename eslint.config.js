// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One lint for the whole tree: ESLint's and typescript-eslint's recommended rules, eslint-plugin-astro's for the
 * pages. Formatting is Prettier's job (`npm run format`), not ESLint's.
 */
export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'.bench*/',
			'reports/',
			'.stryker-tmp/',
			'node_modules/',
			'content/',
			'public/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// `_name` marks a parameter or binding kept for its position or shape.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
			// Control characters are what the text cleaners, the XML writers and the SVG labels exist to remove.
			'no-control-regex': 'off',
		},
	},
	{
		// Domain logic is plain TypeScript, unit-tested without Astro: only src/data/ and the pages read the content
		// collections.
		files: ['src/lib/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^astro:', message: 'src/lib is plain TypeScript: read collections in src/data/.' },
						{ regex: '/data/[^/]+$', message: 'src/lib must not depend on src/data/: pass the data in.' },
					],
				},
			],
		},
	},
	{
		// Tests hand deliberately malformed values to the schemas and the validators.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		// Code that runs in the reader's browser.
		files: ['src/scripts/**', 'src/components/**/*.ts', 'src/admin/**', '**/*.astro'],
		languageOptions: { globals: { ...globals.browser } },
	},
);
