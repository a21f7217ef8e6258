/**
 * Prettier for the code inside `.astro` files — the frontmatter, `<style>` and bundled `<script>` blocks — leaving
 * the template as written. prettier-plugin-astro formats templates as JSX: it moves an expression child onto its
 * own line (`<a>{name}</a>` becomes `<a>\n{name}\n</a>`), and Astro renders that line break as a space, inside
 * links, between Chinese characters and in the search index (withastro/prettier-plugin-astro#308, #460). Run on
 * this site it changed the HTML of 804 of 806 built pages, so templates are not formatted; their code is, with the
 * project's Prettier configuration (and the plugin's, for what it shares).
 *   --check   report files that are not formatted; exit 1 if any.
 * 格式化 .astro 文件中的代码（前置脚本、样式、脚本），模板保持原样：格式化模板会改变生成的 HTML。
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import * as prettier from 'prettier';

const check = process.argv.includes('--check');

/** A block of code in an `.astro` file: where its text starts and ends, and how Prettier should parse it. */
interface Block {
	start: number;
	end: number;
	parser: 'typescript' | 'css';
	/** Indentation put back before each non-empty line of the formatted block. */
	indent: string;
}

/** The frontmatter and the top-level `<style>` and bundled `<script>` blocks (not `is:inline` or data scripts). */
export function codeBlocks(source: string): Block[] {
	const blocks: Block[] = [];
	const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (front) blocks.push({ start: 4, end: 4 + front[1].length + 1, parser: 'typescript', indent: '' });
	for (const m of source.matchAll(/^<(style|script)((?:\s[^>]*)?)>\n([\s\S]*?)^<\/\1>/gm)) {
		const [, tag, attrs, body] = m;
		if (tag === 'script' && /is:inline|type=|set:html/.test(attrs)) continue;
		const start = m.index + m[0].indexOf('>') + 2;
		blocks.push({ start, end: start + body.length, parser: tag === 'style' ? 'css' : 'typescript', indent: '\t' });
	}
	return blocks;
}

async function formatAstro(file: string, source: string): Promise<string> {
	const options = (await prettier.resolveConfig(file)) ?? {};
	let out = '';
	let at = 0;
	for (const block of codeBlocks(source)) {
		// Dedented first: Prettier keeps the inside of block comments as written, so indentation would pile up.
		const code = source
			.slice(block.start, block.end)
			.split('\n')
			.map((line) => (block.indent && line.startsWith(block.indent) ? line.slice(block.indent.length) : line))
			.join('\n');
		const formatted = await prettier.format(code, { ...options, parser: block.parser, plugins: [] });
		const indented = formatted
			.split('\n')
			.map((line) => (line && block.indent ? block.indent + line : line))
			.join('\n');
		out += source.slice(at, block.start) + indented;
		at = block.end;
	}
	return out + source.slice(at);
}

const unformatted: string[] = [];
for await (const file of glob('src/**/*.astro')) {
	const source = readFileSync(file, 'utf8');
	const formatted = await formatAstro(file, source);
	if (formatted === source) continue;
	if (check) unformatted.push(file);
	else {
		writeFileSync(file, formatted);
		console.log(file);
	}
}
if (unformatted.length > 0) {
	console.error(
		`Code in these .astro files is not formatted; run npm run format / 以下文件的代码未格式化，请运行 npm run format:\n${unformatted.join('\n')}`,
	);
	process.exit(1);
}
