import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The total size in bytes and number of files under `dir`, and how many of them are HTML pages. */
export function treeSize(dir: string): { bytes: number; files: number; pages: number } {
	let bytes = 0;
	let files = 0;
	let pages = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files++;
		bytes += statSync(path.join(entry.parentPath, entry.name)).size;
		if (entry.name.endsWith('.html')) pages++;
	}
	return { bytes, files, pages };
}

/** Every file under `dir` with the SHA-256 of its bytes, by relative path: to compare two builds byte for byte. */
export function treeHashes(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		out.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
	}
	return out;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Bytes in words: `812 B`, `48.3 KB`, `1.42 GB` (binary multiples). */
export function formatBytes(n: number): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let v = n;
	let u = 0;
	while (v >= 1024 && u < units.length - 1) {
		v /= 1024;
		u++;
	}
	return u === 0 ? `${v} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[u]}`;
}
