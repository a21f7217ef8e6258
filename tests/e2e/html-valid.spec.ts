/**
 * Every page of the built fixture site, in both languages, passes the Nu Html Checker (the W3C validator, npm
 * package vnu-jar) with zero errors. One Java process checks all the pages at once (starting the JVM per page would
 * cost more than the checking); the test fails listing file, line and message of each error.
 * Needs Java: `apt-get install default-jre-headless` (.ci/run installs it where it is missing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { fixture } from '../fixture-site.ts';
import { listFiles } from '../../src/lib/links/check-site.ts';

/** vnu.jar's path: the vnu-jar package exports it (as a String object). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/** Runs vnu over `files` (absolute paths) in one JVM; resolves with its JSON messages (vnu writes them to stderr). */
function runVnu(files: string[]): Promise<VnuMessage[]> {
	return new Promise((resolve, reject) => {
		// --exit-zero-always: an error is reported through the messages, a crash through the exit code.
		const child = spawn(
			'java',
			['-Xss1024k', '-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
			{ stdio: ['ignore', 'ignore', 'pipe'] },
		);
		let out = '';
		child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`vnu exited with ${code}: ${out.slice(0, 2000)}`));
			try {
				resolve((JSON.parse(out) as { messages: VnuMessage[] }).messages);
			} catch (e) {
				reject(new Error(`vnu printed no JSON (${(e as Error).message}): ${out.slice(0, 2000)}`));
			}
		});
	});
}

test('every page passes the Nu Html Checker with zero errors', async () => {
	// Checking a few hundred pages takes a JVM a minute or so on a busy two-core machine.
	test.setTimeout(600_000);
	const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
	expect(
		java.error,
		'Java is needed to run the Nu Html Checker: apt-get install default-jre-headless / 需要 Java',
	).toBeUndefined();

	const pages = listFiles(fixture.outDir).filter((f) => f.endsWith('.html'));
	// Both languages are there, so an empty or half-built site cannot pass for a valid one.
	expect(pages.filter((p) => p.startsWith('en/')).length, 'English pages').toBeGreaterThan(10);
	expect(pages.filter((p) => !p.startsWith('en/')).length, 'Chinese pages').toBeGreaterThan(10);

	const messages = await runVnu(pages.map((p) => path.join(fixture.outDir, p)));
	const errors = messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
		.map((m) => {
			const file = m.url ? path.relative(fixture.outDir, fileURLToPath(m.url)) : '?';
			return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}`;
		});
	expect(errors, `${errors.length} Nu Html Checker errors over ${pages.length} pages`).toEqual([]);
});
