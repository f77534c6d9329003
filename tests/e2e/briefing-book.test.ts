// The briefing book of each language, as built: a real PDF (tagged, fonts
// embedded, Letter), its text holding every statement of both decks in its
// language with no OCR error left, an outline entry per part, a table of
// contents whose numbers are the parts' pages, internal links that land on
// a page, and a link on every page of the language giving its real size and
// page count. Read with poppler (pdfinfo, pdffonts, pdftotext) and PDF.js.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookPath } from '../../src/book/config.ts';
import { bookDetails, bookSite, bookToPrint, writtenPage } from '../../src/book/integration.ts';
import { keptPdf } from '../../src/book/print.ts';
import { parse } from 'node-html-parser';
import { bookParts } from '../../src/book/parts.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf, type PdfSummary } from '../../src/book/pdf-outline.ts';
import { LANGS, upperFirst } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { publishable } from '../../src/model/drafts.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { blockTexts } from '../../src/model/slide-text.ts';
import { routeTitle } from '../../src/model/titles.ts';
import { parseFile } from '../support/html.ts';
import { pagesOf } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const set = publishable(loadContent(ROOT).set, true);
const routes = buildRoutes(set);
const site = targets.root;
const poppler = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/**
 * Text as compared: typographic apostrophes, quotes and spaces made plain,
 * lines joined, and hyphens inside a word dropped (pdftotext joins a word
 * hyphenated at a line's end, « multi-channel » read as « multichannel »).
 */
const plain = (s: string) =>
	s
		.replace(/(\p{L})-(\p{L})/gu, '$1$2')
		.replace(/[’‘]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[\u00a0\u202f\s]+/g, ' ')
		.replace(/« /g, '«')
		.replace(/ »/g, '»')
		.trim();

interface PageText {
	landscape: boolean;
	/** The page's width in points. */
	width: number;
	/** Each run of text with its size, position and width in points. */
	items: { str: string; size: number; x: number; y: number; w: number }[];
	/** Internal links: the rectangle and the page they land on. */
	links: { rect: number[]; to: number }[];
}

/** Every page's text runs (with their size) and internal links, read with PDF.js. */
async function readPages(data: Uint8Array): Promise<PageText[]> {
	const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
	const doc = await task.promise;
	try {
		const pages: PageText[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const [, , w, h] = page.view as number[];
			const items = ((await page.getTextContent()).items as { str?: string; transform: number[]; width: number }[])
				.filter((i) => i.str?.trim())
				.map((i) => ({ str: i.str!, size: Math.hypot(i.transform[2]!, i.transform[3]!), x: i.transform[4]!, y: i.transform[5]!, w: i.width }));
			const links: PageText['links'] = [];
			for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown; rect: number[] }[]) {
				if (a.subtype !== 'Link' || a.url || a.dest == null) continue;
				const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : (a.dest as unknown[]);
				links.push({ rect: a.rect, to: (await doc.getPageIndex(dest![0] as Parameters<typeof doc.getPageIndex>[0])) + 1 });
			}
			pages.push({ landscape: w! > h!, width: w!, items, links });
		}
		return pages;
	} finally {
		await task.destroy();
	}
}

