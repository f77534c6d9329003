/**
 * What the built pages say against the content model, both languages, read
 * from the files: no body shows a status its data does not source, and the
 * decks' measures keep deck order and the deck's numbers on the register, the
 * home page and the document pages.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typeset } from '../../src/html/typography.ts';
import { ui } from '../../src/i18n/ui.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { MANDATE_ANCHOR, slideAnchor } from '../../src/model/links.ts';
import { blockTexts } from '../../src/model/slide-text.ts';
import { parseFile } from '../support/html.ts';
import { resolveUrlPath } from '../support/site.ts';
import { targets } from '../support/targets.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../..'));
const routes = buildRoutes(set);
const site = targets.root;
const fileOf = (key: string, lang: (typeof LANGS)[number]) => {
	const route = routes.find((r) => r.key === key && r.lang === lang)!;
	const found = resolveUrlPath(site.dir, site.base, `${site.base}${route.path}`);
	if (!found.ok) throw new Error(`${route.path} is not built: ${found.reason}`);
	return found.file;
};
const viewKey = (view: string) => `page:${set.pages.find((p) => p.data.view === view)!.data.translationKey}`;

describe('statuses', () => {
	for (const lang of LANGS) {
		test.each(set.bodies.map((b) => b.data))(`${lang}: $id shows a status only where its data sources one`, (body) => {
			const page = parseFile(fileOf(`body:${body.id}`, lang));
			const dts = page.querySelectorAll('dl.facts dt');
			const status = dts.find((dt) => dt.text.trim() === ui(lang).status)!.nextElementSibling!;
			if (body.status) {
				expect(body.statusSources?.length).toBeGreaterThan(0);
				expect(status.querySelector('.badge')?.text).toBe(ui(lang).labels.bodyStatuses[body.status]);
			} else {
				expect(status.text.trim()).toBe(ui(lang).statusNotStated);
				expect(status.querySelector('.badge')).toBeNull();
			}
		});
	}
});

describe('each deck its own numbering', () => {
	for (const lang of LANGS) {
		test(`${lang}: a body's related measures are listed per deck when they come from both, so no list has a number twice`, () => {
			let grouped = 0;
			for (const { data: body } of set.bodies) {
				const decks = new Set(set.measures.filter((m) => m.data.bodies.includes(body.id)).map((m) => m.data.source.document));
				const section = parseFile(fileOf(`body:${body.id}`, lang)).querySelector('section[aria-labelledby="measures"]');
				if (!section) continue;
				const lists = section.querySelectorAll('ul');
				expect(lists, body.id).toHaveLength(decks.size);
				expect(section.querySelectorAll('h3'), body.id).toHaveLength(decks.size > 1 ? decks.size : 0);
				if (decks.size > 1) grouped++;
				for (const ul of lists) {
					const numbers = ul.querySelectorAll('li').map((li) => /^\s*(\d+)\./.exec(li.text)?.[1]).filter(Boolean);
					expect(new Set(numbers).size, `${body.id}: ${numbers.join(', ')}`).toBe(numbers.length);
				}
			}
			// The Digital Strategy Working Group, whose measures both decks number from 1.
			expect(grouped).toBeGreaterThan(0);
		});
	}
});

describe('traceability', () => {
	const plain = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
	for (const lang of LANGS) {
		test(`${lang}: what a slide's « used in this publication » list links to an anchor is that anchor's own statement`, () => {
			const anchors = new Set<string>();
			for (const { data: doc } of set.documents) {
				const page = parseFile(fileOf(`document:${doc.id}`, lang));
				for (const a of page.querySelectorAll('.used-on-site a[href*="#"]')) {
					const [path, hash] = a.getAttribute('href')!.split('#') as [string, string];
					const found = resolveUrlPath(site.dir, site.base, path);
					expect(found.ok, path).toBe(true);
					if (!found.ok) continue;
					const target = parseFile(found.file).getElementById(decodeURIComponent(hash));
					expect(target, `${path}#${hash}`).not.toBeNull();
					// A heading stands for the section it heads (a body's mandate).
					const statement = /^H[1-6]$/.test(target!.tagName) ? (target!.closest('section') ?? target!) : target!;
					expect(plain(statement.text), `${path}#${hash}`).toContain(plain(a.text));
					anchors.add(hash);
				}
			}
			// The consultations' findings among them, each to its own item (not to the top of their page), and the mandates to their section.
			for (const { data: f } of set.findings) expect(anchors, f.id).toContain(f.id);
			expect(anchors).toContain(MANDATE_ANCHOR);
		});

		test(`${lang}: the register cites each group's slide once, in its caption, and a row's statement only where it says more than its title`, () => {
			const page = parseFile(fileOf(viewKey('measures'), lang));
			for (const { data: doc } of set.documents) {
				for (const slide of doc.slides) {
					const measures = set.measures.map((m) => m.data).filter((m) => m.source.document === doc.id && m.source.slide === slide.id);
					if (!measures.length) continue;
					const link = page.querySelector(`#${measures[0]!.id}`)!.closest('table')!.querySelector('caption a')!;
					expect(link.getAttribute('href'), slide.id).toMatch(new RegExp(`#${slideAnchor(slide.id)}$`));
					for (const m of measures) {
						const row = page.querySelector(`#${m.id}`)!;
						expect(row.querySelectorAll('a').filter((a) => a.getAttribute('href')!.includes('#slide-')), m.id).toHaveLength(0);
						const bare = (x: string) => plain(typeset(x, lang)).replace(/[.\s]+$/u, '').toLocaleLowerCase();
						const statement = row.querySelector('.register-statement');
						if (bare(m.statement[lang]) === bare(m.title[lang])) expect(statement, m.id).toBeNull();
						else expect(plain(statement!.text), m.id).toBe(plain(typeset(m.statement[lang], lang)));
					}
				}
			}
		});
	}
});

describe('deck order and numbering', () => {
	test('in each deck, the measures it numbers come in the order of their numbers (the content files keep deck order)', () => {
		for (const doc of set.documents) {
			const numbers = set.measures.filter((m) => m.data.source.document === doc.data.id && m.data.number).map((m) => m.data.number);
			expect(numbers, doc.data.id).toEqual([...numbers].sort((a, b) => a! - b!));
		}
		expect(set.measures.filter((m) => m.data.number).length).toBeGreaterThan(0);
	});

	for (const lang of LANGS) {
		test(`${lang}: the register lists each deck's measures in deck order, numbered as the deck numbers them`, () => {
			const page = parseFile(fileOf(viewKey('measures'), lang));
			const rows = page.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('id'));
			expect(rows).toEqual(set.documents.flatMap((d) => set.measures.filter((m) => m.data.source.document === d.data.id).map((m) => m.data.id)));
			for (const { data: m } of set.measures.filter((x) => x.data.number)) {
				expect(page.querySelector(`tr[id="${m.id}"] .register-permalink`)!.text.trim().startsWith(`${m.number}. `), m.id).toBe(true);
			}
		});

		test(`${lang}: the home page and the document pages show numbered measures with their numbers, in order`, () => {
			const numbered = new Map(set.measures.filter((m) => m.data.number).map((m) => [m.data.id, m.data.number!]));
			// Each measure links to its own page.
			const measureOfHref = new Map(routes.filter((r) => r.kind === 'measure' && r.lang === lang).map((r) => [`/${r.path}`, r.entryId]));
			// The home page shows each deck in its own column: each column, and each document page, in deck order.
			const home = parseFile(fileOf(viewKey('home'), lang));
			const blocks = [
				...home.querySelectorAll('.deck-column').map((c, i) => ({ file: `home column ${i + 1}`, root: c })),
				...set.documents.map((d) => ({ file: fileOf(`document:${d.data.id}`, lang), root: parseFile(fileOf(`document:${d.data.id}`, lang)).querySelector('main')! })),
			];
			let seen = 0;
			for (const { file, root } of blocks) {
				const shown = root
					.querySelectorAll('a[href]')
					.map((a) => ({ id: measureOfHref.get(a.getAttribute('href')!.split('#')[0]!) ?? '', text: a.text.trim() }))
					.filter((a) => numbered.has(a.id) && /^\d+\. /.test(a.text));
				const numbers = shown.map((a) => Number(a.text.split('.')[0]));
				for (const a of shown) expect(a.text.startsWith(`${numbered.get(a.id)}. `), `${file}: ${a.text}`).toBe(true);
				expect(numbers, file).toEqual([...numbers].sort((a, b) => a - b));
				seen += shown.length;
			}
			expect(seen).toBeGreaterThan(0);
		});
	}
});

describe('names in generated sentences', () => {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	/** Every text of a page, in the page's language, spaces made plain. */
	const textOf = (file: string) => parseFile(file).querySelector('main')!.text.replace(/[\u00a0\u202f\s]+/g, ' ');
	const pages = (lang: (typeof LANGS)[number]) => routes.filter((r) => r.lang === lang).map((r) => fileOf(r.key, lang));

	/** Every place a page of `lang` matches one of `patterns`, with some context. */
	const matches = (lang: (typeof LANGS)[number], patterns: RegExp[]): string[] => {
		const found: string[] = [];
		for (const file of pages(lang)) {
			const text = textOf(file);
			for (const re of patterns) {
				const m = re.exec(text);
				if (m) found.push(`${file}: …${text.slice(Math.max(0, m.index - 30), m.index + 60)}…`);
			}
		}
		return found;
	};
	const bodies = set.bodies.map((b) => b.data);

	test('fr: « de » and « à » are contracted before every official name (du, des, de l’, au, aux, à l’…)', () => {
		const uncontracted = bodies.filter((b) => b.article.fr).map((b) => new RegExp(`(^|[^\\p{L}’'])(de|à) ${escape(typeset(b.name.fr, 'fr'))}`, 'u'));
		expect(matches('fr', uncontracted)).toEqual([]);
	});

	test('en: "the" before every official name that takes it, after of, to, with and in', () => {
		const bare = bodies.filter((b) => b.article.en === 'the').map((b) => new RegExp(`\\b(of|to|with|in) ${escape(b.name.en)}`));
		expect(matches('en', bare)).toEqual([]);
	});
});

