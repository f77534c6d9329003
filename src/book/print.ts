// Prints the composed book to PDF in the build's Chromium: tagged, with an
// outline of its headings, fonts embedded. The contents and every
// cross-reference carry the page they point to, read from where the print
// put each link's target (the PDF's named destinations, with PDF.js). The
// first guess is the numbering of this book's previous print: when the
// edit moved no target, the tagged print confirms it and is the only print.
// Without one, a cheap measuring print (untagged, nothing painted) gives
// the numbers. A tagged print that moved a target is printed again with
// where the targets landed; the last is checked against its own
// destinations and outline. The printed book is kept by the hash of what
// lays it out (its HTML, the page CSS and every file it loaded), so an
// unchanged book is not printed again and needs no browser.
import type { Browser, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { lookup } from 'mrmime';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { destinationPages, readPdf } from './pdf-outline.ts';
import type { PaperSize } from './config.ts';

const ORIGIN = 'http://book.invalid';
/** Tagged prints before giving up, should numbering keep moving a target to another page. */
const MAX_ROUNDS = 3;

export interface PrintInput {
	/** The build's browser, started only if the book must be printed. */
	browser: () => Promise<Browser>;
	html: string;
	/** The built site (stylesheets, SVG, fonts are read from it) and its base. */
	dir: string;
	base: string;
	/** Part ids in order (the table of contents' `data-part`). */
	parts: readonly string[];
	paper: PaperSize;
	/** The running header, in the book's language. */
	header: string;
	/** A cross-reference's page, `{page}` standing for the number (« (p. {page}) »). */
	pageRef: string;
}

export interface PrintedBook {
	pdf: Buffer;
	pages: number;
	/** Page on which each part starts. */
	partPages: number[];
	/** Prints made for it: measuring ones and tagged ones (none when the kept print was reused). */
	prints: { measuring: number; tagged: number };
}

/** Page of each link target, by id. */
type Numbers = Record<string, number>;

const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * The book's pages: the paper in portrait, a landscape page for wide charts
 * (book.css), the running header and the page numbers in the margins, and
 * neither on the cover.
 */
export function pageCss(paper: PaperSize, header: string): string {
	const size = paper.toLowerCase() === 'a4' ? 'A4' : paper.toLowerCase();
	return `@page { size: ${size} portrait; margin: 2cm 1.8cm;
	@top-left { content: ${cssString(header)}; font-size: 8.5pt; color: #333; }
	@bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #333; } }
@page book-wide { size: ${size} landscape; margin: 1.6cm 1.8cm; }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }`;
}

/** Width of a portrait page's text in CSS pixels: the paper less the side margins of `pageCss`. */
export function textWidth(paper: PaperSize): number {
	const inches = paper.toLowerCase() === 'a4' ? 210 / 25.4 : 8.5;
	return Math.round((inches - (2 * 1.8) / 2.54) * 96);
}

/** A kept print: the files it loaded (path in the site → hash), and its page numbers. */
interface Kept {
	files: Record<string, string>;
	pages: number;
	partPages: number[];
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const cacheDir = () => process.env.BOOK_CACHE_DIR?.trim() || resolve(process.cwd(), 'node_modules/.cache/jc-book');

/**
 * Where a print is kept, by the hash of everything that lays the book out:
 * an unchanged book (a warm rebuild, a CI run that keeps node_modules/.cache)
 * is not printed again. BOOK_CACHE_DIR moves it.
 */
function cachePath(key: string): string {
	return join(cacheDir(), sha(key).slice(0, 32));
}

/** Where the numbering of a book's latest print is kept (by its running header and paper: one per language). */
const numberingPath = (book: string) => join(cacheDir(), `numbering-${sha(book).slice(0, 16)}.json`);

/** The previous print's numbering, if it numbers every target of this book (a guess: the tagged print checks it). */
function guessNumbers(path: string, targets: readonly string[]): Numbers | undefined {
	try {
		const numbers = JSON.parse(readFileSync(path, 'utf8')) as Numbers;
		return targets.every((id) => Number.isInteger(numbers[id])) ? numbers : undefined;
	} catch {
		return undefined;
	}
}

/** Prints kept (each language's latest few): older ones are removed when a new one is kept. */
const KEEP = 8;

function keep(path: string, pdf: Buffer, kept: Kept): void {
	const dir = dirname(path);
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${path}.pdf`, pdf);
	writeFileSync(`${path}.json`, JSON.stringify(kept));
	const entries = readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.map((n) => ({ base: join(dir, n.slice(0, -5)), time: statSync(join(dir, n)).mtimeMs }))
		.sort((a, b) => b.time - a.time);
	for (const { base } of entries.slice(KEEP)) for (const ext of ['.json', '.pdf']) rmSync(`${base}${ext}`, { force: true });
}

/** The kept print, if every file it loaded is still the same. */
function fromCache(path: string, dir: string): PrintedBook | undefined {
	if (!existsSync(`${path}.json`) || !existsSync(`${path}.pdf`)) return undefined;
	const kept = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Kept;
	for (const [file, hash] of Object.entries(kept.files)) {
		const on = join(dir, file);
		if (!existsSync(on) || sha(readFileSync(on)) !== hash) return undefined;
	}
	return { pdf: readFileSync(`${path}.pdf`), pages: kept.pages, partPages: kept.partPages, prints: { measuring: 0, tagged: 0 } };
}

/** The block whose line count a cross-reference's width can change (see `apply`). */
const REF_BLOCK = 'p, li, dd, dt, td, th, figcaption, blockquote, div, section, body';

/**
 * Marks the cross-references (links to another part), records the height of
 * each one's block with the placeholder number, and returns every link
 * target's id.
 */
function prepare(page: Page, placeholder: string): Promise<string[]> {
	return page.evaluate(({ placeholder, block }) => {
		const targets = new Set<string>();
		for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
			if (!id || !document.getElementById(id)) continue;
			targets.add(id);
			// A page number for links from one part to another; not in the contents, a heading or a chart.
			const from = a.closest('.book-part')?.id;
			const to = id.split('-')[0];
			if (from && from !== to && !a.closest('h1, h2, h3, h4, h5, h6, svg, figure')) a.dataset.pageRef = placeholder;
		}
		// Read every height, then write them (one layout).
		const refs = [...document.querySelectorAll<HTMLAnchorElement>('a[data-page-ref]')];
		const heights = refs.map((a) => a.parentElement!.closest(block)!.getBoundingClientRect().height);
		refs.forEach((a, i) => (a.dataset.pageRefBlock = String(heights[i])));
		return [...targets];
	}, { placeholder, block: REF_BLOCK });
}

/**
 * Writes the numbers into the contents and the cross-references. A number
 * shorter than the placeholder whose block then breaks into another number
 * of lines is padded to the placeholder's width (its digits are tabular: 1ch
 * each), on the left, in the space before it: the block keeps the lines the
 * measuring print measured. Elsewhere no space is added. A longer number may
 * move a target: the print is checked.
 */
function apply(page: Page, numbers: Numbers, pageRef: string, placeholder: string): Promise<void> {
	return page.evaluate(
		({ numbers, pageRef, placeholder, block }) => {
			for (const el of document.querySelectorAll<HTMLElement>('.book-toc__page[data-part]')) {
				const n = numbers[el.dataset.part!];
				if (n !== undefined) el.textContent = String(n);
			}
			const shorter: [HTMLAnchorElement, number][] = [];
			for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-page-ref]')) {
				const n = numbers[decodeURIComponent(a.getAttribute('href')!.slice(1))];
				a.style.removeProperty('--page-ref-pad');
				if (n === undefined) delete a.dataset.pageRef;
				else {
					a.dataset.pageRef = pageRef.replace('{page}', String(n));
					const missing = placeholder.length - String(n).length;
					if (missing > 0) shorter.push([a, missing]);
				}
			}
			const heights = shorter.map(([a]) => a.parentElement!.closest(block)!.getBoundingClientRect().height);
			shorter.forEach(([a, missing], i) => {
				if (Math.abs(heights[i]! - Number(a.dataset.pageRefBlock)) > 0.01) a.style.setProperty('--page-ref-pad', `${missing}ch`);
			});
		},
		{ numbers, pageRef, placeholder, block: REF_BLOCK },
	);
}

/** Where the print of this book is kept (without its extension), by what lays it out. */
function keptPath({ html, paper, header, pageRef }: Pick<PrintInput, 'html' | 'paper' | 'header' | 'pageRef'>): string {
	return cachePath([paper, pageCss(paper, header), pageRef, html].join('\0'));
}

/** The kept PDF of this book, once printed (tests compare it with the published one). */
export const keptPdf = (input: Pick<PrintInput, 'html' | 'paper' | 'header' | 'pageRef'>): string => `${keptPath(input)}.pdf`;

export async function printBook(input: PrintInput): Promise<PrintedBook> {
	const { html, dir, base, parts, paper, pageRef } = input;
	const css = pageCss(paper, input.header);
	const cache = keptPath(input);
	const kept = fromCache(cache, dir);
	if (kept) return kept;
	const prefix = base.replace(/\/?$/, '/');
	const bookUrl = `${ORIGIN}${prefix}__briefing-book__.html`;
	const loaded: Record<string, string> = {};
	const context = await (await input.browser()).newContext();
	try {
		// Nothing from the network: the book, and the site's own files from disk.
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.href === bookUrl) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			if (url.origin !== ORIGIN || !url.pathname.startsWith(prefix)) return route.abort();
			const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
			if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) return route.abort();
			// Read once: the bytes served are the bytes whose hash keys the cache.
			const body = readFileSync(file);
			loaded[file.slice(normalize(dir).length).replace(/^[\\/]+/, '')] = sha(body);
			return route.fulfill({ body, contentType: lookup(file) ?? 'application/octet-stream' });
		});
		const page = await context.newPage();
		// As wide as a page's text, so that a block breaks into lines in the tab as it does on paper (see `apply`).
		await page.setViewportSize({ width: textWidth(paper), height: 1000 });
		await page.emulateMedia({ media: 'print' });
		await page.goto(bookUrl, { waitUntil: 'load' });
		await page.addStyleTag({ content: css });
		// The lines are measured (see `apply`) once every font is in.
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		// Two digits: a cross-reference's usual width (see `apply`).
		const placeholder = '00';
		const targets = await prepare(page, pageRef.replace('{page}', placeholder));
		const missing = parts.filter((id) => !targets.includes(id));
		if (missing.length) throw new Error(`briefing book: the contents do not link part ${missing.join(', ')}`);

		const prints = { measuring: 0, tagged: 0 };
		const numbersOf = async (pdf: Buffer): Promise<{ pages: number; numbers: Numbers }> => {
			const { pages, at } = await destinationPages(pdf, targets);
			return { pages, numbers: Object.fromEntries([...at].filter((e): e is [string, number] => e[1] !== undefined)) };
		};
		const same = (a: Numbers, b: Numbers) => targets.every((id) => a[id] === b[id]);
		/**
		 * Where each target lands, from an untagged print with nothing painted:
		 * `visibility` leaves the layout as it is, so the destinations are the
		 * tagged print's, at about half its cost.
		 */
		const measure = async (): Promise<Numbers> => {
			const hide = await page.addStyleTag({ content: 'body { visibility: hidden !important; }' });
			prints.measuring++;
			const pdf = await page.pdf({ preferCSSPageSize: true, tagged: false });
			await hide.evaluate((el) => (el as Element).remove());
			return (await numbersOf(pdf)).numbers;
		};
		/** The tagged print with these numbers, if it puts every target where they say. */
		const final = async (numbers: Numbers): Promise<{ done: PrintedBook } | { moved: Numbers }> => {
			await apply(page, numbers, pageRef, placeholder);
			prints.tagged++;
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
			const printed = await numbersOf(pdf);
			if (!same(printed.numbers, numbers)) return { moved: printed.numbers };
			// The outline's top level: the contents, then one entry per part (its h1), on the part's page.
			const outline = (await readPdf(pdf, { links: false })).outline.slice(1);
			if (outline.length !== parts.length)
				throw new Error(`briefing book: the PDF outline has ${outline.length} parts after the contents, the book ${parts.length}: each part must have one h1`);
			const partPages = parts.map((id) => numbers[id]!);
			const off = outline.findIndex((e, i) => e.page !== partPages[i]);
			if (off >= 0) throw new Error(`briefing book: part ${parts[off]} starts on page ${partPages[off]} but its heading is on page ${outline[off]!.page}`);
			return { done: { pdf, pages: printed.pages, partPages, prints } };
		};

		const numbering = numberingPath([paper, input.header].join('\0'));
		let numbers = guessNumbers(numbering, targets) ?? (await measure());
		for (let round = 0; round < MAX_ROUNDS; round++) {
			const result = await final(numbers);
			if ('done' in result) {
				const { pdf, pages, partPages } = result.done;
				keep(cache, pdf, { files: loaded, pages, partPages });
				writeFileSync(numbering, JSON.stringify(numbers));
				return result.done;
			}
			// The guess was wrong (an edit moved a target), or a number's width moved one: print again with where they landed.
			numbers = result.moved;
		}
		throw new Error(`briefing book: the page numbers did not settle after ${MAX_ROUNDS} prints (a cross-reference's number keeps moving its target)`);
	} finally {
		await context.close();
	}
}
