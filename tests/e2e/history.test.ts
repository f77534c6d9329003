// The strategy over time as published (the site built from content/): the
// meeting the 2020 deck names has its page, no measure shows a decision the
// sources do not record, the feeds are valid Atom with one entry per major
// change (none yet), every page links its language's feed, and the open
// data parses, matches its schema and covers every entry. The same views
// with decisions and events recorded: tests/build/history.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { deriveHistory } from '../../src/model/history.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { DATASET_SCHEMAS } from '../../src/open-data/schemas.ts';
import { parseFile } from '../support/html.ts';
import { pagesOf } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../..'));
const routes = buildRoutes(set);
const { history } = deriveHistory(set);
const site = targets.root;
const page = (key: string, lang: Lang) => parseFile(join(site.dir, routes.find((r) => r.key === key && r.lang === lang)!.path, 'index.html'));
const text = (el: { textContent: string } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').replace(/[\u00a0\u202f]/g, ' ');

describe.each(LANGS)('%s', (lang) => {
	const t = ui(lang);
	const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

	it('every meeting a source names has its page, with its decks and its decisions (none recorded)', () => {
		expect(set.meetings.length).toBeGreaterThan(0);
		for (const { data: m } of set.meetings) {
			const p = page(`meeting:${m.id}`, lang);
			expect(text(p.querySelector('h1'))).toContain(nbsp(m.title[lang]).replace(/^./, (c) => c.toUpperCase()));
			for (const d of m.documents) expect(text(p.querySelector('main'))).toContain(nbsp(set.documents.find((x) => x.data.id === d)!.data.title[lang]));
			expect(text(p.querySelector('main'))).toContain(nbsp(t.noDecisionsAtMeeting));
			expect(p.querySelector('main figure svg, main figure pre.mermaid'), 'the structure as of the meeting').not.toBeNull();
		}
	});

	it('the register and every measure page show the deck’s status and « no decision recorded »', () => {
		const rows = set.measures.map(({ data: m }) => page(`page:measures`, lang).querySelector(`tr#${m.id}`));
		rows.forEach((row, i) => {
			const m = set.measures[i]!.data;
			expect(row?.getAttribute('data-status'), m.id).toBe(m.status);
			expect(text(row), m.id).toContain(nbsp(t.noDecision));
			expect(text(page(`measure:${m.id}`, lang).querySelector('main')), m.id).toContain(nbsp(t.noDecisionYet));
		});
	});

	it.each([targets.root, targets.subpath])('the Atom feed ($label) is valid, has one entry per major change (none is recorded), and every page links it', (built) => {
		const prefix = built.base.replace(/\/?$/, '/');
		const xml = readFileSync(join(built.dir, lang, 'atom.xml'), 'utf8');
		const feed = parse(xml);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="/);
		for (const tag of ['id', 'title', 'updated', 'author']) expect(feed.querySelector(`feed > ${tag}`), tag).not.toBeNull();
		expect(feed.querySelector('feed > updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		const self = new URL(feed.querySelector('link[rel="self"]')!.getAttribute('href')!);
		expect(self.pathname).toBe(`${prefix}${lang}/atom.xml`);
		const alternate = new URL(feed.querySelector('link[rel="alternate"]')!.getAttribute('href')!);
		expect(existsSync(join(built.dir, alternate.pathname.slice(prefix.length), 'index.html')), alternate.pathname).toBe(true);
		expect(feed.querySelectorAll('entry')).toHaveLength(history.majorChanges.length);
		for (const p of pagesOf(built).filter((x) => x.lang === lang && x.kind === 'language')) {
			const link = parseFile(p.file).querySelector('head link[rel="alternate"][type="application/atom+xml"]');
			expect(link?.getAttribute('href'), p.rel).toBe(`${prefix}${lang}/atom.xml`);
			expect(link?.getAttribute('title'), p.rel).toBeTruthy();
		}
	});
});

describe('open data', () => {
	const ajv = new Ajv2020({ strict: false });
	const counts = { bodies: set.bodies.length, measures: set.measures.length, meetings: set.meetings.length };
	for (const name of Object.keys(DATASET_SCHEMAS) as (keyof typeof DATASET_SCHEMAS)[]) {
		it(`${name}: the JSON matches its published JSON Schema, the CSV has a row per record, the data page links both`, () => {
			const json = JSON.parse(readFileSync(join(site.dir, 'data', `${name}.json`), 'utf8'));
			const schema = JSON.parse(readFileSync(join(site.dir, 'data', `${name}.schema.json`), 'utf8'));
			const validate = ajv.compile(schema);
			expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
			expect(json.records).toHaveLength(counts[name]);
			for (const r of json.records) for (const lang of LANGS) expect(r.url[lang]).toMatch(/^https?:\/\//);
			const csv = readFileSync(join(site.dir, 'data', `${name}.csv`), 'utf8');
			expect(csv.startsWith('\uFEFFid,')).toBe(true);
			for (const lang of LANGS) {
				const links = page('page:open-data', lang).querySelectorAll(`#dataset-${name} a`).map((a) => a.getAttribute('href'));
				expect(links).toEqual([`/data/${name}.json`, `/data/${name}.csv`, `/data/${name}.schema.json`]);
				for (const l of links) expect(existsSync(join(site.dir, l!))).toBe(true);
			}
		});
	}

	it('no measure is recorded as decided', () => {
		const { records } = JSON.parse(readFileSync(join(site.dir, 'data/measures.json'), 'utf8'));
		expect(records.filter((r: { decided: boolean }) => r.decided)).toEqual([]);
	});
});
