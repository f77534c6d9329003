/**
 * Every internal reference of every built page resolves to a built file,
 * checked on the files (no browser), for the site built at `/` and the one
 * built under a sub-path (`/cm/`): there every internal URL must stay under
 * the base, and absolute URLs (canonical, alternates, sitemap, robots.txt)
 * must include it. Also checks sitemap.xml and robots.txt.
 */
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { cssUrls, idsOf, parseFile, srcsetUrls } from '../support/html.ts';
import { failIfAny } from '../support/report.ts';
import { readText, resolveUrlPath, type BuiltPage } from '../support/site.ts';
import { readSitemap } from '../support/sitemap.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets, type BuiltSite } from '../support/targets.ts';

const origin = targets.origin;

interface Ref {
	/** Where it was found, e.g. `a[href]` or `link[rel=canonical]`. */
	where: string;
	raw: string;
	/** Must be an absolute URL on the site's origin (canonical, alternates, og:url). */
	mustBeAbsolute?: boolean;
}

const SRC_ATTRS: [string, string][] = [
	['img', 'src'],
	['source', 'src'],
	['script', 'src'],
	['video', 'src'],
	['video', 'poster'],
	['audio', 'src'],
	['track', 'src'],
	['iframe', 'src'],
	['embed', 'src'],
	['object', 'data'],
	['input', 'src'],
	['form', 'action'],
	['image', 'href'],
	['use', 'href'],
];

function refsOf(doc: HTMLElement): Ref[] {
	const refs: Ref[] = [];
	const add = (where: string, raw: string | undefined, mustBeAbsolute = false): void => {
		if (raw !== undefined) refs.push({ where, raw, mustBeAbsolute });
	};
	for (const el of doc.querySelectorAll('a[href], area[href]')) add(`${el.rawTagName}[href]`, el.getAttribute('href'));
	for (const el of doc.querySelectorAll('link[href]')) {
		const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
		const absolute = rel.includes('canonical') || (rel.includes('alternate') && el.hasAttribute('hreflang'));
		add(`link[rel=${rel.join(' ')}]`, el.getAttribute('href'), absolute);
	}
	for (const [tag, attr] of SRC_ATTRS) {
		for (const el of doc.querySelectorAll(`${tag}[${attr}]`)) add(`${tag}[${attr}]`, el.getAttribute(attr));
	}
	for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
		for (const u of srcsetUrls(el.getAttribute('srcset') ?? '')) add(`${el.rawTagName}[srcset]`, u);
	}
	for (const el of doc.querySelectorAll('[style]')) {
		for (const u of cssUrls(el.getAttribute('style') ?? '')) add(`${el.rawTagName}[style] url()`, u);
	}
	for (const el of doc.querySelectorAll('style')) {
		for (const u of cssUrls(el.rawText)) add('<style> url()', u);
	}
	for (const el of doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')) {
		const key = el.getAttribute('property') ?? el.getAttribute('name') ?? 'meta';
		add(`meta[${key}]`, el.getAttribute('content'), key === 'og:url');
	}
	return refs;
}

const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'sms:', 'data:', 'blob:']);
const idCache = new Map<string, Set<string>>();

function idsOfFile(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		ids = idsOf(parseFile(file));
		idCache.set(file, ids);
	}
	return ids;
}

