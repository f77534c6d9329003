/**
 * axe-core on every built page, in Chromium: no WCAG 2.0/2.1 A or AA
 * violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';
import { failIfAny } from '../support/report.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const site = targets.root;
const pages = pagesOf(site);
const harness = useBrowserSite(site);

describe.concurrent(`axe (${AXE_TAGS.join(', ')})`, () => {
	testBuildHasPages(site, pages);

	for (const page of pages) {
		test(page.path, async () => {
			await harness.withPage(async (tab) => {
				const url = harness.url(page.path);
				await tab.goto(url, { waitUntil: 'load' });
				// Legacy mode runs axe.run() in the page and its frames directly,
				// instead of runPartial + finishRun in an extra blank page: half the
				// time per page. It only misses cross-origin iframes, which this
				// site does not have (the console test would flag their requests).
				const results = await new AxeBuilder({ page: tab })
					.withTags(AXE_TAGS)
					.options({ resultTypes: ['violations'] })
					.setLegacyMode(true)
					.analyze();
				const problems = results.violations.flatMap((v) =>
					v.nodes.map(
						(node) =>
							`${v.id} [${v.impact ?? node.impact ?? 'unknown'}] ${node.target.map(String).join(' >>> ')}: ${v.help} (${v.helpUrl})`,
					),
				);
				failIfAny(problems, `axe violations on ${url}`);
			});
		});
	}
});