describe('each deck its own source', () => {
	const shortTitles = (lang: (typeof LANGS)[number]) => set.documents.map((d) => typeset(d.data.shortTitle[lang], lang));
	for (const lang of LANGS) {
		test(`${lang}: every proposed change sits under the deck that proposes it, citing that deck, and names the deck in the chart's text version`, () => {
			const page = parseFile(fileOf(viewKey('governance'), lang));
			let seen = 0;
			for (const { data: doc } of set.documents) {
				const column = page.querySelector(`section[aria-labelledby="changes-${doc.id}"]`)!;
				const items = column.querySelectorAll('ol.change-list > li');
				const expected = set.bodies.flatMap((b) =>
					b.data.proposedChanges.filter((c) => set.measures.find((m) => m.data.id === c.measure)!.data.source.document === doc.id),
				);
				expect(items.length, doc.id).toBe(expected.length);
				for (const li of items) expect(li.text, `${doc.id}: ${li.text}`).toContain(typeset(doc.title[lang], lang));
				seen += items.length;
			}
			expect(seen).toBeGreaterThan(0);
			// The chart's text version attributes each change to its deck by name.
			const notes = page.querySelectorAll('figure .jc-diagram__note').map((n) => n.text.replace(/[\u00a0\u202f\s]+/g, ' '));
			for (const note of notes)
				for (const change of note.split(/; (?=[▲✕])/u).filter((c) => /[▲✕]/u.test(c)))
					expect(shortTitles(lang).some((t) => change.includes(t)), `"${change}"`).toBe(true);
			// Where the decks differ on one body, both appear, each with its own number.
			const both = set.bodies.find((b) => new Set(b.data.proposedChanges.map((c) => set.measures.find((m) => m.data.id === c.measure)!.data.source.document)).size > 1)!;
			const about = page.querySelectorAll('ol.change-list > li').filter((li) => li.querySelector('a')?.text === typeset(both.data.name[lang], lang));
			expect(new Set(about.map((li) => li.closest('section')!.getAttribute('aria-labelledby'))).size, both.data.id).toBe(2);
		});

		test(`${lang}: each body page cites the deck and slide behind every proposed change`, () => {
			for (const { data: b } of set.bodies.filter((x) => x.data.proposedChanges.length)) {
				const items = parseFile(fileOf(`body:${b.id}`, lang)).querySelectorAll('#proposed-changes + ul > li');
				expect(items.length, b.id).toBe(b.proposedChanges.length);
				b.proposedChanges.forEach((c, i) => {
					const doc = set.documents.find((d) => d.data.id === set.measures.find((m) => m.data.id === c.measure)!.data.source.document)!;
					expect(items[i]!.text, `${b.id} change ${i}`).toContain(typeset(doc.data.title[lang], lang));
				});
			}
		});
	}
});

