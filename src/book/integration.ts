// The briefing book, made at the end of `astro build` in the build's own
// Chromium (the diagrams' browser): one tagged PDF per language, composed
// from the built pages, then the link on every page of that language gets
// the book's real size and page count. Any failure fails the build, so
// scripts/build.ts publishes nothing (the previous dist/ stays).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { counter } from '../i18n/dictionary.ts';
import { LANGS, language, type Lang } from '../i18n/languages.ts';
import { fill, ui } from '../i18n/ui.ts';
import { typeset } from '../html/typography.ts';
import { CONTENT_FILES } from '../model/collections.ts';
import { publishable } from '../model/drafts.ts';
import { loadContent } from '../model/load-content.ts';
import { buildRoutes, type Route } from '../model/routes.ts';
import type { ContentSet } from '../model/content-set.ts';
import { priorityAnchor } from '../model/links.ts';
import { seconds } from '../build-log/seconds.ts';
import { closeDiagramPage, renderMode, sharedBrowser } from '../diagrams/render.ts';
import { composeBook } from './compose.ts';
import { bookEnabled, bookPaper, bookPath } from './config.ts';
import { bookParts } from './parts.ts';
import { printBook, type PrintInput } from './print.ts';

/** The empty element each page's link carries until the book is made (SiteFooter.astro), however serialized. */
const DETAILS_MARKER = /<span data-briefing-book-details(?:="")?><\/span>/;

const BOOK_CSS = readFileSync(new URL('./book.css', import.meta.url), 'utf8');

/** « 1 measuring print », « 2 tagged prints » (the build log is in English). */
const prints = (n: number, what: string) => `${n} ${what} print${n > 1 ? 's' : ''}`;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
	});
}

/** « (PDF, 1,2 Mo, 24 pages) », set in the language's typography. */
export function bookDetails(lang: Lang, bytes: number, pages: number): string {
	const t = ui(lang);
	const { locale } = language(lang);
	const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1_000_000);
	return typeset(fill(t.bookDetails, { size, pages: counter(locale)(pages, t.pageOne, t.pageOther) }), lang);
}

/**
 * Entry pages the book leaves out, and where it holds them instead: a
 * measure's page is its row of the register, a priority's page its section of
 * the priorities page (parts.ts).
 */
function standIns(routes: readonly Route[], lang: Lang): Map<string, { path: string; hash: string }> {
	const hostOf = (view: string) => routes.find((r) => r.lang === lang && r.kind === 'page' && r.page.data.view === view);
	const out = new Map<string, { path: string; hash: string }>();
	const register = hostOf('measures');
	const priorities = hostOf('priorities');
	for (const r of routes) {
		if (r.lang !== lang) continue;
		if (r.kind === 'measure' && register) out.set(r.path, { path: register.path, hash: r.entryId });
		if (r.kind === 'priority' && priorities) out.set(r.path, { path: priorities.path, hash: priorityAnchor(r.entryId) });
	}
	return out;
}

/** What the books are made from: the content, its routes, the built site's folder and addresses. */
interface BookSite {
	set: ContentSet;
	routes: Route[];
	/** The built site's folder (stylesheets and the like are read from it). */
	dir: string;
	base: string;
	site: string;
	/** YYYY-MM-DD of this edition. */
	date: string;
}

/** The books' content and routes, as the build publishes them, for the site built into `dir`. */
export function bookSite(dir: string, base: string, site: string, date: string): BookSite {
	const set = publishable(loadContent(process.cwd(), CONTENT_FILES).set, true);
	return { set, routes: buildRoutes(set), dir, base, site, date };
}

/** One language's book, composed from the pages (`pageHtml`), ready to print. */
export function bookToPrint(site: BookSite, lang: Lang, pageHtml: (path: string) => string): PrintInput {
	const { set, routes, dir, base } = site;
	const t = ui(lang);
	const parts = bookParts(set, routes, lang);
	const book = composeBook({ lang, parts, set, pageHtml, base, siteUrl: new URL(base, site.site).href, css: BOOK_CSS, date: site.date, standIns: standIns(routes, lang) });
	return {
		browser: sharedBrowser,
		html: book.html,
		dir,
		base,
		parts: book.parts.map((p) => p.id),
		paper: bookPaper(),
		header: `${t.siteName} — ${t.bookTitle}`,
		pageRef: t.bookPageRef,
	};
}

/** A page as written in the built site. */
export const writtenPage = (dir: string) => (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

export default function briefingBook(): AstroIntegration {
	let base = '/';
	let siteUrl = '';
	return {
		name: 'jc-briefing-book',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base || '/';
				siteUrl = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!bookEnabled()) return;
				if (renderMode() === 'client')
					throw new Error('briefing book: the charts must be drawn at build time (Chromium, not DIAGRAMS_RENDER=client); set BRIEFING_BOOK=off to build without the book');
				const started = Date.now();
				const out = fileURLToPath(dir);
				// Every chart is drawn: its page's memory goes before the books' tabs open.
				await closeDiagramPage();
				const site = bookSite(out, base, siteUrl, new Date().toISOString().slice(0, 10));
				const pageHtml = writtenPage(out);
				// One language after the other, one tab at a time: a tab holds its whole book laid out
				// for print, and two at once cost about 470 MB more at the build's peak to save under
				// a second (README, "The briefing book").
				for (const lang of LANGS) {
					const printed = await printBook(bookToPrint(site, lang, pageHtml));
					writeFileSync(join(out, bookPath(lang)), printed.pdf);
					const details = bookDetails(lang, printed.pdf.length, printed.pages);
					// Every page of the language links the book with its real size and length.
					for (const file of htmlFiles(join(out, lang))) {
						const html = readFileSync(file, 'utf8');
						if (!DETAILS_MARKER.test(html)) throw new Error(`briefing book: ${file} has no link to the book (SiteFooter.astro)`);
						writeFileSync(file, html.replace(DETAILS_MARKER, `<span data-briefing-book-details>${details}</span>`));
					}
					const { measuring, tagged } = printed.prints;
					const how = !tagged ? 'unchanged, kept print reused' : [measuring && prints(measuring, 'measuring'), prints(tagged, 'tagged')].filter(Boolean).join(', ');
					logger.info(`${bookPath(lang)}: ${printed.pages} pages, ${(printed.pdf.length / 1e6).toFixed(1)} MB (${how})`);
				}
				logger.info(`briefing books made in ${seconds(Date.now() - started)}`);
			},
		},
	};
}
