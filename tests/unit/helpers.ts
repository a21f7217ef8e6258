import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Notice } from '../../src/schemas/notice.ts';
import { fixtureContent } from '../fixture-site.ts';

/** A valid notice to derive test cases from. */
export function validNotice(overrides: Partial<Notice> = {}): Notice {
	return {
		id: 'qs-20261203-01',
		kind: 'planned',
		lifecycle: 'published',
		start: '2026-12-03T08:00:00+08:00',
		end: '2026-12-03T17:30:00+08:00',
		areas: ['guanmou-cun'],
		scope: { zh: '关牟村1-5组', en: 'Guanmou Village groups 1 to 5' },
		line: { zh: '10kV 关牟线' },
		reason: { zh: '更换老旧电杆' },
		unit: { id: 'guanmou', name: { zh: '关牟供电所' }, phone: '0839-5550141' },
		publishedAt: '2026-11-20T09:00:00+08:00',
		updatedAt: '2026-11-20T09:00:00+08:00',
		revision: 1,
		history: [{ revision: 1, at: '2026-11-20T09:00:00+08:00', event: 'published' }],
		...overrides,
	};
}

/** A throw-away copy of the fixture content (tests/fixtures/site), for a test to change. */
export function tempContent(): { dir: string; write(rel: string, text: string): void; cleanup(): void } {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-content-'));
	cpSync(fixtureContent, dir, { recursive: true });
	return {
		dir,
		write: (rel, text) => {
			mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
			writeFileSync(path.join(dir, rel), text);
		},
		cleanup: () => rmSync(dir, { recursive: true, force: true }),
	};
}

const trees: string[] = [];

/** Writes `files` (relative path → text) into a new temporary folder, e.g. a small built site; returns the folder. */
export function writeTree(files: Record<string, string>, prefix = 'tree-'): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
	trees.push(dir);
	for (const [rel, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}

/** Removes every folder `writeTree` made; for `afterEach`. */
export function removeTrees(): void {
	for (const dir of trees.splice(0)) rmSync(dir, { recursive: true, force: true });
}
