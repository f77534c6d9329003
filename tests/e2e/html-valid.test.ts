/**
 * .htmlvalidate.json turns off one rule, long-title: an SEO heuristic, not validity; the
 * bodies' official names run to 86 characters and must appear in full in page titles.
 * html-validate on every built page (the site built at `/`), with the
 * project's `.htmlvalidate.json` (recommended preset): no error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, test } from 'vitest';
import { failIfAny } from '../support/report.ts';
import { readText } from '../support/site.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

// The built files live outside the project (e.g. /tmp), where html-validate
// would not find the project's configuration by itself: load it explicitly.
const configFile = path.resolve(import.meta.dirname, '../../.htmlvalidate.json');
const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

const site = targets.root;
const pages = pagesOf(site);

describe.concurrent(`html-validate (${path.relative(process.cwd(), configFile)})`, () => {
	testBuildHasPages(site, pages);

	for (const page of pages) {
		test(page.path, async () => {
			const report = await validator.validateString(readText(page.file), page.file);
			const problems = report.results.flatMap((r) =>
				r.messages
					.filter((m) => m.severity === 2)
					.map((m) => `${page.rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
			);
			failIfAny(problems, `html-validate errors in ${page.path}`);
		});
	}
});
