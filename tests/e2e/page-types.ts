import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fixture } from '../fixture-site.ts';

/**
 * One page of every type the site publishes, found in the built fixture site (so a page type another part of
 * the site adds is covered as soon as it is listed here). Discovery runs inside the tests, after the fixture
 * site is built.
 */
export interface PageType {
	/** A name for reports. */
	name: string;
	/** The locale-neutral path of one page of this type in the build, or undefined when there is none. */
	find(): string | undefined;
	/** The page answers 404 (the not-found page is served for a path that does not exist). */
	notFound?: boolean;
	/** Which script islands the page is allowed to run (see page-types.spec.ts). */
	scripts?: Array<'search' | 'lookup' | 'estimator'>;
}

/** Subfolders of `dir` (relative to the built site) that hold an index.html, except those in `except`. */
function pagesUnder(dir: string, except: string[] = []): string[] {
	const abs = path.join(fixture.outDir, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { withFileTypes: true })
		.filter((e) => e.isDirectory() && !except.includes(e.name) && existsSync(path.join(abs, e.name, 'index.html')))
		.map((e) => `/${dir}/${e.name}/`)
		.sort();
}

/** A fixed path, if the build has it. */
function fixed(p: string): () => string | undefined {
	return () => (existsSync(path.join(fixture.outDir, p, 'index.html')) ? p : undefined);
}

/** The first page under `dir` (deterministic: sorted), optionally preferring one. */
function firstUnder(dir: string, except: string[] = [], prefer?: string): () => string | undefined {
	return () => {
		const all = pagesUnder(dir, except);
		return (prefer && all.includes(prefer) ? prefer : undefined) ?? all[0];
	};
}

export const pageTypes: PageType[] = [
	{ name: 'home', find: fixed('/') },
	{ name: 'outages list', find: fixed('/outages/') },
	// The in-progress sample notice: it has a live status, a date window and the most content.
	{
		name: 'notice',
		find: firstUnder('outages', ['archive', 'subscribe', 'calendar', 'day'], '/outages/qs-20261201-guanmou-cun/'),
	},
	{ name: 'outage calendar', find: fixed('/outages/calendar/') },
	{ name: 'outage day', find: firstUnder('outages/day') },
	{ name: 'service quality', find: fixed('/reliability/') },
	// A notice whose power was reported back (40 minutes early), with its substation and 台区.
	{ name: 'restored notice', find: fixed('/outages/qs-20261130-shangguan/') },
	{ name: 'outage archive', find: firstUnder('outages/archive') },
	{ name: 'area list', find: fixed('/areas/'), scripts: ['lookup'] },
	{ name: 'area', find: firstUnder('areas', [], '/areas/guanmou-cun/') },
	{ name: 'unit list', find: fixed('/units/') },
	{ name: 'unit', find: firstUnder('units', [], '/units/guanmou/') },
	{ name: 'subscribe', find: fixed('/outages/subscribe/') },
	{ name: 'tariffs', find: fixed('/tariffs/') },
	{ name: 'tariff explainer', find: firstUnder('tariffs', ['estimator', 'versions']) },
	{ name: 'tariff version', find: firstUnder('tariffs/versions') },
	{ name: 'estimator', find: fixed('/tariffs/estimator/'), scripts: ['estimator'] },
	{ name: 'guidance hub', find: fixed('/guidance/') },
	{ name: 'guidance category', find: firstUnder('guidance/category') },
	{ name: 'guidance article', find: firstUnder('guidance', ['category']) },
	{ name: 'search', find: fixed('/search/'), scripts: ['search'] },
	{ name: '404', find: () => '/no-such-page/', notFound: true },
];

/** The page's address in `locale`. */
export function inLocale(neutral: string, locale: 'zh-cn' | 'en'): string {
	return locale === 'en' ? `/en${neutral}` : neutral;
}

/** The page of `type` in `locale`; throws, naming the type, when the build has none. */
export function pageOf(type: PageType, locale: 'zh-cn' | 'en'): string {
	const found = type.find();
	if (!found) throw new Error(`the built fixture site has no page of type "${type.name}"`);
	return inLocale(found, locale);
}
