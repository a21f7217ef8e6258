import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Runs a search through the search page as a reader would (the address ?q=… that the header box submits), waits
 * for the result list to be complete and returns the paths of the first `top` results, best first.
 */
export async function searchTop(
	page: Page,
	searchPath: string,
	query: string,
	top = 5,
	params: Record<string, string> = {},
): Promise<string[]> {
	const qs = new URLSearchParams({ q: query, ...params });
	await page.goto(`${searchPath}?${qs}`);
	return topResults(page, top);
}

/**
 * The paths of the first `top` results of the search on the page now, once the list is complete. With `settle`
 * (for a page about to be left) it then waits for the result fragments still in flight.
 */
export async function topResults(page: Page, top = 5, settle = true): Promise<string[]> {
	const list = page.locator('#search-results');
	// The first query on a page first loads Pagefind, its WebAssembly and the index: on a busy two-core machine that
	// alone has taken over the 5 s an expectation waits by default. A wait, not a time limit on the search.
	await expect(list).toHaveAttribute('data-count', /^\d+$/, { timeout: 20_000 });
	const count = Number(await list.getAttribute('data-count'));
	const wanted = Math.min(count, top);
	// Results render lazily as they scroll into view; the first ones are in view on a tall window.
	for (let i = 0; i < wanted; i++) {
		// A placeholder <li> is replaced by the loaded result, so scroll by index rather than hold on to the element.
		await page.evaluate(
			(n) => document.querySelectorAll('#search-results > li')[n]?.scrollIntoView({ block: 'center' }),
			i,
		);
		await expect(list.locator('li').nth(i).locator('a')).toHaveAttribute('href', /.+/);
	}
	const paths = await Promise.all(
		Array.from(
			{ length: wanted },
			async (_, i) =>
				new URL((await list.locator('li').nth(i).locator('a').getAttribute('href')) as string, 'http://x').pathname,
		),
	);
	// Let result fragments in flight arrive, so that leaving the page does not cut requests off.
	if (settle) await page.waitForLoadState('networkidle');
	return paths;
}

/**
 * Runs a search on the search page already open, as a reader typing a new query into its box and pressing Enter,
 * and returns the paths of the first `top` results once the list for this query is complete. Pagefind stays
 * loaded between queries, which is what makes a suite of many terms quick.
 */
export async function searchHere(page: Page, query: string, top = 5): Promise<string[]> {
	const box = page.locator('#search-q');
	await box.fill(query);
	await box.press('Enter');
	// The page puts the query in its address, then clears the old list, in one go: from then on the count is this query's.
	await expect.poll(() => new URL(page.url()).searchParams.get('q'), `address for “${query}”`).toBe(query.trim());
	// The page stays open for the next query: fragments still in flight arrive meanwhile, nothing waits for them.
	return topResults(page, top, false);
}
