// Each content rule, fed bad content, in process (the rules the build and
// `npm run check:content` share): the message names the file, line and field.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/model/check-content.ts';
import { contentFiles } from '../../../src/model/collections.ts';
import { formatIssue } from '../../../src/model/content-set.ts';
import { copyFixture, runScript, type FixtureCopy } from './fixture.ts';

/** The checker on a fixture copy, as `npm run check:content [--dev]` runs it. */
function check(fx: FixtureCopy, ...args: string[]): { status: number; out: string } {
	const { issues } = checkContent(fx.root, { production: !args.includes('--dev'), files: contentFiles(fx.contentDir) });
	return { status: issues.length ? 1 : 0, out: issues.map(formatIssue).join('\n') };
}

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

describe('check:content', () => {
	it('accepts the valid fixture (the command line, once)', () => {
		fx = copyFixture();
		const r = runScript(fx, 'scripts/check-content.ts');
		expect(r.out).toContain('content valid');
		expect(r.status).toBe(0);
		expect(check(fx)).toEqual({ status: 0, out: '' });
	});

	it('rejects a schema violation, naming file, entry and field', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'name: { fr: "Groupe A", en: "Group A" }', 'name: { fr: "Groupe A", en: "" }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/bodies\.yaml:\d+ › group-a › name\.en: must not be empty/);
	});

	it('rejects a reference to an entry that does not exist', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'reportsTo: top', 'reportsTo: nowhere');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/bodies\.yaml:\d+ › group-a › reportsTo: refers to bodies "nowhere", which does not exist/);
	});

	it('rejects a source citing a slide the document does not have', () => {
		fx = copyFixture();
		fx.edit('data/measures.yaml', 'source: { document: deck-a, slide: first }', 'source: { document: deck-a, slide: tenth }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/measures\.yaml:\d+ › measure-a › source\.slide: document "deck-a" has no slide "tenth"/);
	});

	it('rejects a cycle in reporting lines', () => {
		fx = copyFixture();
		fx.edit(
			'data/bodies.yaml',
			'  acronym: { fr: "CH", en: "TC" }\n',
			'  acronym: { fr: "CH", en: "TC" }\n  reportsTo: group-b\n  reportsToSources: [{ document: deck-a, slide: first }]\n',
		);
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/bodies\.yaml:\d+ › \S+ › reportsTo: reporting lines form a cycle: (top|group-a|group-b) → .* → \1/);
	});

	it('rejects a page that exists in one language only', () => {
		fx = copyFixture();
		fx.remove('pages/en/priorities.mdx');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/priorities\.mdx:\d+(?::\d+)? › priorities › translationKey: page exists in French but not in English/);
	});

	it('rejects two pages with the same slug in one language', () => {
		fx = copyFixture();
		fx.edit('pages/fr/bodies.mdx', "slug: 'organismes'", "slug: 'priorites'");
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/\w+\.mdx:\d+(?::\d+)? › \w+ › slug: URL \/fr\/priorites\/ is already used by page:\w+/);
	});

	it('rejects a generated page whose slug collides with another entry', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'name: { fr: "Groupe B", en: "Group B" }', 'name: { fr: "Groupe A", en: "Group B" }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/bodies\.yaml:\d+ › group-b › slug: URL \/fr\/organismes\/groupe-a\/ is already used by body:group-a/);
	});

	it('rejects a proposed change with no measure behind it', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', '{ type: phase-out, measure: measure-a }', '{ type: phase-out }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/bodies\.yaml:\d+ › group-a › proposedChanges\[0\]\.measure: /);
	});

	it('rejects a proposed change whose measure does not exist or does not list the body', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'measure: measure-a', 'measure: measure-z');
		expect(check(fx).out).toMatch(/group-a › proposedChanges\[0\]\.measure: refers to measures "measure-z", which does not exist/);
		fx.edit('data/bodies.yaml', 'measure: measure-z', 'measure: measure-a');
		fx.edit('data/measures.yaml', 'bodies: [group-a]', 'bodies: []');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/group-a › proposedChanges\[0\]\.measure: measure "measure-a" does not list "group-a"/);
	});

	it('rejects a published entry that links to a draft, but not in dev mode', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', '  name: { fr: "Groupe A"', '  draft: true\n  name: { fr: "Groupe A"');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/group-b › reportsTo: published entry "group-b" links to draft bodies "group-a"/);
		expect(check(fx, '--dev').status).toBe(0);
	});

	it('rejects a component in MDX prose that names an entry that does not exist', () => {
		fx = copyFixture();
		fx.write('pages/fr/home.mdx', fx.read('pages/fr/home.mdx') + '\nVoir <Body id="nobody" />.\n');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/home\.mdx:\d+(?::\d+)? › home › <Body id>: refers to bodies "nobody", which does not exist/);
	});

	it('rejects a published page that links to a draft page, naming both', () => {
		fx = copyFixture();
		for (const lang of ['fr', 'en']) fx.edit(`pages/${lang}/measures.mdx`, 'view: measures', 'view: measures\ndraft: true');
		fx.write('pages/fr/home.mdx', fx.read('pages/fr/home.mdx') + '\nVoir [les mesures](/fr/mesures/).\n');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/home\.mdx:\d+(?::\d+)? › home › link: published page links to \/fr\/mesures\/, which is a draft \(.*pages\/fr\/measures\.mdx\)/);
		expect(check(fx, '--dev').status).toBe(0);
	});

	it('rejects invalid YAML with the file named', () => {
		fx = copyFixture();
		fx.write('data/priorities.yaml', '- id: [unclosed\n');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/priorities\.yaml:\d+:\d+ › \(file\): invalid YAML/);
	});
});

