// Languages are data: a copy of the project that declares a third language
// (Spanish) in src/i18n/languages.ts, with its dictionary and its pages, type
// checks, builds and passes the structural checks (every page has all its
// counterparts, alternates and sitemap entries). A string or a page missing
// in that language fails the type check or the content check, as it does for
// French and English.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseDocument, visit } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../unit/content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'jc-three-languages-'));
const LANGS = ['fr', 'en', 'es'];
afterAll(() => rmSync(root, { recursive: true, force: true }));

const path = (rel: string) => join(root, rel);
const read = (rel: string) => readFileSync(path(rel), 'utf8');
const write = (rel: string, text: string) => writeFileSync(path(rel), text);
function edit(rel: string, from: string | RegExp, to: string): void {
	const before = read(rel);
	const after = before.replace(from, to);
	if (after === before) throw new Error(`edit did not apply to ${rel}: ${String(from)}`);
	write(rel, after);
}
function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : [p];
	});
}
function run(args: string[], env: Record<string, string> = {}): { status: number | null; out: string } {
	const r = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, DIAGRAMS_RENDER: 'client', BRIEFING_BOOK: 'off', ...env }, encoding: 'utf8' });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
/** The type check of the dictionaries and the language declaration (tsc, strict, as `astro check` runs it). */
const typeCheck = () =>
	run([
		join(PROJECT, 'node_modules/typescript/bin/tsc'),
		'--noEmit',
		'--strict',
		'--skipLibCheck',
		'--target',
		'es2022',
		'--module',
		'preserve',
		'--moduleResolution',
		'bundler',
		'--allowImportingTsExtensions',
		'--types',
		'node',
		'src/i18n/ui.ts',
	]);

beforeAll(() => {
	for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(PROJECT, item), path(item), { recursive: true });
	}
	symlinkSync(join(PROJECT, 'node_modules'), path('node_modules'), 'dir');
	cpSync(VALID_FIXTURE, path('content'), { recursive: true });

	// 1. The declaration: one entry.
	edit('src/i18n/languages.ts', /\n\] as const satisfies/, "\n\t{ code: 'es', locale: 'es', quotes: ['«', '»'], typography: 'en' },\n] as const satisfies");
	// 2. Its dictionary (English words stand in for Spanish ones here: the test is about structure).
	write(
		'src/i18n/es.ts',
		"import type { Dictionary } from './dictionary.ts';\nimport { en } from './en.ts';\n\nexport const es: Dictionary = { ...en, siteName: 'Orientación estratégica de los consejos mixtos', home: 'Inicio' };\n",
	);
	edit('src/i18n/ui.ts', "import { fr } from './fr.ts';", "import { fr } from './fr.ts';\nimport { es } from './es.ts';");
	edit('src/i18n/ui.ts', '= { fr, en };', '= { fr, en, es };');
	// 3. Its content: every label of the data files, and every page.
	for (const file of files(path('content/data'))) {
		const doc = parseDocument(readFileSync(file, 'utf8'));
		visit(doc, {
			Map(_, node) {
				const keys = node.items.map((p) => String((p.key as { value?: unknown }).value));
				if (keys.length === 2 && keys.includes('fr') && keys.includes('en')) node.set('es', node.get('en'));
			},
		});
		writeFileSync(file, doc.toString());
	}
	cpSync(path('content/pages/en'), path('content/pages/es'), { recursive: true });
});

describe('a third language', () => {
	it('type checks with its dictionary', () => {
		const r = typeCheck();
		expect(r.out).toBe('');
		expect(r.status).toBe(0);
	}, 120_000);

	it('passes check:content, builds, and every page has all its counterparts, alternates and sitemap entries', () => {
		const check = run(['scripts/check-content.ts']);
		expect(check.out).toContain('content valid');
		const built = run(['scripts/build.ts', '--out', 'out'], { SITE_URL: 'https://example.ca' });
		expect(built.out).toContain('Site built into');
		expect(built.status).toBe(0);

		const pages = files(path('out')).filter((f) => f.endsWith('.html'));
		const byLang = Object.fromEntries(LANGS.map((l) => [l, pages.filter((f) => relative(path('out'), f).startsWith(`${l}/`))]));
		expect(byLang.es!.length).toBeGreaterThan(0);
		for (const l of LANGS) expect(byLang[l]!.length, l).toBe(byLang.fr!.length);

		for (const lang of LANGS) {
			for (const file of byLang[lang]!) {
				const html = readFileSync(file, 'utf8');
				const where = relative(path('out'), file);
				expect(html, where).toContain(`<html lang="${lang}"`);
				const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[1]);
				expect(alternates.sort(), where).toEqual([...LANGS, 'x-default'].sort());
				const toggles = [...html.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+" data-language-toggle/g)];
				expect(toggles.map((m) => m[2]).sort(), where).toEqual(LANGS.filter((l) => l !== lang).sort());
				for (const [, href] of toggles) expect(statSync(path(`out${href}index.html`)).isFile(), `${where} → ${href}`).toBe(true);
			}
		}

		const sitemap = read('out/sitemap.xml');
		const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
		// The root, then every page that is not kept out of search engines (the 404s).
		const indexable = pages.filter((f) => f.includes('/out/') && !readFileSync(f, 'utf8').includes('content="noindex"'));
		expect(urls).toHaveLength(indexable.length);
		for (const u of urls) {
			expect([...u.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([...LANGS, 'x-default'].sort());
		}
		// The language-choice page and the root 404 offer every language.
		for (const splash of ['out/index.html', 'out/404.html']) {
			expect([...read(splash).matchAll(/<section lang="([^"]+)"/g)].map((m) => m[1])).toEqual(LANGS);
		}
		expect(read('out/index.html')).toContain('>Español</a>');
	}, 240_000);

	it('a string missing in that language fails the type check, naming its dictionary', () => {
		const dictionary = read('src/i18n/es.ts');
		write('src/i18n/es.ts', dictionary.replace('{ ...en,', '{ ...(({ backHome: _, ...rest }) => rest)(en),'));
		try {
			const r = typeCheck();
			expect(r.status).not.toBe(0);
			expect(r.out).toMatch(/src\/i18n\/es\.ts\(\d+,\d+\): error TS\d+: .*backHome/);
		} finally {
			write('src/i18n/es.ts', dictionary);
		}
	}, 120_000);

	it('a page or a label missing in that language fails check:content and the build', () => {
		const page = read('content/pages/es/priorities.mdx');
		rmSync(path('content/pages/es/priorities.mdx'));
		try {
			for (const args of [['scripts/check-content.ts'], ['scripts/build.ts', '--out', 'out']]) {
				const r = run(args);
				expect(r.status).toBe(1);
				expect(r.out).toMatch(/content\/pages\/fr\/priorities\.mdx:\d+ › priorities › translationKey: page exists in French, English but not in Spanish/);
			}
		} finally {
			write('content/pages/es/priorities.mdx', page);
		}
		const bodies = read('content/data/bodies.yaml');
		edit('content/data/bodies.yaml', /name: \{ fr: "Groupe A", en: "Group A", es: "?Group A"? \}/, 'name: { fr: "Groupe A", en: "Group A" }');
		try {
			const r = run(['scripts/check-content.ts']);
			expect(r.status).toBe(1);
			expect(r.out).toMatch(/content\/data\/bodies\.yaml:\d+ › group-a › name\.es: /);
		} finally {
			write('content/data/bodies.yaml', bodies);
		}
	}, 120_000);
});
