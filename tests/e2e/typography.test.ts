/**
 * Typography of the built pages, both builds, read from the files: every text
 * node of French (by its nearest `lang`) follows Canadian usage, and prose
 * gives dates in words while « Date de modification » stays YYYY-MM-DD.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../support/html.ts';
import { failIfAny } from '../support/report.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const VERBATIM = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEXTAREA', 'TEMPLATE']);

/** Text nodes with the language they are in and whether they sit in « Date de modification ». */
function texts(root: HTMLElement): { text: string; lang: string; dateModified: boolean }[] {
	const out: { text: string; lang: string; dateModified: boolean }[] = [];
	const walk = (node: Node, lang: string, dateModified: boolean): void => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) out.push({ text: child.text, lang, dateModified });
			else if (child.nodeType === 1) {
				const el = child as HTMLElement;
				if (VERBATIM.has(el.tagName)) continue;
				walk(el, el.getAttribute('lang') ?? lang, dateModified || el.classList.contains('date-modified'));
			}
		}
	};
	walk(root, 'fr', false);
	return out;
}

const RULES: [string, RegExp][] = [
	['a straight apostrophe', /'/],
	['an ordinary or narrow space before a colon', /[ \u202f]:(\s|$)/],
	['a colon with no space before it', /[^\s\u00a0]:(\s|$)/],
	['an ordinary space inside guillemets', /« | »/],
	['a space before ; ? or !', /[ \u00a0\u202f][;?!]/],
];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

for (const site of [targets.root, targets.subpath]) {
	const pages = pagesOf(site);
	describe.concurrent(`typography (${site.label})`, () => {
		testBuildHasPages(site, pages);
		test.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
			const problems: string[] = [];
			let modified = 0;
			for (const { text, lang, dateModified } of texts(parseFile(page.file))) {
				if (lang === 'fr') for (const [what, re] of RULES) if (re.test(text)) problems.push(`${what}: ${JSON.stringify(text.trim().slice(0, 80))}`);
				if (dateModified && ISO_DATE.test(text)) modified++;
				else if (ISO_DATE.test(text)) problems.push(`an ISO date in prose: ${JSON.stringify(text.trim().slice(0, 80))}`);
			}
			failIfAny(problems, `typography of ${page.path}`);
			if (page.kind === 'language') expect(modified, '« Date de modification » as YYYY-MM-DD').toBe(1);
		});
	});
}
