/**
 * Structure every built page must have, on the files (both builds):
 * - every page: <html lang> (fr or en), one <main>; a skip link to
 *   #main-content, first focusable element, whose target exists (required on
 *   language pages and their 404s; on `/` and `/404.html` only when something
 *   focusable comes before <main>);
 * - language pages: lang of their path, a self canonical and fr/en/x-default
 *   alternates (absolute, on SITE_URL, under the base), breadcrumbs
 *   (nav[aria-label] with an ol), a <time datetime="YYYY-MM-DD">;
 * - `/` and `/404.html`: bilingual, link to both language homes;
 * - both language 404 pages exist; no page outside `/`, `/404.html`, /fr/, /en/.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parseFile } from '../support/html.ts';
import { failIfAny } from '../support/report.ts';
import { isLang, LANGS, otherLang, resolveUrlPath, type BuiltPage } from '../support/site.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets, type BuiltSite } from '../support/targets.ts';

const origin = targets.origin;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [tabindex]';

/**
 * Structure every page must have. Language pages (and their 404s) always need
 * the skip link; the bilingual root pages only when something focusable
 * comes before <main> (WCAG 2.4.1: a block to bypass).
 */
function commonProblems(doc: HTMLElement, skipLinkRequired: boolean): string[] {
	const problems: string[] = [];
	const html = doc.querySelector('html');
	const lang = html?.getAttribute('lang');
	if (!lang) problems.push('<html> has no lang attribute');
	else if (!isLang(lang)) problems.push(`<html lang="${lang}"> is neither fr nor en`);

	const main = doc.querySelectorAll('main, [role="main"]');
	if (main.length !== 1) problems.push(`${main.length} <main> landmarks, expected 1`);
	const focusable = doc.querySelector('body')?.querySelectorAll(FOCUSABLE).filter((el) => el.getAttribute('tabindex') !== '-1') ?? [];
	const first = focusable[0];
	const firstIsBeforeMain = first !== undefined && main[0] !== undefined && !isInside(first, main[0]) && comesBefore(doc, first, main[0]);
	const skip = doc.querySelector('a[href="#main-content"]');
	if (!skip) {
		if (skipLinkRequired || firstIsBeforeMain) problems.push('no skip link a[href="#main-content"]');
	} else if (first !== skip) {
		problems.push(`the skip link is not the first focusable element (first is <${first?.rawTagName} ${first?.rawAttrs.slice(0, 80)}>)`);
	}
	if ((skip || skipLinkRequired) && !doc.querySelector('#main-content')) {
		problems.push('no element with id="main-content" (skip link target)');
	}
	return problems;
}

function isInside(el: HTMLElement, container: HTMLElement): boolean {
	for (let e: HTMLElement | null = el; e; e = e.parentNode as HTMLElement | null) if (e === container) return true;
	return false;
}

/** Whether a comes before b in document order. */
function comesBefore(doc: HTMLElement, a: HTMLElement, b: HTMLElement): boolean {
	const all = doc.querySelectorAll('*');
	return all.indexOf(a) < all.indexOf(b);
}

function absoluteUnder(site: BuiltSite, what: string, href: string | undefined, expectedPath?: string): string[] {
	if (!href) return [`${what} has no href`];
	let u: URL;
	try {
		u = new URL(href);
	} catch {
		return [`${what} href="${href}" is not an absolute URL`];
	}
	const problems: string[] = [];
	if (u.origin !== origin) problems.push(`${what} href="${href}" is not on SITE_URL ${origin}`);
	if (!u.pathname.startsWith(site.base)) problems.push(`${what} href="${href}" is outside the base path ${site.base}`);
	else if (expectedPath !== undefined && u.pathname !== expectedPath) problems.push(`${what} href="${href}", expected ${origin}${expectedPath}`);
	else if (!resolveUrlPath(site.dir, site.base, u.pathname).ok) problems.push(`${what} href="${href}" is not a built page`);
	return problems;
}

