/**
 * One Chromium per test file, one context, pages opened on demand, against a
 * static server for one built site. Call `useBrowserSite(site)` at the top of
 * a test file: it registers the beforeAll/afterAll hooks.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../src/browser/find-chromium.ts';
import { startStaticServer, type StaticServer } from './server.ts';
import { assertBuilt, type BuiltSite } from './targets.ts';

/** Launch the machine's Chromium, or fail with the install hint. */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error(`${INSTALL_HINT} (or run \`node scripts/ensure-chromium.ts\` as root)`);
	}
	try {
		return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new Error(`Could not start Chromium at ${executablePath}: ${detail}\n${INSTALL_HINT}`);
	}
}

export interface BrowserSite {
	readonly site: BuiltSite;
	readonly server: StaticServer;
	readonly browser: Browser;
	/** This site's own context (requests to any other origin are blocked). */
	readonly context: BrowserContext;
	/** Absolute URL for a URL path that includes the base. */
	url(urlPath: string): string;
	/** A fresh page in the site's context; close it when done (see withPage). */
	newPage(): Promise<Page>;
	/**
	 * Run fn with a page of the site's context: an idle one when there is
	 * one, else a new one. Afterwards the page goes back to the pool, blank,
	 * with its listeners removed, the default viewport and no media emulation.
	 */
	withPage<T>(fn: (page: Page) => Promise<T>): Promise<T>;
}

function need<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} is not ready: did beforeAll fail?`);
	return value;
}

/**
 * One Chromium for the calling test file, and for each built site a static
 * server and a browser context. Registers beforeAll/afterAll hooks.
 */
export function useBrowserSites(sites: readonly BuiltSite[], contextOptions: BrowserContextOptions = {}): BrowserSite[] {
	let browser: Browser | undefined;
	const servers: (StaticServer | undefined)[] = sites.map(() => undefined);
	const contexts: (BrowserContext | undefined)[] = sites.map(() => undefined);

	beforeAll(async () => {
		for (const site of sites) assertBuilt(site);
		browser = await launchChromium();
		for (const [i, site] of sites.entries()) {
			const server = await startStaticServer(site.dir, site.base);
			servers[i] = server;
			const context = await browser.newContext(contextOptions);
			contexts[i] = context;
			// The site must not load anything from elsewhere: requests to other
			// origins fail at once (and show up as failed requests).
			await context.route(
				(url) => url.origin !== server.origin,
				(route) => route.abort('blockedbyclient'),
			);
		}
	}, 60_000);

	afterAll(async () => {
		for (const context of contexts) await context?.close().catch(() => undefined);
		await browser?.close().catch(() => undefined);
		for (const server of servers) await server?.close().catch(() => undefined);
	});

	// Playwright's default viewport, unless the context sets one (null: none).
	const defaultViewport = contextOptions.viewport === undefined ? { width: 1280, height: 720 } : contextOptions.viewport;

	return sites.map((site, i): BrowserSite => {
		// Pages are reused across tests (opening one costs more than loading a
		// static page): a test borrows an idle page and gives it back blank.
		const idle: Page[] = [];
		const harness: BrowserSite = {
			site,
			get server() {
				return need(servers[i], 'The static server');
			},
			get browser() {
				return need(browser, 'Chromium');
			},
			get context() {
				return need(contexts[i], 'The browser context');
			},
			url: (urlPath) => need(servers[i], 'The static server').url(urlPath),
			newPage: () => need(contexts[i], 'The browser context').newPage(),
			async withPage(fn) {
				const page = idle.pop() ?? (await harness.newPage());
				try {
					return await fn(page);
				} finally {
					page.removeAllListeners();
					// Stop whatever the last document was doing and restore the size;
					// a page that cannot be reset is closed instead of reused.
					// Media emulation outlives navigation: a test that switched to
					// `print` and back to `screen` would make the next `page.pdf()`
					// print the screen styles. `null` restores the context's own.
					const reset = await page
						.goto('about:blank')
						.then(() => (defaultViewport ? page.setViewportSize(defaultViewport) : undefined))
						.then(() => page.emulateMedia({ media: null }))
						.then(
							() => true,
							() => false,
						);
					if (reset && !page.isClosed()) idle.push(page);
					else await page.close().catch(() => undefined);
				}
			},
		};
		return harness;
	});
}

/** One Chromium, one static server and one context for one built site. */
export function useBrowserSite(site: BuiltSite, contextOptions: BrowserContextOptions = {}): BrowserSite {
	const [harness] = useBrowserSites([site], contextOptions);
	return need(harness, 'The browser site');
}
