import path from 'node:path';

/**
 * The folder the site's content is read from: `CONTENT_DIR` if set (tests and the benchmark build other content
 * sets this way), otherwise `content/` in the current directory.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env.CONTENT_DIR ?? 'content');
}
