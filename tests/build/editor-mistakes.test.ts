// Editors' mistakes, made after one good build (so Astro's content-layer cache
// is warm, as it is for an editor): each makes both `check:content` and the
// build fail, names the file and line, and leaves the published output
// byte for byte as it was. The YAML classes are also fed to `astro build`
// alone, which used to publish the cache's last good entries with exit 0.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runScript, type FixtureCopy } from '../unit/content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const fx = copyFixture();
const out = join(fx.root, 'out');
const env = {
	...process.env,
	CONTENT_DIR: fx.contentDir,
	ASTRO_CACHE_DIR: join(fx.root, 'cache'),
	// Charts are not what these tests are about: no browser needed.
	DIAGRAMS_RENDER: 'client',
	BRIEFING_BOOK: 'off',
};
afterAll(() => fx.cleanup());

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}

/** A fingerprint of every file of a folder: names and bytes. */
function fingerprint(dir: string): string {
	const h = createHash('sha256');
	for (const f of files(dir).sort()) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
	return h.digest('hex');
}

function build(): { status: number | null; out: string } {
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { cwd: PROJECT, env, encoding: 'utf8' });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Astro on its own, without the build script's content check in front. */
function astroBuild(): { status: number | null; out: string } {
	const astroOut = join(fx.root, 'astro-out');
	const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: PROJECT,
		env: { ...env, NODE_ENV: 'production', OUT_DIR: astroOut },
		encoding: 'utf8',
	});
	rmSync(astroOut, { recursive: true, force: true });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Applies a mistake, runs `fn`, then puts every content file back as it was. */
function withMistake(mistake: (fx: FixtureCopy) => void, fn: () => void): void {
	const before = new Map(files(fx.contentDir).map((f) => [f, readFileSync(f)]));
	try {
		mistake(fx);
		fn();
	} finally {
		for (const f of files(fx.contentDir)) if (!before.has(f)) rmSync(f);
		for (const [f, bytes] of before) writeFileSync(f, bytes);
	}
}

const append = (rel: string, text: string) => (f: FixtureCopy) => f.write(rel, f.read(rel) + text);
const lineCount = (rel: string) => fx.read(rel).split('\n').length;
/** The line (1-based) of the fixture file where `text` starts, read before the mistake. */
const lineOf = (rel: string, text: string) => fx.read(rel).slice(0, fx.read(rel).indexOf(text)).split('\n').length;
// The fixture's lines, as they are before any mistake.
const LINES = {
	reportsTop: lineOf('data/bodies.yaml', '  reportsTo: top'),
	kindTop: lineOf('data/bodies.yaml', '  kind: joint-councils'),
	acronymTop: lineOf('data/bodies.yaml', '  acronym: { fr: "CH"'),
	groupA: lineOf('data/bodies.yaml', '- id: group-a'),
	nameB: lineOf('data/bodies.yaml', '  name: { fr: "Groupe B"'),
	end: lineCount('data/bodies.yaml'),
};

interface Mistake {
	name: string;
	apply: (fx: FixtureCopy) => void;
	/** What the message must say: the file, the line, and the problem. */
	expected: () => RegExp;
	/** Also refused by `astro build` alone (the content-layer cache case). */
	astro?: boolean;
}