/** The problem with one reference found in a document at `docUrl`, if any. */
function checkRef(site: BuiltSite, docUrl: URL, docFile: string, ref: Ref): string | undefined {
	const raw = ref.raw.trim();
	const label = `${ref.where}="${ref.raw}"`;
	if (raw === '') return `${label}: empty URL`;
	const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(raw)?.[1]?.toLowerCase();
	if (scheme === 'javascript:') return `${label}: javascript: URL`;
	if (scheme && SKIPPED_SCHEMES.has(scheme)) return undefined;
	if (scheme && scheme !== 'http:' && scheme !== 'https:') return undefined;
	let url: URL;
	try {
		url = new URL(raw, docUrl);
	} catch {
		return `${label}: not a valid URL`;
	}
	if (ref.mustBeAbsolute) {
		if (!scheme) return `${label}: must be an absolute URL on ${origin}`;
		if (url.origin !== origin) return `${label}: not on the site origin ${origin} (SITE_URL)`;
	}
	if (url.origin !== origin) return undefined; // external: not checked here
	if (raw.startsWith('#')) {
		// In CSS, url(#id) names an SVG filter or mask of the using document.
		return docFile.endsWith('.html') ? checkFragment(label, docFile, url.hash) : undefined;
	}
	if (!url.pathname.startsWith(site.base)) return `${label}: ${url.pathname} is outside the base path ${site.base}`;
	const found = resolveUrlPath(site.dir, site.base, url.pathname);
	if (!found.ok) return `${label}: ${url.pathname} → ${found.reason}`;
	if (url.hash && found.file.endsWith('.html')) return checkFragment(label, found.file, url.hash);
	return undefined;
}

function checkFragment(label: string, file: string, hash: string): string | undefined {
	if (hash === '' || hash === '#') return undefined;
	let id: string;
	try {
		id = decodeURIComponent(hash.slice(1));
	} catch {
		return `${label}: malformed fragment`;
	}
	if (id.toLowerCase() === 'top') return undefined;
	return idsOfFile(file).has(id) ? undefined : `${label}: no element with id="${id}" in the target page`;
}

function checkPage(site: BuiltSite, page: BuiltPage): string[] {
	const docUrl = new URL(page.path, origin);
	const problems = refsOf(parseFile(page.file))
		.map((ref) => checkRef(site, docUrl, page.file, ref))
		.filter((p): p is string => p !== undefined);
	return [...new Set(problems)];
}

function headAlternates(page: BuiltPage): Map<string, string> {
	const map = new Map<string, string>();
	for (const el of parseFile(page.file).querySelectorAll('link[rel~="alternate"][hreflang]')) {
		map.set(el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? '');
	}
	return map;
}