describe('formatIssue', () => {
	it('rejects a reporting line without its basis, and an inferred one without the note saying what it rests on', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'reportsTo: top\n  reportsToBasis: stated\n', 'reportsTo: top\n');
		expect(check(fx).out).toMatch(/data\/bodies\.yaml:\d+ › group-a › reportsToBasis: say whether a deck states this reporting line/);
		fx.edit('data/bodies.yaml', 'reportsTo: top\n', 'reportsTo: top\n  reportsToBasis: inferred\n');
		expect(check(fx).out).toMatch(/data\/bodies\.yaml:\d+ › group-a › reportsToNote: an inferred reporting line needs a note/);
		fx.edit('data/bodies.yaml', 'reportsToBasis: inferred\n', 'reportsToBasis: inferred\n  reportsToNote: { fr: "Déduit de la diapositive.", en: "Inferred from the slide." }\n');
		expect(check(fx)).toEqual({ status: 0, out: '' });
	});

	it('rejects a slide with no text of its own, and an image-only slide given text', () => {
		fx = copyFixture();
		fx.edit('data/documents.yaml', /      text:\n        - list:\n            - \{ fr: "Confirmer les priorités\.", en: "Confirm the priorities\." \}\n/, '');
		expect(check(fx).out).toMatch(/data\/documents\.yaml:\d+ › deck-a › slides\[0\]\.text: slide "objectives" needs its own text/);
		fx = copyFixture();
		fx.edit('data/documents.yaml', '    - id: first\n', '    - id: first\n      imageOnly: true\n');
		expect(check(fx).out).toMatch(/deck-a › slides\[1\]\.text: slide "first" is marked imageOnly: it has no text of its own/);
	});

	it('rejects a quotation that its cited slide does not hold, naming file, line, field and the missing words', () => {
		fx = copyFixture();
		fx.edit('data/measures.yaml', 'statement: { fr: "Dissoudre progressivement le groupe A.", en: "Phase out group A." }', 'statement: { fr: "Dissoudre progressivement le groupe A.", en: "Merge group A into the council." }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/measures\.yaml:\d+ › measure-a › statement \(en\): cites deck-a › first, but \d+% of its key words are on that slide \(a quotation needs 90%\); not found: merge, counc/);
	});

	it('puts file, line, column, field and message in that order', () => {
		expect(formatIssue({ file: 'a.yaml', field: 'x › y', message: 'bad' })).toBe('a.yaml › x › y: bad');
		expect(formatIssue({ file: 'a.yaml', line: 3, field: 'x', message: 'bad' })).toBe('a.yaml:3 › x: bad');
		expect(formatIssue({ file: 'a.mdx', line: 3, column: 7, field: 'x', message: 'bad' })).toBe('a.mdx:3:7 › x: bad');
	});
});