// Lines below are where the mistake lands in the fixture files.
const MISTAKES: Mistake[] = [
	{
		name: 'YAML with bad indentation',
		apply: (f) => f.edit('data/bodies.yaml', '  reportsTo: top\n', '   reportsTo: top\n'),
		expected: () => new RegExp(`data/bodies\\.yaml:(${LINES.reportsTop - 1}|${LINES.reportsTop}):\\d+ › \\(file\\): invalid YAML`),
		astro: true,
	},
	{
		name: 'an empty data file',
		apply: (f) => f.write('data/glossary.yaml', ''),
		expected: () => /data\/glossary\.yaml:1 › \(file\): the file is empty/,
		astro: true,
	},
	{
		name: 'a duplicate key',
		apply: (f) => f.edit('data/bodies.yaml', '  kind: joint-councils\n', '  kind: joint-councils\n  kind: joint-councils\n'),
		expected: () => new RegExp(`data/bodies\\.yaml:${LINES.kindTop + 1}:3 › \\(file\\): invalid YAML: Map keys must be unique`),
		astro: true,
	},
	{
		name: 'a tab in the indentation',
		apply: (f) => f.edit('data/bodies.yaml', '  acronym: { fr: "CH", en: "TC" }\n  sources', '  acronym: { fr: "CH", en: "TC" }\n\tsources'),
		expected: () => new RegExp(`data/bodies\\.yaml:${LINES.acronymTop + 1}:\\d+ › \\(file\\): invalid YAML: .*\\(indent with spaces: YAML does not allow tabs\\)`),
		astro: true,
	},
	{
		name: 'a duplicate id',
		apply: append('data/bodies.yaml', '- id: group-a\n  kind: working-group\n  article: { fr: "le", en: "the" }\n  name: { fr: "Autre", en: "Other" }\n  sources: [{ document: deck-a, slide: first }]\n'),
		expected: () => new RegExp(`data/bodies\\.yaml:${LINES.end} › group-a › id: duplicate id "group-a": it is already used by the entry on line ${LINES.groupA}`),
		astro: true,
	},
	{
		name: 'an MDX syntax error',
		apply: append('pages/en/home.mdx', '\nSee <Body id="top" {\n'),
		expected: () => new RegExp(`pages/en/home\\.mdx:${lineCount('pages/en/home.mdx') - 1}:\\d+ › \\(MDX\\): MDX syntax error`),
	},
	{
		name: 'a component id in single quotes naming nothing',
		apply: append('pages/en/home.mdx', "\nSee <Body id='nope' />.\n"),
		expected: () => new RegExp(`pages/en/home\\.mdx:${lineCount('pages/en/home.mdx') - 1} › home › <Body id>: refers to bodies "nope", which does not exist`),
	},
	{
		name: 'an unknown <Status value>',
		apply: append('pages/fr/home.mdx', '\nStatut : <Status value="finished" />.\n'),
		expected: () => new RegExp(`pages/fr/home\\.mdx:${lineCount('pages/fr/home.mdx') - 1}:\\d+ › home › <Status value>: Invalid option`),
	},
	{
		name: 'an unknown component',
		apply: append('pages/en/home.mdx', '\n<Chart id="top" />\n'),
		expected: () => new RegExp(`pages/en/home\\.mdx:${lineCount('pages/en/home.mdx') - 1}:1 › home › <Chart>: unknown component <Chart>`),
	},
	{
		name: 'a 2,000-character name',
		apply: (f) => f.edit('data/bodies.yaml', 'name: { fr: "Groupe B"', `name: { fr: "${'Groupe B '.repeat(222)}"`),
		expected: () => new RegExp(`data/bodies\\.yaml:${LINES.nameB} › group-b › name\\.fr: a name must be at most 200 characters`),
	},
	{
		name: 'drafting a page that hosts a view',
		apply: (f) => {
			for (const lang of ['fr', 'en']) f.edit(`pages/${lang}/measures.mdx`, 'view: measures\n', 'view: measures\ndraft: true\n');
		},
		expected: () => /pages\/fr\/measures\.mdx › view: no published fr page has view "measures", which the site needs \(a draft page does not count\)/,
	},
	{
		name: 'a link to a page that does not exist',
		apply: append('pages/en/home.mdx', '\nSee [the plan](/en/nowhere/).\n'),
		expected: () => new RegExp(`pages/en/home\\.mdx:${lineCount('pages/en/home.mdx') - 1}:5 › home › link: links to /en/nowhere/, which is not a page of the site`),
	},
	{
		name: 'a citation of a slide that does not exist',
		apply: append('pages/en/home.mdx', '\nAs stated <Cite document="deck-a" slide="nope" />.\n'),
		expected: () => new RegExp(`pages/en/home\\.mdx:${lineCount('pages/en/home.mdx') - 1}:\\d+ › home › <Cite slide>: document "deck-a" has no slide "nope"`),
	},
	{
		name: 'a link to a missing slide anchor',
		apply: append('pages/en/home.mdx', '\nSee [the slide](/en/source-documents/document-a/#slide-nope).\n'),
		expected: () => /pages\/en\/home\.mdx:\d+:5 › home › link: links to \/en\/source-documents\/document-a\/#slide-nope, but that page has no anchor "slide-nope"/,
	},
	{
		name: "a link to a draft body's page",
		apply: (f) => {
			f.edit('data/bodies.yaml', '- id: group-b\n  kind: working-group\n', '- id: group-b\n  kind: working-group\n  draft: true\n');
			f.write('pages/fr/home.mdx', f.read('pages/fr/home.mdx') + '\nVoir [le groupe B](/fr/organismes/groupe-b/).\n');
		},
		expected: () => /pages\/fr\/home\.mdx:\d+:6 › home › link: published page links to \/fr\/organismes\/groupe-b\/, which is a draft/,
	},
	{
		name: 'a relative link to a draft page',
		apply: (f) => {
			for (const [lang, slug] of [['fr', 'brouillon'], ['en', 'draft']] as const) {
				f.write(`pages/${lang}/draft.mdx`, `---\ntranslationKey: draft\nslug: '${slug}'\ntitle: Draft\ndescription: Draft.\ndraft: true\n---\n\nDraft.\n`);
			}
			f.write('pages/en/bodies.mdx', f.read('pages/en/bodies.mdx') + '\nSee [the draft](../draft/).\n');
		},
		expected: () => /pages\/en\/bodies\.mdx:\d+:5 › bodies › link: published page links to \/en\/draft\/, which is a draft/,
	},
	{
		name: 'a Mermaid fence with an init directive',
		apply: append('pages/en/home.mdx', '\n```mermaid\n%%{init: {"htmlLabels": true}}%%\nflowchart LR\n  a --> b\n```\n'),
		expected: () => /pages\/en\/home\.mdx:\d+:1 › home › mermaid: Mermaid %%\{init\}%% directives are not allowed/,
	},
];

describe('after a good build, an editor mistake', () => {
	let published = '';
	beforeAll(() => {
		const r = build();
		expect(r.out).toContain('Site built into');
		expect(r.status).toBe(0);
		// The cause of the flood this used to print, once per MDX page.
		expect(r.out).not.toContain('MODULE_LEVEL_DIRECTIVE');
		published = fingerprint(out);
	}, 240_000);

	for (const mistake of MISTAKES) {
		it(`${mistake.name}: check and build fail with file and line, dist unchanged`, { timeout: 120_000 }, () => {
			withMistake(mistake.apply, () => {
				const expected = mistake.expected();
				const check = runScript(fx, 'scripts/check-content.ts');
				expect(check.out).toMatch(expected);
				expect(check.status).toBe(1);
				const built = build();
				expect(built.out).toMatch(expected);
				expect(built.out).toContain('was left as it was');
				expect(built.status).toBe(1);
				if (mistake.astro) {
					const alone = astroBuild();
					expect(alone.out).toMatch(expected);
					expect(alone.status).not.toBe(0);
				}
				expect(fingerprint(out)).toBe(published);
			});
		});
	}
});