function describeSite(site: BuiltSite): void {
	const pages = pagesOf(site);
	const byRel = new Map(pages.map((p) => [p.rel, p]));
	const languagePages = pages.filter((p) => p.kind === 'language');
	const sitemapUrl = `${origin}${site.base}sitemap.xml`;

	/** The built page an absolute URL of the site points to. */
	const pageAt = (absolute: string): BuiltPage | undefined => {
		let u: URL;
		try {
			u = new URL(absolute);
		} catch {
			return undefined;
		}
		if (u.origin !== origin) return undefined;
		const found = resolveUrlPath(site.dir, site.base, u.pathname);
		return found.ok ? byRel.get(found.rel) : undefined;
	};

	describe.concurrent(`links (${site.label}, ${site.dir})`, () => {
		testBuildHasPages(site, pages);

		for (const page of pages) {
			test(page.path, () => failIfAny(checkPage(site, page), `broken internal references in ${page.path}`));
		}

		const stylesheets = globSync('**/*.css', { cwd: site.dir, dot: true });
		for (const rel of stylesheets) {
			test(`${site.base}${rel} (url() in CSS)`, () => {
				const file = `${site.dir}/${rel}`;
				const cssUrl = new URL(site.base + rel, origin);
				const problems = cssUrls(readText(file))
					.map((raw) => checkRef(site, cssUrl, file, { where: 'url()', raw }))
					.filter((p): p is string => p !== undefined);
				failIfAny(problems, `broken url() in ${site.base}${rel}`);
			});
		}

		test('robots.txt names the absolute sitemap URL', () => {
			const found = resolveUrlPath(site.dir, site.base, `${site.base}robots.txt`);
			expect(found.ok, `no robots.txt in ${site.dir}`).toBe(true);
			if (!found.ok) return;
			const lines = readText(found.file)
				.split(/\r?\n/)
				.map((l) => /^\s*sitemap\s*:\s*(\S+)\s*$/i.exec(l)?.[1])
				.filter((l): l is string => l !== undefined);
			expect(lines, 'robots.txt has no "Sitemap:" line').not.toHaveLength(0);
			expect(lines, `robots.txt Sitemap: must be ${sitemapUrl}`).toContain(sitemapUrl);
		});

		test('sitemap.xml: every <loc> is a built page (or a briefing book), once, and no 404 page is listed', () => {
			const sitemap = readSitemap(site.dir, site.base, origin);
			const problems = [...sitemap.problems];
			if (sitemap.entries.length === 0) problems.push('the sitemap lists no URL');
			const seen = new Set<string>();
			for (const { loc, source } of sitemap.entries) {
				if (seen.has(loc)) problems.push(`${source}: ${loc} is listed twice`);
				seen.add(loc);
				let u: URL;
				try {
					u = new URL(loc);
				} catch {
					problems.push(`${source}: <loc>${loc}</loc> is not an absolute URL`);
					continue;
				}
				if (u.origin !== origin) {
					problems.push(`${source}: <loc>${loc}</loc> is not on ${origin}`);
					continue;
				}
				if (!u.pathname.startsWith(site.base)) {
					problems.push(`${source}: <loc>${loc}</loc> is outside the base path ${site.base}`);
					continue;
				}
				const found = resolveUrlPath(site.dir, site.base, u.pathname);
				if (!found.ok) {
					problems.push(`${source}: <loc>${loc}</loc> → ${found.reason}`);
					continue;
				}
				const page = byRel.get(found.rel);
				// Besides the pages, the sitemap lists the briefing books (one PDF per language).
				if (!page && !found.rel.endsWith('.pdf')) problems.push(`${source}: <loc>${loc}</loc> is not an HTML page`);
				else if (page && (page.kind === 'root-404' || page.kind === 'language-404')) {
					problems.push(`${source}: <loc>${loc}</loc> is a "page not found" page`);
				}
			}
			failIfAny(problems, `${site.base}sitemap.xml`);
		});

		test('sitemap.xml: every language page is listed with fr, en and x-default alternates', () => {
			const sitemap = readSitemap(site.dir, site.base, origin);
			const locs = new Set(sitemap.entries.map((e) => e.loc));
			const entryByRel = new Map<string, (typeof sitemap.entries)[number]>();
			for (const entry of sitemap.entries) {
				const page = pageAt(entry.loc);
				if (page) entryByRel.set(page.rel, entry);
			}
			const problems: string[] = [...sitemap.problems];
			for (const page of languagePages) {
				const entry = entryByRel.get(page.rel);
				const own = `${origin}${page.path}`;
				if (!entry) {
					problems.push(`${page.path} is not listed (expected <loc>${own}</loc>)`);
					continue;
				}
				if (entry.loc !== own) problems.push(`${page.path} is listed as ${entry.loc}, expected ${own}`);
				const head = headAlternates(page);
				for (const hreflang of ['fr', 'en', 'x-default']) {
					const links = entry.alternates.filter((a) => a.hreflang === hreflang);
					if (links.length !== 1) {
						problems.push(`${page.path}: ${links.length} xhtml:link hreflang="${hreflang}", expected 1`);
						continue;
					}
					const href = links[0]?.href ?? '';
					if (!locs.has(href)) problems.push(`${page.path}: xhtml:link hreflang="${hreflang}" ${href} is not itself in the sitemap`);
					if (hreflang === page.lang && href !== own) {
						problems.push(`${page.path}: xhtml:link hreflang="${hreflang}" is ${href}, expected the page itself (${own})`);
					}
					const inHead = head.get(hreflang);
					if (inHead !== undefined && inHead !== href) {
						problems.push(`${page.path}: xhtml:link hreflang="${hreflang}" is ${href} but the page's <link rel="alternate"> says ${inHead}`);
					}
				}
			}
			failIfAny(problems, `${site.base}sitemap.xml alternates`);
		});
	});
}

describeSite(targets.root);
describeSite(targets.subpath);