function languageProblems(site: BuiltSite, page: BuiltPage, doc: HTMLElement): string[] {
	const problems: string[] = [];
	const lang = doc.querySelector('html')?.getAttribute('lang');
	if (lang !== page.lang) problems.push(`<html lang="${lang}"> but the page is under /${page.lang}/`);

	const canonicals = doc.querySelectorAll('link[rel~="canonical"]');
	if (canonicals.length !== 1) problems.push(`${canonicals.length} <link rel="canonical">, expected 1`);
	else problems.push(...absoluteUnder(site, '<link rel="canonical">', canonicals[0]?.getAttribute('href'), page.path));

	for (const hreflang of [...LANGS, 'x-default']) {
		const links = doc.querySelectorAll(`link[rel~="alternate"][hreflang="${hreflang}"]`);
		if (links.length !== 1) {
			problems.push(`${links.length} <link rel="alternate" hreflang="${hreflang}">, expected 1`);
			continue;
		}
		const what = `<link rel="alternate" hreflang="${hreflang}">`;
		const href = links[0]?.getAttribute('href');
		problems.push(...absoluteUnder(site, what, href, hreflang === page.lang ? page.path : undefined));
		if (page.lang && hreflang === otherLang(page.lang) && href) {
			try {
				const found = resolveUrlPath(site.dir, site.base, new URL(href).pathname);
				const otherDocLang = found.ok ? parseFile(found.file).querySelector('html')?.getAttribute('lang') : undefined;
				if (found.ok && otherDocLang !== hreflang) problems.push(`${what} leads to a page whose <html lang> is "${otherDocLang}"`);
			} catch {
				// reported above
			}
		}
	}

	const crumbs = doc.querySelectorAll('nav[aria-label]').filter((nav) => nav.querySelector('ol'));
	if (crumbs.length === 0) problems.push('no breadcrumbs (nav[aria-label] containing an <ol>)');

	const times = doc.querySelectorAll('time[datetime]').map((t) => t.getAttribute('datetime') ?? '');
	if (!times.some((d) => DATE.test(d))) {
		problems.push(
			times.length === 0
				? 'no <time datetime="YYYY-MM-DD"> (date modified)'
				: `no <time datetime> in YYYY-MM-DD form (found ${times.map((d) => `"${d}"`).join(', ')})`,
		);
	}
	return problems;
}

function bilingualProblems(site: BuiltSite, doc: HTMLElement): string[] {
	const problems: string[] = [];
	const lang = doc.querySelector('html')?.getAttribute('lang');
	if (isLang(lang) && !doc.querySelector(`body [lang="${otherLang(lang)}"]`)) {
		problems.push(`bilingual page in <html lang="${lang}"> has no part marked lang="${otherLang(lang)}"`);
	}
	const hrefs = new Set(
		doc.querySelectorAll('a[href]').map((a) => {
			try {
				return new URL(a.getAttribute('href') ?? '', `${origin}${site.base}`).pathname;
			} catch {
				return '';
			}
		}),
	);
	for (const l of LANGS) {
		if (!hrefs.has(`${site.base}${l}/`)) problems.push(`no link to ${site.base}${l}/`);
	}
	return problems;
}

function describeSite(site: BuiltSite): void {
	const pages = pagesOf(site);

	describe.concurrent(`landmarks and structure (${site.label})`, () => {
		testBuildHasPages(site, pages);

		test('every page is /, /404.html or under /fr/ or /en/', () => {
			failIfAny(
				pages.filter((p) => p.kind === 'other').map((p) => `${p.path} (${p.rel})`),
				'pages outside the site structure',
			);
		});

		test('the root page and the 404 pages exist', () => {
			const missing: string[] = [];
			for (const rel of ['index.html', '404.html', 'fr/404/index.html', 'en/404/index.html']) {
				if (!pages.some((p) => p.rel === rel)) missing.push(`${site.base}${rel.replace(/index\.html$/, '')} (${rel})`);
			}
			failIfAny(missing, `missing pages in ${site.dir}`);
		});

		for (const page of pages) {
			test(`${page.path} (${page.kind})`, () => {
				const doc = parseFile(page.file);
				const problems = commonProblems(doc, page.kind === 'language' || page.kind === 'language-404');
				if (page.kind === 'language') problems.push(...languageProblems(site, page, doc));
				if (page.kind === 'language-404') {
					const lang = doc.querySelector('html')?.getAttribute('lang');
					if (lang !== page.lang) problems.push(`<html lang="${lang}"> but the page is under /${page.lang}/`);
				}
				if (page.kind === 'root' || page.kind === 'root-404') problems.push(...bilingualProblems(site, doc));
				failIfAny(problems, `structure of ${page.path}`);
			});
		}

		test('language pages exist in both languages', () => {
			for (const lang of LANGS) {
				expect(pages.some((p) => p.kind === 'language' && p.lang === lang), `no page under ${site.base}${lang}/`).toBe(true);
			}
		});
	});
}

describeSite(targets.root);
describeSite(targets.subpath);
