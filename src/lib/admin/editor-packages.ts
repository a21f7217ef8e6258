/**
 * The content editor's packages, kept out of the site's install (docs/content-editor.md). Decap CMS's npm package
 * lists its whole source tree (React, webpack, Babel…: 700 packages) as dependencies, yet the browser needs only
 * its prebuilt bundle; the local backend of `npm run admin` (decap-server, express) is needed by `npm run admin`
 * alone. So:
 * - the bundle is fetched by itself with `npm pack` (the version and integrity pinned in admin/package.json under
 *   `decapCms`), checked, and its `dist/*.js` kept in `node_modules/.cache/decap-cms/<version>/`, when a build
 *   writes /admin/ or `npm run admin` serves it;
 * - decap-server and express are a package of their own, `admin/` (its own package.json and lockfile), installed
 *   with `npm ci --prefix admin` by `npm run admin` when admin/node_modules is missing or older than the lockfile
 *   (../build/own-packages.ts).
 * Both go through npm and its cache (~/.npm), so after one fetch they work offline, like the site's own packages.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownPackageRequire, runNpm } from '../build/own-packages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The editor's own package: admin/package.json and admin/package-lock.json. */
export const editorDir = path.join(root, 'admin');

/** Decap CMS's bundle as pinned in admin/package.json: an exact version and the tarball's SRI integrity. */
export interface DecapPin {
	version: string;
	integrity: string;
}

/** The pin in `<dir>/package.json`; throws, naming the file, unless it is an exact version and a sha512 integrity. */
export function decapPin(dir = editorDir): DecapPin {
	const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
	const pin = manifest.decapCms;
	if (!/^\d+\.\d+\.\d+$/.test(pin?.version ?? '') || !/^sha512-[A-Za-z0-9+/]+=*$/.test(pin?.integrity ?? ''))
		throw new Error(
			`${path.join(dir, 'package.json')}: decapCms must be { "version": "<x.y.z>", "integrity": "sha512-…" } (got ${JSON.stringify(pin)})`,
		);
	return pin;
}

/** Whether `bytes` match an SRI integrity string (`sha512-<base64>`, what npm's lockfiles record). */
export function matchesIntegrity(bytes: Buffer, integrity: string): boolean {
	const [algorithm, expected] = integrity.split(/-(.*)/s);
	return createHash(algorithm).update(bytes).digest('base64') === expected;
}

/**
 * The files of Decap's bundle among a listing of the package's dist/: `decap-cms.js` and the chunks it loads on
 * demand (`<n>.decap-cms.js`). Not the source maps, nor `cms.js` and its chunks (the same bundle under its old name).
 */
export function bundleFileNames(names: readonly string[]): string[] {
	return names.filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name)).sort();
}

/** Where the bundle of `pin` is kept once fetched. */
export function decapBundleCacheDir(pin: DecapPin = decapPin()): string {
	return path.join(root, 'node_modules/.cache/decap-cms', pin.version);
}

/**
 * The folder holding Decap CMS's bundle (the files of `bundleFileNames`), fetching it first when it is not there:
 * `npm pack decap-cms@<version>` (npm's cache first, the registry otherwise), the tarball checked against the pinned
 * integrity, then unpacked. Throws, naming the version and what failed, when it cannot be had.
 */
export function decapBundleDir(pin: DecapPin = decapPin(), target = decapBundleCacheDir(pin)): string {
	const stamp = path.join(target, '.integrity');
	const fetched = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === pin.integrity;
	if (fetched()) return target;

	const spec = `decap-cms@${pin.version}`;
	const work = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`;
	mkdirSync(work, { recursive: true });
	try {
		const args = ['pack', spec, '--json', '--prefer-offline', '--loglevel=error', '--pack-destination', work];
		const packed = runNpm(args, { cwd: root, capture: true });
		if (packed.status !== 0)
			throw new Error(`npm pack ${spec} failed (${packed.status}): ${packed.stderr.trim() || packed.stdout.trim()}`);
		const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
		const tarball = path.join(work, filename);
		if (!matchesIntegrity(readFileSync(tarball), pin.integrity))
			throw new Error(`${spec}: the tarball does not match the integrity pinned in admin/package.json`);
		const unpacked = path.join(work, 'unpacked');
		mkdirSync(unpacked);
		const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked], { encoding: 'utf8' });
		if (tar.error || tar.status !== 0)
			throw new Error(`tar could not unpack ${filename}: ${tar.error?.message ?? tar.stderr.trim()}`);
		const dist = path.join(unpacked, 'package/dist');
		const names = bundleFileNames(readdirSync(dist));
		if (!names.includes('decap-cms.js')) throw new Error(`${spec} has no dist/decap-cms.js`);
		const bundle = path.join(work, 'bundle');
		mkdirSync(bundle);
		for (const name of names) copyFileSync(path.join(dist, name), path.join(bundle, name));
		writeFileSync(path.join(bundle, '.integrity'), pin.integrity);
		// The folder is moved in whole, its stamp inside, so a reader never sees half of it. Another build may have
		// fetched the same bundle meanwhile: then its copy stays (the same bytes).
		try {
			renameSync(bundle, target);
		} catch (error) {
			if (!fetched()) throw new Error(`${target} is in the way: remove it`, { cause: error });
		}
		return target;
	} catch (error) {
		throw new Error(
			`无法获取内容编辑器 Decap CMS ${pin.version} / could not get Decap CMS ${pin.version} for /admin/ (needs the npm registry once, or npm's cache): ${(error as Error).message}`,
			{ cause: error },
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * A `require` that loads from the editor's own packages (admin/node_modules), after installing them with
 * `npm ci --prefix admin` when they are missing or were installed from another lockfile.
 */
export function editorRequire(dir = editorDir): NodeJS.Require {
	return ownPackageRequire(dir, { zh: '内容编辑器的依赖包', en: 'the content editor’s packages' });
}
