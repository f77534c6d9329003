/** Shared pieces of the e2e test files. */
import { expect, test } from 'vitest';
import { listPages, type BuiltPage } from './site.ts';
import { assertBuilt, type BuiltSite } from './targets.ts';

/** Every built HTML page of a site, read when the test file is collected. */
export function pagesOf(site: BuiltSite): BuiltPage[] {
	return listPages(site.dir, site.base);
}

/** A test that fails clearly when the build is missing or has no pages. */
export function testBuildHasPages(site: BuiltSite, pages: readonly BuiltPage[]): void {
	test(`${site.label}: the build has HTML pages`, () => {
		assertBuilt(site);
		expect(pages.length, `no HTML page found in ${site.dir}`).toBeGreaterThan(0);
	});
}

/** Runs fn on each item, at most `limit` at a time. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
