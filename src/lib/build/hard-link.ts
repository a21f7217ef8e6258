import { copyFileSync, linkSync } from 'node:fs';

/** Errors of a file system that cannot link these two paths; a copy does instead. */
const cannotLink = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/**
 * Puts `from` at `to` as a hard link: no new file is written, which is much of what creating thousands of output
 * files costs. A copy where the file system cannot link the two (another device, no links); never a copy over an
 * existing file, which could be a link to a file that must not change. The caller never writes the result in place.
 */
export function linkOrCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch (e) {
		if (!cannotLink.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
		copyFileSync(from, to);
	}
}