describe('slide numbers', () => {
	for (const lang of LANGS) {
		test(`${lang}: a slide is numbered only with the deck's own number; otherwise its position in the recovered text is said as such`, () => {
			for (const { data: doc } of set.documents) {
				const labels = parseFile(fileOf(`document:${doc.id}`, lang))
					.querySelectorAll('.slide-number')
					.map((s) => s.text.replace(/[\u00a0\u202f\s]+/g, ' ').trim());
				expect(labels).toHaveLength(doc.slides.length);
				doc.slides.forEach((slide, i) => {
					const expected = slide.number
						? `${ui(lang).slide} ${slide.number}`
						: ui(lang).slidePosition.replace('{n}', String(i + 1));
					expect(labels[i], `${doc.id} › ${slide.id}`).toContain(expected);
				});
			}
			expect(set.documents.some((d) => d.data.slides.some((s) => s.number))).toBe(true);
		});
	}
});

describe('each slide’s own text on its document page', () => {
	const plain = (s: string) => s.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
	for (const lang of LANGS) {
		test(`${lang}: every slide shows its text, block by block, in deck order, under its own headings`, () => {
			let blocks = 0;
			for (const { data: doc } of set.documents) {
				const page = parseFile(fileOf(`document:${doc.id}`, lang));
				for (const slide of doc.slides) {
					const section = page.querySelector(`section#${slideAnchor(slide.id)}`)!;
					expect(section, `${doc.id} › ${slide.id}`).not.toBeNull();
					const text = section.querySelector('.slide-text');
					if (slide.imageOnly) {
						expect(text, `${slide.id} is image-only`).toBeNull();
						continue;
					}
					// The texts in the order the page shows them, each once.
					const shown = plain(text!.text);
					let at = 0;
					for (const block of slide.text) {
						const strings = 'note' in block ? [block.note] : blockTexts(block);
						for (const s of strings) {
							const i = shown.indexOf(plain(typeset(s[lang], lang)), at);
							expect(i, `${doc.id} › ${slide.id}: « ${s[lang]} » missing or out of order`).toBeGreaterThanOrEqual(at);
							at = i;
							blocks++;
						}
						if ('heading' in block) expect(text!.querySelectorAll('h3').map((h) => plain(h.text))).toContain(plain(typeset(block.heading[lang], lang)));
					}
				}
			}
			expect(blocks).toBeGreaterThan(70);
		});
	}
});