describe.each(LANGS)('%s briefing book', (lang) => {
	const file = join(site.dir, bookPath(lang));
	let text = '';
	let info = '';
	let pdf: PdfSummary;
	let pages: PageText[] = [];
	const parts = bookParts(set, routes, lang);
	const t = ui(lang);
	beforeAll(async () => {
		info = poppler('pdfinfo', file);
		text = plain(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
		pdf = await readPdf(readFileSync(file));
		pages = await readPages(readFileSync(file));
	});

	it('is a tagged PDF in its language, on Letter paper, its fonts embedded, at most 8 MB', () => {
		expect(info).toMatch(/^Tagged:\s+yes$/m);
		expect(pdf.marked).toBe(true);
		expect(pdf.language).toBe(lang);
		expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
		const fonts = poppler('pdffonts', file).split('\n').slice(2).filter((l) => l.trim());
		expect(fonts.length).toBeGreaterThan(0);
		for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
		expect(statSync(file).size).toBeLessThanOrEqual(8 * 1024 * 1024);
	});

	it('holds every statement of both decks, in its language', () => {
		const missing: string[] = [];
		for (const { data: doc } of set.documents)
			for (const slide of doc.slides)
				for (const t of [slide.title, ...slide.text.flatMap(blockTexts)]) if (!text.includes(plain(t[lang]))) missing.push(`${doc.id}/${slide.id}: ${t[lang]}`);
		expect(missing).toEqual([]);
	});

	it('has no OCR error left', () => {
		const corrections = parseYaml(readFileSync(join(ROOT, 'content/sources/ocr-corrections.yaml'), 'utf8')) as { ocr: string }[];
		// Words only: a correction of punctuation alone (« |la ») is not a word to look for.
		const words = corrections.map((c) => plain(c.ocr)).filter((w) => /^[\p{L}' ]{4,}$/u.test(w));
		expect(words.length).toBeGreaterThan(0);
		for (const w of words) expect(text, w).not.toContain(w);
	});

	it('has an outline entry per part, in order, after the contents, titled as the part', () => {
		const top = pdf.outline.slice(1).map((e) => plain(e.title));
		expect(top).toHaveLength(parts.length);
		// The part's h1: its title, and a body's acronym after it.
		top.forEach((title, i) => expect(title.startsWith(plain(upperFirst(routeTitle(parts[i]!.route, 'full'), lang))), title).toBe(true));
		// Each entry's words as the heading writes them (no two words run together where a heading wraps).
		for (const e of pdf.outline) expect(text).toContain(plain(e.title));
		const pages = pdf.outline.map((e) => e.page);
		expect(pages).toEqual([...pages].sort((a, b) => a - b));
	});

	it('numbers its table of contents with the page each part starts on', () => {
		const tocPages = pdf.outline[1]!.page - 1;
		const lines = poppler('pdftotext', '-layout', '-f', '2', '-l', String(tocPages), file, '-').split('\n').map(plain);
		parts.forEach((part, i) => {
			const title = plain(upperFirst(routeTitle(part.route, 'full'), lang)).slice(0, 40);
			const start = pdf.outline[i + 1]!.page;
			expect(lines.some((l) => l.startsWith(title) && l.endsWith(` ${start}`)), `${title} … ${start}`).toBe(true);
		});
	});

	it('groups its contents by section, entries under their page, and prints no running header on its cover', () => {
		const tocPages = pdf.outline[1]!.page - 1;
		const toc = plain(poppler('pdftotext', '-f', '2', '-l', String(tocPages), file, '-'));
		for (const { data: s } of set.sections) expect(toc.toLocaleUpperCase(lang), s.title[lang]).toContain(plain(s.title[lang]).toLocaleUpperCase(lang));
		expect(toc.toLocaleUpperCase(lang)).toContain(plain(t.bookAnnex).toLocaleUpperCase(lang));
		// The running header (small, with the book's title) and the page number: on every page but the cover.
		const header = (p: PageText) => plain(p.items.filter((i) => i.size < 10).map((i) => i.str).join('')).includes(plain(t.bookTitle));
		const folio = (p: PageText) => p.items.some((i) => /^\d+ \/ \d+$/.test(i.str.trim()));
		expect([header(pages[0]!), folio(pages[0]!)]).toEqual([false, false]);
		expect(pages.slice(1).filter((p) => !header(p) || !folio(p))).toEqual([]);
	});

	it('prints every text at 8.5 pt or more, the wide charts on landscape pages', () => {
		const small = pages.flatMap((p, n) => p.items.filter((i) => i.size < 8.45).map((i) => `page ${n + 1}: ${i.size.toFixed(1)} pt « ${i.str} »`));
		expect(small).toEqual([]);
		// The governance chart (its caption is the figure's first text) on a landscape page.
		const landscape = pages.filter((p) => p.landscape);
		expect(landscape.length).toBeGreaterThanOrEqual(1);
		const governance = parseFile(join(site.dir, parts.find((p) => p.route.kind === 'page' && p.route.page.data.view === 'governance')!.route.path, 'index.html'));
		const caption = plain(governance.querySelector('.jc-diagram--wide figcaption')!.textContent);
		expect(landscape.some((p) => plain(p.items.map((i) => i.str).join(' ')).includes(caption)), caption).toBe(true);
	});

	it('prints the register whole: every status of its status column, not cut at the edge of the page', () => {
		const index = parts.findIndex((p) => p.route.kind === 'page' && p.route.page.data.view === 'measures');
		const register = parseFile(join(site.dir, parts[index]!.route.path, 'index.html'));
		const badges = register.querySelectorAll('.register-group .badge').map((b) => plain(b.textContent));
		expect(badges.length).toBeGreaterThan(0);
		const [first, next] = [pdf.outline[index + 1]!.page, pdf.outline[index + 2]!.page];
		const printed = plain(poppler('pdftotext', '-enc', 'UTF-8', '-f', String(first), '-l', String(next - 1), file, '-'));
		const whole = (word: string) => printed.match(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'))?.length ?? 0;
		// At least as often as the column shows it (the page's text names the statuses too).
		for (const label of new Set(badges)) expect(whole(label), label).toBeGreaterThanOrEqual(badges.filter((b) => b === label).length);
	});

	it('gives each cross-reference the page its link lands on', () => {
		let checked = 0;
		const wrong: string[] = [];
		pages.forEach((p, n) => {
			for (const link of p.links) {
				const [x1, y1, x2, y2] = link.rect as [number, number, number, number];
				const inside = p.items.filter((i) => i.x >= x1 - 1 && i.x <= x2 + 1 && i.y >= y1 - 2 && i.y <= y2 + 2).map((i) => i.str).join('');
				const ref = /\(p\.\s(\d+)\)\s*$/.exec(plain(inside));
				if (!ref) continue;
				checked++;
				if (Number(ref[1]) !== link.to) wrong.push(`page ${n + 1}: « ${inside} » goes to page ${link.to}`);
			}
		});
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(50);
	});

	it('links inside the document land on a page of it (the contents, and links between parts)', () => {
		expect(pdf.internalLinks.length).toBeGreaterThanOrEqual(parts.length);
		for (const l of pdf.internalLinks) {
			expect(l.to, `link on page ${l.from}`).toBeDefined();
			expect(l.to!).toBeGreaterThanOrEqual(1);
			expect(l.to!).toBeLessThanOrEqual(pdf.pages);
		}
	});

	it('sends a link to a measure or a priority to its place inside the book (register row, priorities page), never to the web', () => {
		const leftOut = routes.filter((r) => r.kind === 'measure' || r.kind === 'priority').map((r) => `/${r.path}`);
		expect(leftOut.length).toBeGreaterThan(set.measures.length);
		expect(pdf.externalLinks.filter((u) => leftOut.includes(new URL(u).pathname))).toEqual([]);
	});

	it('prints a block two pages share once before its annex, and refers to it from the other page', () => {
		const blocks = new Map<string, { title: string; section: string; statements: string[] }[]>();
		for (const part of parts) {
			const html = parseFile(join(site.dir, part.route.path, 'index.html'));
			for (const block of html.querySelectorAll('[data-book-once]')) {
				const key = block.getAttribute('data-book-once')!;
				const statements = block.querySelectorAll('li').map((li) => plain(li.childNodes[0]!.textContent));
				const section = block.querySelector('h2, h3, h4')!.textContent.trim();
				blocks.set(key, [...(blocks.get(key) ?? []), { title: upperFirst(routeTitle(part.route, 'full'), lang), section, statements }]);
			}
		}
		const shared = [...blocks.values()].filter((b) => b.length > 1);
		// The ICCS's mandate, on its body page and on its role page.
		expect(shared.length).toBeGreaterThanOrEqual(1);
		// Before the annex, which quotes each slide again, as a source.
		const annexPage = pdf.outline[parts.findIndex((p) => p.annex) + 1]!.page;
		const main = plain(poppler('pdftotext', '-enc', 'UTF-8', '-l', String(annexPage - 1), file, '-'));
		const count = (needle: string) => main.split(needle).length - 1;
		for (const [first, ...later] of shared) {
			expect(first!.statements.length).toBeGreaterThan(0);
			for (const statement of first!.statements) expect(count(statement), statement).toBe(1);
			const ref = plain(t.bookSeeEarlier.replace('{link}', t.bookSectionRef.replace('{title}', first!.title).replace('{section}', first!.section)));
			expect(count(plain(ref).replace(/\.$/, '')), ref).toBe(later.length);
		}
	});

	it('is linked from every page of its language with its real size and page count', () => {
		const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
		const expected = bookDetails(lang, statSync(file).size, pages);
		const languagePages = pagesOf(site).filter((p) => p.lang === lang);
		expect(languagePages.length).toBeGreaterThan(0);
		for (const p of languagePages) {
			const link = parseFile(p.file).querySelector('.book-link a');
			expect(link?.getAttribute('href'), p.rel).toBe(`/${bookPath(lang)}`);
			expect(parseFile(p.file).querySelector('[data-briefing-book-details]')?.textContent, p.rel).toBe(expected);
		}
	});

	it('is the print of the book composed from the published pages, a document that gives each id once', () => {
		// The build prints the pages as it renders them; composed again from the pages it wrote, the book must be
		// the same document, whose print is kept by its HTML. The edition is dated the build's day (or the day before, past midnight).
		const days = [0, 1].map((d) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10));
		const books = days.map((date) => bookToPrint(bookSite(site.dir, site.base, targets.origin, date), lang, writtenPage(site.dir)));
		const book = books.find((b) => existsSync(keptPdf(b)));
		expect(book, 'no kept print is of the book composed from the published pages').toBeDefined();
		expect(readFileSync(keptPdf(book!)).equals(readFileSync(file))).toBe(true);
		const ids = parse(book!.html).querySelectorAll('[id]').map((el) => el.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('is listed in the sitemap', () => {
		expect(readFileSync(join(site.dir, 'sitemap.xml'), 'utf8')).toContain(`/${bookPath(lang)}</loc>`);
	});
});
