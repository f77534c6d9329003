/**
 * The briefing book's print in real Chromium, on a small book: the contents
 * and a cross-reference numbered with the pages their targets land on, the
 * running header kept off the cover, the kept print reused without a
 * browser until a file the book loaded changes, and an edited book printed
 * once when the previous numbering still holds, renumbered when it does not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../src/browser/find-chromium.ts';
import { printBook, type PrintInput } from '../../../src/book/print.ts';

const chromium = findChromium();
const hasPoppler = (() => {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of filler text that takes a line or two on a Letter page.</p>`).join('');
/** A cover, the contents, three parts, the second after the first's filler; with the book's own CSS. */
const book = (fillerLines = 90, word = 'One') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Book</title><link rel="stylesheet" href="/book.css"><style>${readFileSync(new URL('../../../src/book/book.css', import.meta.url), 'utf8')}</style></head><body class="book">
<header><p>Cover</p></header>
<nav class="book-toc" style="break-before: page"><h1>Contents</h1><ol>
<li><a href="#p1">${word}</a> <span class="book-toc__page" data-part="p1">000</span></li>
<li><a href="#p2">Two</a> <span class="book-toc__page" data-part="p2">000</span></li>
<li><a href="#p3">Three</a> <span class="book-toc__page" data-part="p3">000</span></li></ol></nav>
<section class="book-part" id="p1" style="break-before: page"><h1>${word}</h1><p>See <a href="#p3-target">the target</a>.</p>${filler(fillerLines)}</section>
<section class="book-part" id="p2"><h1>Two</h1>${filler(40)}</section>
<section class="book-part" id="p3" style="break-before: page"><h1>Three</h1><p id="p3-target">The target.</p></section>
</body></html>`;

describe.skipIf(!chromium && !process.env.CI)('printing the briefing book', () => {
	let browser: Browser;
	let dir: string;
	let launches = 0;
	const input = (html = book()): PrintInput => ({
		browser: async () => {
			launches++;
			return browser;
		},
		html,
		dir: path.join(dir, 'site'),
		base: '/',
		parts: ['p1', 'p2', 'p3'],
		paper: 'Letter',
		header: 'Site — Book',
		pageRef: '(p.\u00a0{page})',
	});
	beforeAll(async () => {
		const { chromium: pw } = await import('playwright-core');
		browser = await pw.launch({ executablePath: chromium!, args: [...CHROMIUM_ARGS] });
		dir = mkdtempSync(path.join(os.tmpdir(), 'jc-book-'));
		mkdirSync(path.join(dir, 'site'));
		writeFileSync(path.join(dir, 'site', 'book.css'), 'body { font-size: 11pt; }');
		process.env.BOOK_CACHE_DIR = path.join(dir, 'cache');
	});
	afterAll(async () => {
		delete process.env.BOOK_CACHE_DIR;
		await browser?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	/** The contents and the cross-reference, as the PDF's text says them, against the pages the parts start on. */
	const expectNumbered = (printed: Awaited<ReturnType<typeof printBook>>, titles = ['One', 'Two', 'Three']) => {
		expect(printed.partPages[0]).toBe(3);
		expect(printed.partPages[1]).toBeGreaterThan(printed.partPages[0]!);
		expect(printed.partPages[2]).toBeGreaterThan(printed.partPages[1]!);
		expect(printed.pages).toBe(printed.partPages[2]);
		if (!hasPoppler) return;
		const file = path.join(dir, 'book.pdf');
		writeFileSync(file, printed.pdf);
		const text = (first: number, last = first) => execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' });
		const toc = text(2).replace(/\u00a0/g, ' ');
		printed.partPages.forEach((n, i) => expect(toc).toMatch(new RegExp(`${titles[i]}\\s+${n}\\b`)));
		expect(text(3).replace(/\u00a0/g, ' ')).toContain(`the target (p. ${printed.partPages[2]})`);
		// The running header and the page numbers: not on the cover, on every other page.
		expect(text(1)).not.toContain('Site — Book');
		expect(text(2)).toContain('Site — Book');
		expect(text(2)).toMatch(new RegExp(`\\b2\\s*/\\s*${printed.pages}\\b`));
	};

	it('numbers the contents and the cross-references with the pages their targets land on', async () => {
		const printed = await printBook(input());
		expectNumbered(printed);
		// No numbering to start from: one measuring print, then the tagged one.
		expect(printed.prints).toEqual({ measuring: 1, tagged: 1 });
	});

	it('reuses the kept print without a browser, until a file the book loaded changes', async () => {
		const first = await printBook(input());
		const before = launches;
		const again = await printBook(input());
		expect(launches).toBe(before);
		expect(again.pdf.equals(first.pdf)).toBe(true);
		writeFileSync(path.join(dir, 'site', 'book.css'), 'body { font-size: 12pt; }');
		await printBook(input());
		expect(launches).toBe(before + 1);
	});

	it('prints an edited book once when the previous numbering still holds, and renumbers it when the edit moved a target', async () => {
		const base = await printBook(input());
		// A word changed: every target stays where it was, so the tagged print is the only one.
		const retitled = await printBook(input(book(90, 'First')));
		expectNumbered(retitled, ['First', 'Two', 'Three']);
		expect(retitled.partPages).toEqual(base.partPages);
		expect(retitled.prints).toEqual({ measuring: 0, tagged: 1 });
		// Two more pages of filler: the guess is wrong, the book is numbered from where the targets landed.
		const longer = await printBook(input(book(200)));
		expectNumbered(longer);
		expect(longer.partPages[1]).toBeGreaterThan(base.partPages[1]!);
		expect(longer.prints.tagged).toBeGreaterThanOrEqual(2);
	});
});
