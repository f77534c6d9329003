// The citation check against the real content: it passes as published, it
// catches the wrong citations the fidelity review found, and it catches a
// citation moved to any other slide of its deck.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { checkContent } from '../../../src/model/check-content.ts';
import { citationIssues, citingStatements, SUPPORT_THRESHOLD, support } from '../../../src/model/citations.ts';
import { loadContent } from '../../../src/model/load-content.ts';
import { slideText } from '../../../src/model/slide-text.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const { set } = loadContent(ROOT);

describe('citation check', () => {
	it('finds nothing wrong in the published content', () => expect(citationIssues(set)).toEqual([]));

	const copies: string[] = [];
	afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));
	/** A copy of the real content with one page edited. */
	const withEdit = (page: string, from: string | RegExp, to: string) => {
		const root = mkdtempSync(join(tmpdir(), 'jc-citations-'));
		copies.push(root);
		cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
		const file = join(root, 'content/pages', page);
		const before = readFileSync(file, 'utf8');
		const after = before.replace(from, to);
		expect(after, `edit did not apply to ${page}`).not.toBe(before);
		writeFileSync(file, after);
		return checkContent(root, { production: true }).issues;
	};

	// The two wrong citations of the fidelity review, put back.
	it('refuses « font partie des CM » citing the ISAC slide (file, line, field)', () => {
		const issues = withEdit(
			'fr/governance.mdx',
			'« pour le CPSSP et le CDPISP ». <Cite document="strategic-direction-2020" slide="proposed-measures" /> <Cite document="governance-operating-model" slide="quick-wins" />',
			'« pour le CPSSP et le CDPISP ». <Cite document="governance-operating-model" slide="isac" />',
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'content/pages/fr/governance.mdx', line: 11, field: 'governance › <Cite> (fr)' });
		expect(issues[0]!.message).toMatch(/cites governance-operating-model › isac, but \d+% of its key words/);
	});
	it('refuses the priorities page citing « Se concentrer… » for an objective of the meeting', () => {
		const issues = withEdit(
			'en/priorities.mdx',
			/(One of the objectives of the[^<]*)<Cite document="strategic-direction-2020" slide="objectives" \/>/,
			'$1<Cite document="strategic-direction-2020" slide="fewer-priorities" />',
		);
		expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual(['content/pages/en/priorities.mdx priorities › <Cite> (en)']);
	});

	// Every statement with one cited slide, moved to each other slide of its deck that has text.
	const moved = citingStatements(set).flatMap((st) => {
		if (st.sources.length !== 1 || st.field.includes('› term')) return []; // a glossary term is on many slides, rightly
		const { document, slide } = st.sources[0]!;
		const deck = set.documents.find((d) => d.data.id === document)!.data;
		if (deck.slides.find((s) => s.id === slide)?.imageOnly) return [];
		return deck.slides
			.filter((s) => s.id !== slide && !s.imageOnly)
			.flatMap((other) =>
				LANGS.filter((l) => st.text[l]).map((lang) => ({
					st,
					lang,
					other: other.id,
					caught: support(st.text[lang]!, slideText(other, lang), lang).share < SUPPORT_THRESHOLD[st.form],
				})),
			);
	});
	it('catches every quotation moved to another slide', () => {
		const quotations = moved.filter((m) => m.st.form === 'quotation');
		expect(quotations.length).toBeGreaterThan(300);
		expect(quotations.filter((m) => !m.caught).map((m) => `${m.st.field} (${m.lang}) → ${m.other}`)).toEqual([]);
	});
	it('catches nine in ten restatements moved to another slide', () => {
		const restatements = moved.filter((m) => m.st.form === 'restatement');
		expect(restatements.length).toBeGreaterThan(300);
		expect(restatements.filter((m) => m.caught).length / restatements.length).toBeGreaterThanOrEqual(0.9);
	});
});
