/**
 * Loading every built page in Chromium, for the site built at `/` and the one
 * built under the sub-path: no console error, no uncaught page error, no
 * failed request (network failure, or HTTP status >= 400).
 */
import { describe, expect, test } from 'vitest';
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
		let pending = 0;
		tab.on('request', () => pending++);
		tab.on('requestfinished', () => pending--);
		tab.on('requestfailed', (request) => {
			pending--;
			// Chromium fetches the favicon itself, after load, and may cancel that
			// fetch when several tabs of one context ask for it at once (seen on a
			// loaded CI machine). A cancel is the browser's choice, not the site's
			// fault; the favicon itself is checked once below.
			if (isFavicon(request.url()) && request.failure()?.errorText === 'net::ERR_ABORTED') return;
			problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown'}`);
		});
		tab.on('response', (response) => {
			if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
		});
		await tab.goto(url, { waitUntil: 'load' });
		// Let late requests (lazy images, fonts, preloads) finish: wait until
		// nothing has been in flight for 150 ms (at most 10 s).
		const deadline = Date.now() + 10_000;
		let quietSince = Date.now();
		while (Date.now() < deadline) {
			if (pending > 0) quietSince = Date.now();
			else if (Date.now() - quietSince >= 150) break;
			await tab.waitForTimeout(25);
		}
		if (pending > 0) problems.push(`${pending} request(s) still pending 10 s after load`);
		failIfAny(problems, `errors while loading ${url}`);
	});
}

const isFavicon = (url: string): boolean => new URL(url).pathname.endsWith('/favicon.svg');

for (const harness of harnesses) {
	const pages = pagesOf(harness.site);
	describe.concurrent(`console and network (${harness.site.label})`, () => {
		testBuildHasPages(harness.site, pages);
		test('the favicon every page links to is served as SVG', async () => {
			const response = await fetch(harness.url(`${harness.site.base.replace(/\/?$/, '/')}favicon.svg`));
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
		});
		for (const page of pages) {
			test(page.path, () => checkPage(harness, page));
		}
	});
}
