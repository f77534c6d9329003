// Every statement of the source decks is on the site: each sentence of the
// seed text must be found (word for word, allowing for corrected OCR) in the
// French content. The seeds are kept verbatim in content/sources/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/model/load-content.ts';

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

/** The deck's statements: bullet-separated paragraphs, wrapped lines joined. */
function statements(file: string): string[] {
	let text = readFileSync(resolve(ROOT, 'content/sources', file), 'utf8');
	for (const { ocr, corrected } of OCR_CORRECTIONS) text = text.split(ocr).join(corrected);
	return text
		.split(/\n\s*\n|[\uE000-\uF8FF«•]/u)
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => words(s).length >= 3);
}

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
