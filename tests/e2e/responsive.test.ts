/**
 * No horizontal scrolling on any built page (site built at `/`), in Chromium:
 * - at a 320 CSS px wide viewport (WCAG 1.4.10 reflow);
 * - at 1280 px zoomed to 200 %, i.e. a 640 CSS px wide viewport
 *   (deviceScaleFactor only changes pixel density, it does not zoom).
 * The rule: document.documentElement.scrollWidth <= window.innerWidth.
 */
import { describe, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';
import { measureOverflow } from '../support/dom.ts';
import { failIfAny } from '../support/report.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const VIEWPORTS = [
	{ name: '320px', width: 320, height: 640 },
	{ name: '1280px at 200% zoom (640 CSS px)', width: 640, height: 400 },
] as const;

const site = targets.root;
const pages = pagesOf(site);
const harness = useBrowserSite(site);

describe.concurrent(`no horizontal scrolling at ${VIEWPORTS.map((v) => v.name).join(' and at ')}`, () => {
	testBuildHasPages(site, pages);

	for (const page of pages) {
		test(page.path, async () => {
			await harness.withPage(async (tab) => {
				const url = harness.url(page.path);
				const problems: string[] = [];
				for (const [i, viewport] of VIEWPORTS.entries()) {
					await tab.setViewportSize({ width: viewport.width, height: viewport.height });
					// Load at the first size; resizing re-applies media queries.
					if (i === 0) {
						await tab.goto(url, { waitUntil: 'load' });
						await tab.evaluate(() => document.fonts.ready.then(() => undefined));
					}
					const m = await tab.evaluate(measureOverflow);
					if (m.scrollWidth > m.innerWidth) {
						const offenders = m.offenders.map((o) => `${o.selector} (right edge ${o.right}px, width ${o.width}px)`);
						problems.push(
							`at ${viewport.name}: scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}; widest: ${offenders.join('; ') || 'n/a'}`,
						);
					}
				}
				failIfAny(problems, `${url} scrolls horizontally`);
			});
		});
	}
});
