// `npm run new -- <kind> <id>`: scaffolds content with every required field
// present but empty, so that check:content names what is left to fill in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentFiles } from '../../../src/model/collections.ts';
import { checkContent } from '../../../src/model/check-content.ts';
import { formatIssue } from '../../../src/model/content-set.ts';
import { appendRecord, DATA_KINDS, dataRecord, pageTemplate, scaffold, schemaFields } from '../../../src/model/scaffold.ts';
import { copyFixture, runScript, type FixtureCopy } from '../content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
// Each spawn takes well under a second; the margin is for a loaded machine.
const SPAWNS = { timeout: 20_000 };

const run = runScript;

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

describe('npm run new', () => {
	it('creates a page pair whose empty title and description fail check:content', SPAWNS, () => {
		fx = copyFixture();
		const r = run(fx, 'scripts/new.ts', 'page', 'about-us');
		expect(r.status).toBe(0);
		expect(r.out).toMatch(/Created:\n.*pages\/fr\/about-us\.mdx\n.*pages\/en\/about-us\.mdx/);
		expect(r.out).toContain('title, description');

		for (const lang of ['fr', 'en']) {
			const text = fx.read(`pages/${lang}/about-us.mdx`);
			expect(text).toMatch(/^---\ntranslationKey: about-us\nslug: 'about-us'\ntitle: ''\ndescription: ''\nsources: \[\]\n---\n/);
			// The body is only an MDX comment: nothing placeholder-like is rendered.
			const body = text.split('\n---\n')[1]!.trim();
			expect(body).toMatch(/^\{\/\*[^{}]*\*\/\}$/);
			expect(body.slice(2, -2)).not.toContain('*/');
		}
		expect(fx.read('pages/fr/about-us.mdx')).toContain('Rédigez ici le texte de la page, en français');
		expect(fx.read('pages/en/about-us.mdx')).toContain('Write the text of the page here, in English');

		const check = run(fx, 'scripts/check-content.ts');
		expect(check.status).toBe(1);
		for (const lang of ['fr', 'en']) {
			expect(check.out).toMatch(new RegExp(`pages/${lang}/about-us\\.mdx:\\d+ › about-us › title: must not be empty`));
			expect(check.out).toMatch(new RegExp(`pages/${lang}/about-us\\.mdx:\\d+ › about-us › description: must not be empty`));
		}
		// Nothing else is wrong with the scaffold: 2 fields × 2 languages.
		expect(check.out).toContain('✗ 4 content problems');
	});

	it('appends a body, a measure and a priority whose empty fields fail check:content', () => {
		fx = copyFixture();
		const before = {
			bodies: fx.read('data/bodies.yaml'),
			measures: fx.read('data/measures.yaml'),
			priorities: fx.read('data/priorities.yaml'),
		};
		const files = contentFiles(fx.contentDir);
		for (const [kind, id] of [['body', 'new-body'], ['measure', 'new-measure'], ['priority', 'new-priority']] as const) {
			const r = scaffold(kind, id, fx.root, files);
			expect(r.action).toBe('appended');
			expect(r.fill.length).toBeGreaterThan(0);
		}

		// The existing text is kept as it was; the entry is appended.
		for (const [name, text] of Object.entries(before)) {
			const after = fx.read(`data/${name}.yaml`);
			expect(after.startsWith(text)).toBe(true);
			expect((parseYaml(after) as { id: string }[]).at(-1)!.id).toMatch(/^new-/);
		}
		const body = (parseYaml(fx.read('data/bodies.yaml')) as Record<string, unknown>[]).at(-1);
		expect(body).toEqual({ id: 'new-body', kind: 'joint-councils', article: { fr: '', en: '' }, name: { fr: '', en: '' }, sources: [] });
		expect(fx.read('data/bodies.yaml')).toContain("# kind: set to the schema's first value; one of: joint-councils, council,");
		const measure = (parseYaml(fx.read('data/measures.yaml')) as Record<string, unknown>[]).at(-1);
		expect(measure).toMatchObject({ kind: 'proposed-measure', status: 'proposed', source: { document: '', slide: '' } });
		const priority = (parseYaml(fx.read('data/priorities.yaml')) as Record<string, unknown>[]).at(-1);
		expect(priority).toEqual({ id: 'new-priority', order: 2, name: { fr: '', en: '' }, scope: [{ fr: '', en: '' }], sources: [] });

		const { issues } = checkContent(fx.root, { production: true, files });
		const check = { out: issues.map(formatIssue).join('\n') };
		expect(issues.length).toBeGreaterThan(0);
		for (const line of [
			'data/bodies.yaml › new-body › name.fr: must not be empty',
			'data/bodies.yaml › new-body › name.en: must not be empty',
			'data/bodies.yaml › new-body › sources: needs at least one source',
			'data/measures.yaml › new-measure › title.fr: must not be empty',
			'data/measures.yaml › new-measure › statement.en: must not be empty',
			'data/measures.yaml › new-measure › source.document: must be a kebab-case id',
			'data/priorities.yaml › new-priority › scope[0].fr: must not be empty',
			'data/priorities.yaml › new-priority › sources: needs at least one source',
		]) {
			const cut = line.indexOf(' › ');
			const [file, rest] = [line.slice(0, cut), line.slice(cut + 3)];
			// Each problem names the line of the field the editor has to fill in.
			expect(check.out).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}:\\d+ › ${rest.replace(/[[\]().]/g, '\\$&')}`));
		}
	});

	it('refuses an existing id, a bad id and an unknown kind, and changes nothing', SPAWNS, () => {
		fx = copyFixture();
		const bodies = fx.read('data/bodies.yaml');

		let r = run(fx, 'scripts/new.ts', 'body', 'top');
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/a body with id "top" already exists in \S*data\/bodies\.yaml/);

		r = run(fx, 'scripts/new.ts', 'body', 'New_Body');
		expect(r.status).toBe(1);
		expect(r.out).toContain('"New_Body" is not a kebab-case id');

		r = run(fx, 'scripts/new.ts', 'council', 'x');
		expect(r.status).toBe(1);
		expect(r.out).toContain('unknown kind "council": use one of page, body, measure, priority');
		expect(fx.read('data/bodies.yaml')).toBe(bodies);

		const files = contentFiles(fx.contentDir);
		expect(() => scaffold('measure', 'measure-a', fx.root, files)).toThrow('a measure with id "measure-a" already exists');
		expect(() => scaffold('priority', 'priority-a', fx.root, files)).toThrow('a priority with id "priority-a" already exists');
		expect(() => scaffold('page', 'priorities', fx.root, files)).toThrow(/page "priorities" already exists: \S*pages\/fr\/priorities\.mdx/);
		// Another page already has this URL.
		expect(() => scaffold('page', 'priorites', fx.root, files)).toThrow(/the URL \/fr\/priorites\/ is already used by \S*pages\/fr\/priorities\.mdx/);
		for (const bad of ['', 'a--b', '-a', 'a-', 'Caps', 'é', 'a b']) {
			expect(() => scaffold('page', bad, fx.root, files)).toThrow('is not a kebab-case id');
		}
	});
});

describe('scaffold templates', () => {
	it('cover every required field of each schema, with empty values only', () => {
		// What an empty value gives: each message says what to fill in.
		const allowed = ['must not be empty', 'needs at least one source', 'must be a kebab-case id (a-z, 0-9, hyphens)', 'must be a date written YYYY-MM-DD'];
		for (const [kind, { schema }] of Object.entries(DATA_KINDS) as [keyof typeof DATA_KINDS, (typeof DATA_KINDS)[keyof typeof DATA_KINDS]][]) {
			const record = (parseYaml(dataRecord(kind, 'x-y').text) as Record<string, unknown>[])[0]!;
			expect(Object.keys(record).sort()).toEqual(['id', ...schemaFields(schema).required.map(([k]) => k)].sort());
			const parsed = schema.safeParse(record);
			expect(parsed.success).toBe(false);
			for (const issue of parsed.error!.issues)
				expect(allowed.some((a) => issue.message.startsWith(a)), `${kind}: ${issue.path.join('.')}: ${issue.message}`).toBe(true);
		}
	});

	it('writes pages whose frontmatter is the page schema with empty title and description', () => {
		const text = pageTemplate('en', 'x-y');
		expect(text).toContain('translationKey: x-y\n');
		expect(text).not.toMatch(/TODO|lorem/i);
	});

	it('appends to the real data files without touching their text', () => {
		for (const name of ['bodies', 'measures', 'priorities']) {
			const text = readFileSync(resolve(PROJECT, `content/data/${name}.yaml`), 'utf8');
			const after = appendRecord(text, dataRecord('body', 'zz-new').text);
			expect(after.startsWith(text)).toBe(true);
			const list = parseYaml(after) as { id: string }[];
			expect(list.length).toBe((parseYaml(text) as unknown[]).length + 1);
			expect(list.at(-1)!.id).toBe('zz-new');
		}
	});

	it('turns an empty list into a block list and keeps comments', () => {
		const rec = dataRecord('priority', 'p').text;
		expect(parseYaml(appendRecord('[]\n', rec))).toHaveLength(1);
		const commented = appendRecord('# Priorities.\n[]\n', rec);
		expect(commented.startsWith('# Priorities.\n')).toBe(true);
		expect(parseYaml(commented)).toHaveLength(1);
		expect(parseYaml(appendRecord('', rec))).toHaveLength(1);
		expect(parseYaml(appendRecord('# only a comment', rec))).toHaveLength(1);
		// No newline at the end of the file.
		expect(parseYaml(appendRecord('- id: a\n  order: 1', rec))).toHaveLength(2);
		expect(() => appendRecord('[{ id: a }]\n', rec)).toThrow('flow list');
		expect(() => appendRecord('id: a\n', rec)).toThrow('must be a list of entries');
	});

	it('numbers a new priority after the existing ones', () => {
		const r = parseYaml(dataRecord('priority', 'p', [{ order: 1 }, { order: 3 }]).text) as { order: number }[];
		expect(r[0]!.order).toBe(4);
	});
});