describe('inferred reporting lines', () => {
	const inferred = set.bodies.map((b) => b.data).filter((b) => b.reportsToBasis === 'inferred');
	test('the content has inferred lines to check', () => expect(inferred.length).toBeGreaterThan(0));
	for (const lang of LANGS) {
		test(`${lang}: an inferred line is said to be inferred, with its basis, on the body page, in the list and in the chart`, () => {
			const word = ui(lang).diagrams.inferred;
			for (const b of inferred) {
				const facts = parseFile(fileOf(`body:${b.id}`, lang)).querySelector('dl.facts')!.text;
				expect(facts, b.id).toContain(typeset(b.reportsToNote![lang], lang).slice(0, 40));
			}
			const governance = parseFile(fileOf(viewKey('governance'), lang));
			const current = governance.querySelectorAll('figure')[0]!;
			// Each inferred line is drawn with its own dash and labelled in words (never style alone).
			const labelled = current.querySelectorAll('.edgeLabel').filter((e) => e.text.includes(word));
			const dashed = current.querySelectorAll('path.flowchart-link').filter((p) => (p.getAttribute('style') ?? '').includes('stroke-dasharray:10 3 2 3'));
			// Inferred reporting lines and inferred relationships alike.
			const inferredLinks = inferred.length + set.bodies.flatMap((b) => b.data.relationships.filter((r) => r.basis === 'inferred')).length;
			expect(labelled.length, 'edge labels in the current chart').toBe(inferredLinks);
			expect(dashed.length, 'inferred dash in the current chart').toBe(inferredLinks);
			for (const b of inferred) {
				const li = current.querySelectorAll('.jc-diagram__outline li').find((l) => l.querySelector('.jc-diagram__label')?.text.startsWith(typeset(b.name[lang], lang)));
				expect(li?.text, `${b.id} in the text version`).toContain(`(${word})`);
			}
		});
	}
});
