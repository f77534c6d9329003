/**
 * The language toggle of every language page, in Chromium: it names the
 * other language, sits after a visually hidden heading, leads (HTTP 200) to
 * the same page in the other language, whose toggle leads back; the
 * `hreflang` alternates in <head> agree with it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSite } from '../support/browser.ts';
import { inspectToggle, type ToggleInfo } from '../support/dom.ts';
import { failIfAny } from '../support/report.ts';
import { isLang, otherLang, type BuiltPage, type Lang } from '../support/site.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const TOGGLE_TEXT: Record<Lang, string> = { fr: 'English', en: 'Français' };
const HEADING_TEXT: Record<Lang, string> = { fr: 'Sélection de la langue', en: 'Language selection' };

const site = targets.root;
const pages = pagesOf(site);
const languagePages = pages.filter((p) => p.kind === 'language');
const language404s = pages.filter((p) => p.kind === 'language-404');
const notFoundPaths = new Set(pages.filter((p) => p.kind === 'root-404' || p.kind === 'language-404').map((p) => p.path));
const harness = useBrowserSite(site);

/** Problems with the toggle as found on a page in `lang`. */
function checkToggle(info: ToggleInfo, lang: Lang): string[] {
	const other = otherLang(lang);
	const problems: string[] = [];
	if (info.htmlLang !== lang) problems.push(`<html lang="${info.htmlLang}">, expected "${lang}"`);
	if (info.count !== 1) {
		problems.push(`${info.count} a[data-language-toggle] elements, expected exactly 1`);
		if (info.count === 0) return problems;
	}
	if (!info.href) problems.push('the toggle has no href');
	if (info.lang !== other) problems.push(`toggle lang="${info.lang}", expected "${other}"`);
	if (info.hreflang !== other) problems.push(`toggle hreflang="${info.hreflang}", expected "${other}"`);
	if (info.visibleText !== TOGGLE_TEXT[lang]) {
		problems.push(`toggle visible text is "${info.visibleText}", expected "${TOGGLE_TEXT[lang]}"`);
	}
	if (!info.isVisible) problems.push('the toggle is not visible');
	const h = info.heading;
	if (!h) {
		problems.push(`no heading before the toggle (expected a visually hidden "${HEADING_TEXT[lang]}")`);
	} else {
		if (h.text !== HEADING_TEXT[lang]) {
			problems.push(`the heading before the toggle is <${h.tag}> "${h.text}", expected "${HEADING_TEXT[lang]}"`);
		}
		if (!h.rendered) problems.push(`the heading "${h.text}" is display:none/visibility:hidden (hidden from screen readers too)`);
		else if (!h.visuallyHidden) problems.push(`the heading "${h.text}" is visible; it should be visually hidden`);
	}
	return problems;
}

/** Alternates in <head> must agree with the toggle (paths; origins are checked elsewhere). */
function checkAlternates(info: ToggleInfo, lang: Lang, ownPath: string, togglePath: string): string[] {
	const problems: string[] = [];
	const other = otherLang(lang);
	const expected: [string, string][] = [
		[lang, ownPath],
		[other, togglePath],
	];
	for (const [hreflang, path] of expected) {
		const found = info.alternates.filter((a) => a.hreflang === hreflang);
		if (found.length !== 1) {
			problems.push(`${found.length} <link rel="alternate" hreflang="${hreflang}">, expected 1`);
			continue;
		}
		const actual = new URL(found[0]?.href ?? '').pathname;
		if (actual !== path) problems.push(`<link rel="alternate" hreflang="${hreflang}"> points to ${actual}, expected ${path}`);
	}
	if (!info.alternates.some((a) => a.hreflang === 'x-default')) problems.push('no <link rel="alternate" hreflang="x-default">');
	return problems;
}

interface Followed {
	status: number;
	path: string;
	info: ToggleInfo;
}

/** Click the toggle and describe where it landed. */
async function follow(tab: Page): Promise<Followed> {
	const navigation = tab.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === tab.mainFrame());
	await tab.locator('a[data-language-toggle]').first().click();
	const response = await navigation;
	await tab.waitForLoadState('load');
	return {
		status: response.status(),
		path: new URL(response.url()).pathname,
		info: await tab.evaluate(inspectToggle),
	};
}

async function checkPage(page: BuiltPage, expectTargetIs404: boolean): Promise<void> {
	const lang = page.lang;
	if (!isLang(lang)) throw new Error(`${page.path} is not under /fr/ or /en/`);
	const other = otherLang(lang);
	const url = harness.url(page.path);
	await harness.withPage(async (tab) => {
		const response = await tab.goto(url, { waitUntil: 'load' });
		expect(response?.status(), `${url} did not load`).toBe(200);
		const info = await tab.evaluate(inspectToggle);
		const problems = checkToggle(info, lang);
		if (info.count === 0 || !info.resolved) {
			failIfAny(problems, `language toggle on ${url}`);
			return;
		}
		const target = new URL(info.resolved);
		if (target.origin !== harness.server.origin) {
			problems.push(`the toggle leaves the site: ${info.href}`);
			failIfAny(problems, `language toggle on ${url}`);
			return;
		}
		if (!expectTargetIs404) problems.push(...checkAlternates(info, lang, page.path, target.pathname));

		const landed = await follow(tab);
		const where = `the toggle (${info.href}) leads to ${landed.path}`;
		if (landed.status !== 200) problems.push(`${where} with HTTP ${landed.status}`);
		if (landed.path !== target.pathname) problems.push(`${where}, not to its href (redirected)`);
		if (expectTargetIs404) {
			if (landed.path !== `${site.base}${other}/404/`) problems.push(`${where}, expected ${site.base}${other}/404/`);
		} else if (notFoundPaths.has(landed.path) || landed.status === 404) {
			problems.push(`${where}: a "page not found" page`);
		}
		if (landed.info.htmlLang !== other) problems.push(`${where}, whose <html lang> is "${landed.info.htmlLang}", expected "${other}"`);
		if (landed.info.count !== 1 || !landed.info.resolved) {
			problems.push(`${where}, which has ${landed.info.count} language toggle(s)`);
		} else {
			const back = new URL(landed.info.resolved).pathname;
			if (back !== page.path) problems.push(`${where}, whose toggle leads to ${back} instead of back to ${page.path}`);
		}
		failIfAny(problems, `language toggle on ${url}`);
	});
}

describe.concurrent('language toggle', () => {
	testBuildHasPages(site, pages);

	test('the site has language pages in both languages', () => {
		for (const lang of ['fr', 'en'] as const) {
			expect(languagePages.filter((p) => p.lang === lang).length, `no page under ${site.base}${lang}/`).toBeGreaterThan(0);
		}
	});

	for (const page of languagePages) {
		test(page.path, () => checkPage(page, false));
	}

	for (const page of language404s) {
		test(`${page.path} (language 404: toggles to the other language's 404)`, () => checkPage(page, true));
	}
});
