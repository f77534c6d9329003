/**
 * Loading every built page in Chromium, for the site built at `/` and the one
 * built under the sub-path: no console error, no uncaught page error, no
 * failed request (network failure, or HTTP status >= 400).
 */
import { describe, test } from 'vitest';
import { useBrowserSites, type BrowserSite } from '../support/browser.ts';
import { failIfAny } from '../support/report.ts';
import type { BuiltPage } from '../support/site.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const harnesses = useBrowserSites([targets.root, targets.subpath]);

async function checkPage(harness: BrowserSite, page: BuiltPage): Promise<void> {
	const url = harness.url(page.path);
	await harness.withPage(async (tab) => {
		const problems: string[] = [];
		tab.on('console', (msg) => {
			if (msg.type() === 'error') {
				const at = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
				problems.push(`console error: ${msg.text()}${at}`);
			}
		});
		tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		tab.on('requestfailed', (request) =>
			problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`),
		);
		tab.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
		});
		await tab.goto(url, { waitUntil: 'load' });
		// Let late requests (lazy images, fonts, preloads) settle.
		await tab.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
		failIfAny(problems, `errors while loading ${url}`);
	});
}

for (const harness of harnesses) {
	const pages = pagesOf(harness.site);
	describe.concurrent(`console and network (${harness.site.label})`, () => {
		testBuildHasPages(harness.site, pages);
		for (const page of pages) {
			test(page.path, () => checkPage(harness, page));
		}
	});
}
