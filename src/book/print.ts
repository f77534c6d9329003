// Prints the composed book to PDF in the build's Chromium: tagged, with an
// outline of its headings, fonts embedded. Two passes: the first tells on
// which page each part starts (read from the PDF's outline), the second
// prints the table of contents with those numbers. The numbers are kept by
// the book's hash, so an unchanged book prints once (and is checked).
import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { escapeHtml } from '../diagrams/escape.ts';
import { readPdf } from './pdf-outline.ts';
import type { PaperSize } from './config.ts';

const ORIGIN = 'http://book.invalid';

export interface PrintInput {
	browser: Browser;
	html: string;
	/** The built site (stylesheets, SVG, fonts are read from it) and its base. */
	dir: string;
	base: string;
	/** Part ids in order (the table of contents' `data-part`). */
	parts: readonly string[];
	paper: PaperSize;
	/** The running header, in the book's language. */
	header: string;
}

export interface PrintedBook {
	pdf: Buffer;
	pages: number;
	/** Page on which each part starts. */
	partPages: number[];
}

/**
 * Where the parts' first pages are kept, by a hash of the book and the paper:
 * an unchanged book (a warm rebuild, a CI run that keeps node_modules/.cache)
 * prints once. BOOK_CACHE_DIR moves it.
 */
function cacheFile(html: string, paper: PaperSize): string {
	const dir = process.env.BOOK_CACHE_DIR?.trim() || resolve(process.cwd(), 'node_modules/.cache/jc-book');
	return join(dir, `${createHash('sha256').update(paper).update('\0').update(html).digest('hex').slice(0, 32)}.json`);
}

export async function printBook(input: PrintInput): Promise<PrintedBook> {
	const { browser, html, dir, base, parts, paper } = input;
	const prefix = base.replace(/\/?$/, '/');
	const bookUrl = `${ORIGIN}${prefix}__briefing-book__.html`;
	const context = await browser.newContext();
	try {
		// Nothing from the network: the book, and the site's own files from disk.
		await context.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.href === bookUrl) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
			if (url.origin !== ORIGIN || !url.pathname.startsWith(prefix)) return route.abort();
			const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
			if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) return route.abort();
			return route.fulfill({ path: file });
		});
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		await page.goto(bookUrl, { waitUntil: 'load' });
		const options = {
			format: paper,
			tagged: true,
			outline: true,
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: `<div style="font-size:10px;width:100%;padding:0 1.8cm;color:#333">${escapeHtml(input.header)}</div>`,
			footerTemplate: '<div style="font-size:10px;width:100%;padding:0 1.8cm;text-align:right;color:#333"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
			margin: { top: '2cm', bottom: '2cm', left: '1.8cm', right: '1.8cm' },
		} as const;
		const partPages = async (pdf: Buffer): Promise<{ pages: number; starts: number[] }> => {
			const { pages, outline } = await readPdf(pdf, { links: false });
			// The outline's top level: the contents, then one entry per part (its h1).
			const top = outline.slice(1);
			if (top.length !== parts.length)
				throw new Error(`briefing book: the PDF outline has ${top.length} parts after the contents, the book ${parts.length}: each part must have one h1`);
			return { pages, starts: top.map((e) => e.page) };
		};
		/** Writes each part's first page into the contents. */
		const fill = (starts: number[]) =>
			page.evaluate(
				(numbers) => {
					for (const [id, n] of Object.entries(numbers)) {
						const el = document.querySelector(`.book-toc__page[data-part="${id}"]`);
						if (el) el.textContent = String(n);
					}
				},
				Object.fromEntries(parts.map((id, i) => [id, starts[i]!])),
			);
		const cache = cacheFile(html, paper);
		const known = existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as number[]) : undefined;
		if (known?.length === parts.length) {
			await fill(known);
			const pdf = await page.pdf(options);
			const printed = await partPages(pdf);
			if (printed.starts.join() === known.join()) return { pdf, pages: printed.pages, partPages: printed.starts };
		}
		// (Both prints are tagged: Chromium writes the outline from the tags.)
		const first = await partPages(await page.pdf(options));
		await fill(first.starts);
		const pdf = await page.pdf(options);
		const second = await partPages(pdf);
		if (second.starts.join() !== first.starts.join())
			throw new Error('briefing book: numbering the table of contents moved the parts to other pages');
		mkdirSync(dirname(cache), { recursive: true });
		writeFileSync(cache, JSON.stringify(second.starts));
		return { pdf, pages: second.pages, partPages: second.starts };
	} finally {
		await context.close();
	}
}
