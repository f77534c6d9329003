// Each content rule, fed bad content: the message names the file and the field.
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/model/content-set.ts';
import { copyFixture, runScript, type FixtureCopy } from './fixture.ts';


/** Runs the real checker on a fixture copy, as `npm run check:content` does. */
const check = (fx: FixtureCopy, ...args: string[]) => runScript(fx, 'scripts/check-content.ts', ...args);

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

describe('check:content', () => {
	it('accepts the valid fixture', () => {
		fx = copyFixture();
		const r = check(fx);
		expect(r.out).toContain('content valid');
		expect(r.status).toBe(0);
	});

	it('rejects a schema violation, naming file, entry and field', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'name: { fr: "Groupe A", en: "Group A" }', 'name: { fr: "Groupe A", en: "" }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/bodies\.yaml › group-a › name\.en: must not be empty/);
	});

	it('rejects a reference to an entry that does not exist', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'reportsTo: top', 'reportsTo: nowhere');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/bodies\.yaml › group-a › reportsTo: refers to bodies "nowhere", which does not exist/);
	});

	it('rejects a source citing a slide the document does not have', () => {
		fx = copyFixture();
		fx.edit('data/measures.yaml', 'source: { document: deck-a, slide: first }', 'source: { document: deck-a, slide: tenth }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/measures\.yaml › measure-a › source\.slide: document "deck-a" has no slide "tenth"/);
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
		expect(r.out).toMatch(/bodies\.yaml › \S+ › reportsTo: reporting lines form a cycle: (top|group-a|group-b) → .* → \1/);
	});

	it('rejects a page that exists in one language only', () => {
		fx = copyFixture();
		fx.remove('pages/en/priorities.mdx');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/priorities\.mdx › priorities › translationKey: page exists in French only/);
	});

	it('rejects two pages with the same slug in one language', () => {
		fx = copyFixture();
		fx.edit('pages/fr/bodies.mdx', "slug: 'organismes'", "slug: 'priorites'");
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/\w+\.mdx › \w+ › slug: URL \/fr\/priorites\/ is already used by page:\w+/);
	});

	it('rejects a generated page whose slug collides with another entry', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', 'name: { fr: "Groupe B", en: "Group B" }', 'name: { fr: "Groupe A", en: "Group B" }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/bodies\.yaml › group-b › slug: URL \/fr\/organismes\/groupe-a\/ is already used by body:group-a/);
	});

	it('rejects a proposed change with no measure behind it', () => {
		fx = copyFixture();
		fx.edit('data/bodies.yaml', '{ type: phase-out, measure: measure-a }', '{ type: phase-out }');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/bodies\.yaml › group-a › proposedChanges\[0\]\.measure: /);
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
		fx.edit('data/bodies.yaml', '  kind: working-group\n  name: { fr: "Groupe A"', '  kind: working-group\n  draft: true\n  name: { fr: "Groupe A"');
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
		expect(r.out).toMatch(/pages\/fr\/home\.mdx › home › <Body>: refers to bodies "nobody", which does not exist/);
	});

	it('rejects a published page that links to a draft page, naming both', () => {
		fx = copyFixture();
		for (const lang of ['fr', 'en']) fx.edit(`pages/${lang}/measures.mdx`, 'view: measures', 'view: measures\ndraft: true');
		fx.write('pages/fr/home.mdx', fx.read('pages/fr/home.mdx') + '\nVoir [les mesures](/fr/mesures/).\n');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/pages\/fr\/home\.mdx › home › body: published page links to \/fr\/mesures\/, which is a draft \(.*pages\/fr\/measures\.mdx\)/);
		expect(check(fx, '--dev').status).toBe(0);
	});

	it('rejects invalid YAML with the file named', () => {
		fx = copyFixture();
		fx.write('data/priorities.yaml', '- id: [unclosed\n');
		const r = check(fx);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/data\/priorities\.yaml › \(file\): invalid YAML/);
	});
});

describe('formatIssue', () => {
	it('puts file, field and message in that order', () => {
		expect(formatIssue({ file: 'a.yaml', field: 'x › y', message: 'bad' })).toBe('a.yaml › x › y: bad');
	});
});
