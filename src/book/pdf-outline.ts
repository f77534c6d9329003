// Reads a PDF's outline (bookmarks) with PDF.js: each entry's title and the
// page it points to. The book numbers its table of contents from it, and
// the tests check the outline and the internal links with the same reader.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineEntry {
	title: string;
	/** 1-based page number. */
	page: number;
	children: OutlineEntry[];
}

export interface PdfSummary {
	pages: number;
	/** The document's language (the catalog's /Lang). */
	language: string | undefined;
	/** Whether the content is marked (tagged) for assistive technology. */
	marked: boolean;
	outline: OutlineEntry[];
	/** Every link annotation inside the document: its page and the page it goes to (undefined: broken). */
	internalLinks: { from: number; to: number | undefined }[];
	/** Links to addresses outside the document. */
	externalLinks: string[];
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function pageOfDest(doc: PdfDocument, dest: unknown): Promise<number | undefined> {
	try {
		const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
		const ref = explicit?.[0];
		if (ref == null) return undefined;
		const index = typeof ref === 'number' ? ref : await doc.getPageIndex(ref as Parameters<PdfDocument['getPageIndex']>[0]);
		return index + 1;
	} catch {
		return undefined;
	}
}

/** The PDF's pages, language, marking and outline; with `links`, every link annotation too (it reads every page). */
export async function readPdf(data: Uint8Array, { links = true } = {}): Promise<PdfSummary> {
	const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
	const doc = await task.promise;
	try {
		type Item = { title: string; dest: unknown; items: Item[] };
		const walk = async (items: Item[] | null): Promise<OutlineEntry[]> =>
			Promise.all((items ?? []).map(async (i) => ({ title: i.title, page: (await pageOfDest(doc, i.dest)) ?? 0, children: await walk(i.items) })));
		const outline = await walk((await doc.getOutline()) as Item[] | null);
		const internalLinks: PdfSummary['internalLinks'] = [];
		const externalLinks: string[] = [];
		for (let n = 1; links && n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			for (const a of (await page.getAnnotations()) as { subtype: string; dest?: unknown; url?: string }[]) {
				if (a.subtype !== 'Link') continue;
				if (a.url) externalLinks.push(a.url);
				else if (a.dest !== undefined) internalLinks.push({ from: n, to: await pageOfDest(doc, a.dest) });
			}
		}
		const meta = (await doc.getMetadata()).info as { Language?: string };
		const mark = (await doc.getMarkInfo()) as Map<string, unknown> | null;
		return { pages: doc.numPages, language: meta.Language, marked: mark?.get('Marked') === true, outline, internalLinks, externalLinks };
	} finally {
		await task.destroy();
	}
}

/** The page each named destination lands on (undefined: none by that name), and the page count. */
export async function destinationPages(data: Uint8Array, names: readonly string[]): Promise<{ pages: number; at: Map<string, number | undefined> }> {
	const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
	const doc = await task.promise;
	try {
		const at = new Map<string, number | undefined>();
		for (const name of names) at.set(name, await pageOfDest(doc, name));
		return { pages: doc.numPages, at };
	} finally {
		await task.destroy();
	}
}
