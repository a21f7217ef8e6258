/**
 * What the files of a built site hold, remembered between builds by their identity on disk. The steps after Astro
 * (search index, link check) need each page's content hash, and what they derive from its bytes, for every page of
 * the site; reading and hashing 25,000 pages costs seconds on every build although a publish rewrites a few hundred.
 * Astro leaves a page it did not render untouched in dist/ (src/integrations/keep-dist.ts), so a file whose size,
 * modification time (nanoseconds) and inode are those recorded last time still holds the bytes it held then — the
 * rule `make` and rsync rely on. Only files that changed are read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byCodeUnit } from '../order.ts';

/** One file as last seen: identity on disk, SHA-256 of the bytes, and the value derived from them. */
type Entry<T> = [size: string, mtimeNs: string, ino: string, hash: string, value: T];

interface Stored<T> {
	version: string;
	files: Record<string, Entry<T>>;
}

/** A file's content hash and derived value, and its bytes when this run had to read them. */
export interface FileDigest<T> {
	hash: string;
	value: T;
	/** The file's bytes, when it was read in this run (new or changed); undefined when known from the record. */
	bytes?: Buffer;
}

export interface FileDigestsOptions<T> {
	/** Derives what the caller needs from a file's bytes (e.g. the month of a notice page); stored with the hash. */
	derive: (bytes: Buffer) => T;
	/** Changes whenever `derive` would give something else for the same bytes, so no old value is reused. */
	version: string;
}

/** SHA-256 of `bytes`, hex. */
export function sha256(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content hashes (and derived values) of files under a root, kept in `file` between runs. `save` writes back the
 * files looked at in this run only, so the record never outgrows the site.
 */
export class FileDigests<T> {
	private readonly old = new Map<string, Entry<T>>();
	private readonly seen = new Map<string, Entry<T>>();
	/** Files read (new or changed since the record) and files known from the record, in this run. */
	read = 0;
	reused = 0;

	private readonly file: string;
	private readonly opts: FileDigestsOptions<T>;

	constructor(file: string, opts: FileDigestsOptions<T>) {
		this.file = file;
		this.opts = opts;
		if (!existsSync(file)) return;
		try {
			const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
			if (stored.version !== opts.version) return;
			for (const [rel, entry] of Object.entries(stored.files)) this.old.set(rel, entry);
		} catch {
			// An unreadable record is no record: every file is read.
			this.old.clear();
		}
	}

	/** The digest of `rel` (a path relative to `root`): from the record when the file is unchanged on disk. */
	get(root: string, rel: string): FileDigest<T> {
		const abs = path.join(root, rel);
		const st = statSync(abs, { bigint: true });
		const id: [string, string, string] = [String(st.size), String(st.mtimeNs), String(st.ino)];
		const known = this.old.get(rel);
		if (known && known[0] === id[0] && known[1] === id[1] && known[2] === id[2]) {
			this.reused++;
			this.seen.set(rel, known);
			return { hash: known[3], value: known[4] };
		}
		const bytes = readFileSync(abs);
		const entry: Entry<T> = [...id, sha256(bytes), this.opts.derive(bytes)];
		this.read++;
		this.seen.set(rel, entry);
		return { hash: entry[3], value: entry[4], bytes };
	}

	/**
	 * Writes the record of this run's files, atomically (a half-written record is never read); nothing when every
	 * file came from the record and every recorded file was looked at (the record already says exactly this).
	 */
	save(): void {
		if (this.read === 0 && this.seen.size === this.old.size) return;
		const files = Object.fromEntries([...this.seen].sort(([a], [b]) => byCodeUnit(a, b)));
		mkdirSync(path.dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify({ version: this.opts.version, files } satisfies Stored<T>));
		renameSync(tmp, this.file);
	}
}
