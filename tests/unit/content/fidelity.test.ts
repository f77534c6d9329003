// Every statement of the source decks is on the site: each sentence of the
// seed text must be found (word for word, allowing for corrected OCR) in the
// French content. The seeds are kept verbatim in content/sources/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/model/load-content.ts';
import { slideText } from '../../../src/model/slide-text.ts';
import type { Slide } from '../../../src/schemas/documents.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const { set, issues } = loadContent(ROOT);

const OCR_CORRECTIONS = parseYaml(readFileSync(resolve(ROOT, 'content/sources/ocr-corrections.yaml'), 'utf8')) as {
	ocr: string;
	corrected: string;
}[];

/** Lower-case words of four letters or more, accents and apostrophes folded. */
function words(text: string): string[] {
	return (
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[’'`]/g, ' ')
			.match(/[a-z0-9]{4,}/g) ?? []
	);
}

/** Every French string in the content: data labels and MDX prose. */
function frenchCorpus(): Set<string> {
	const out = new Set<string>();
	const walk = (v: unknown): void => {
		if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') {
			for (const [k, x] of Object.entries(v)) {
				if (k === 'en') continue;
				if (k === 'fr' && typeof x === 'string') words(x).forEach((w) => out.add(w));
				else walk(x);
			}
		}
	};
	for (const [name, list] of Object.entries(set)) {
		if (name === 'pages') continue;
		walk((list as { data: unknown }[]).map((e) => e.data));
	}
	for (const p of set.pages.filter((p) => p.lang === 'fr')) words(p.body).forEach((w) => out.add(w));
	return out;
}

/** The seed text with its OCR errors corrected. */
function seedText(file: string): string {
	let text = readFileSync(resolve(ROOT, 'content/sources', file), 'utf8');
	for (const { ocr, corrected } of OCR_CORRECTIONS) text = text.split(ocr).join(corrected);
	return text;
}

/** Every word, in order: accents and case folded, punctuation dropped. */
function tokens(text: string): string[] {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A slide's French text as the seed prints it: its number and its lists' numbers included. */
function slideTokens(slide: Slide): string[] {
	const numbers = slide.text.flatMap((b) => ('list' in b && b.numbered ? b.list.map((_, i) => String(i + 1)) : []));
	return [...tokens(slideText(slide, 'fr')), ...numbers, ...(slide.number ? [String(slide.number)] : [])];
}

/** Words and how often each occurs: OCR reads multi-column slides line by line across the columns. */
function counts(words: string[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const w of words) out[w] = (out[w] ?? 0) + 1;
	return out;
}

/** Words one side has more often than the other. */
function difference(site: string[], seed: string[]): { onSiteOnly: string[]; inSeedOnly: string[] } {
	const a = counts(site);
	const b = counts(seed);
	const more = (x: Record<string, number>, y: Record<string, number>) =>
		Object.entries(x).flatMap(([w, n]) => Array<string>(Math.max(0, n - (y[w] ?? 0))).fill(w));
	return { onSiteOnly: more(a, b), inSeedOnly: more(b, a) };
}

/** The deck's statements: bullet-separated paragraphs, wrapped lines joined. */
function statements(file: string): string[] {
	return seedText(file)
		.split(/\n\s*\n|[\uE000-\uF8FF«•]/u)
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => words(s).length >= 3);
}

describe('each slide\'s French text is its seed text, word for word', () => {
	for (const { data: doc } of set.documents) {
		const lines = seedText(doc.seedFile).split('\n');
		const seed = lines.flatMap((l) => tokens(l));
		// Where each slide starts in the seed: at a line that begins with its title, in
		// deck order (case kept, so a list item repeating a title's words is not taken for it).
		const lineStart: (string | undefined)[] = lines.flatMap((l) => {
			const t = tokens(l);
			return t.map((_, k) => (k === 0 ? l.normalize('NFD').replace(/\p{M}/gu, '').replace(/^[^\p{L}\p{N}]+/u, '') : undefined));
		});
		const starts: number[] = [];
		let at = 0;
		for (const slide of doc.slides) {
			const title = tokens(slide.title.fr);
			const raw = slide.title.fr.normalize('NFD').replace(/\p{M}/gu, '');
			const matches = (i: number) => lineStart[i]?.charAt(0) === raw.charAt(0) && title.every((w, k) => seed[i + k] === w);
			while (at < seed.length && !matches(at)) at++;
			starts.push(at);
		}
		it(`${doc.id}: every slide title is found in the seed, in deck order`, () => expect(starts.every((s) => s < seed.length), `not found: ${doc.slides.filter((_, i) => starts[i]! >= seed.length).map((s) => s.id).join(', ')}`).toBe(true));
		it(`${doc.id}: the seed holds nothing before the first slide but the deck's title`, () =>
			expect(counts(seed.slice(0, starts[0]))).toEqual(starts[0] ? counts(tokens(`${doc.title.fr} ${doc.subtitle?.fr ?? ''}`)) : {}));
		doc.slides.forEach((slide, i) => {
			it(`${doc.id} › ${slide.id}: same words as the seed`, () => {
				const fromSeed = seed.slice(starts[i], starts[i + 1] ?? seed.length);
				expect(difference(slideTokens(slide), fromSeed)).toEqual({ onSiteOnly: [], inSeedOnly: [] });
			});
		});
	}
});

describe('fidelity to the decks', () => {
	const corpus = frenchCorpus();
	it('loads the content', () => expect(issues).toEqual([]));

	// Every word of every statement must appear (000 once its OCR errors are corrected).
	const decks = [
		{ file: '001_4e560aa4e4ed2aa3.txt', threshold: 1 },
		{ file: '000_f50aaf6d6ca22d06.txt', threshold: 1 },
	];
	for (const { file, threshold } of decks) {
		it.each(statements(file))(`${file}: « %s »`, (statement) => {
			const w = words(statement);
			const missing = w.filter((x) => !corpus.has(x));
			expect(1 - missing.length / w.length, `missing words: ${missing.join(', ')}`).toBeGreaterThanOrEqual(threshold);
		});
	}
});
