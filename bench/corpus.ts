// Deterministic bilingual corpus for the build benchmark, and the two temporary
// projects it is written into: a copy of this site (pages as content/pages/<lang>/*.mdx)
// and a Starlight project (src/content/docs/<lang>/*.mdx). Same text in both, so
// the builds differ only by the tool. Nothing is ever written under the real project.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '..');
export const STARLIGHT_TEMPLATE = join(PROJECT, 'bench/starlight');

type Lang = 'fr' | 'en';
export const BENCH_LANGS: readonly Lang[] = ['fr', 'en'];

/** mulberry32: a tiny seeded PRNG, so a size always gives the same corpus. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Fixed word lists: pseudo-text with the letters, accents and apostrophes of each language.
const WORDS: Record<Lang, string[]> = {
	fr: (
		'administration analyse approche assemblée autorité bénéfice besoin budget cadre calendrier capacité changement citoyen ' +
		'collaboration comité commun communauté compétence conseil consultation coordination décision démarche développement ' +
		'direction données échange économie efficacité élément engagement ensemble entente enjeu équipe étape évaluation ' +
		'expérience fédéral financement fonction formation gestion gouvernance groupe identité impact information initiative ' +
		'innovation intégration intervenant leadership législation mandat mesure méthode mise modèle numérique objectif ' +
		'orientation outil partage partenaire participation performance plan politique population priorité processus programme ' +
		'projet province qualité rapport recommandation réseau responsabilité résultat révision risque rôle secteur sécurité ' +
		'service soutien stratégie structure suivi système territoire transformation travail valeur vision l’organisme ' +
		'l’équipe d’abord public provincial territorial clair durable efficace essentiel local national nouveau principal ' +
		'prioritaire régional solide commun accessible fiable de la le les des du pour avec dans sur par entre selon vers'
	).split(' '),
	en: (
		'administration analysis approach assembly authority benefit need budget framework calendar capacity change citizen ' +
		'collaboration committee common community competence council consultation coordination decision process development ' +
		'direction data exchange economy efficiency element engagement agreement issue team step evaluation experience federal ' +
		'funding function training management governance group identity impact information initiative innovation integration ' +
		'stakeholder leadership legislation mandate measure method delivery model digital objective orientation tool sharing ' +
		'partner participation performance plan policy population priority program project province quality report ' +
		'recommendation network responsibility result review risk role sector security service support strategy structure ' +
		'monitoring system territory transformation work value vision council’s team’s public provincial territorial clear ' +
		'lasting effective essential local national new main regional strong shared accessible reliable the of and for with ' +
		'in on by between across toward'
	).split(' '),
};

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function words(rand: () => number, lang: Lang, n: number): string {
	return Array.from({ length: n }, () => pick(rand, WORDS[lang])).join(' ');
}

/** Sentences of 8–16 words until `n` words; French and English end some with a question. */
function paragraph(rand: () => number, lang: Lang, n: number): string {
	const out: string[] = [];
	let left = n;
	while (left > 0) {
		const len = Math.min(left, 8 + Math.floor(rand() * 9));
		const end = rand() < 0.1 ? (lang === 'fr' ? ' ?' : '?') : '.';
		out.push(cap(words(rand, lang, len)) + end);
		left -= len;
	}
	return out.join(' ');
}

export interface GeneratedPage {
	/** Shared key, e.g. bench-0007; Starlight's file name in both languages. */
	key: string;
	/** The site's slug in each language (translated, as the site does). */
	slug: Record<Lang, string>;
	title: Record<Lang, string>;
	description: Record<Lang, string>;
	body: Record<Lang, string>;
}

export const benchKey = (i: number) => `bench-${String(i + 1).padStart(4, '0')}`;
const siteSlug = (lang: Lang, i: number) => `${lang === 'fr' ? 'essai' : 'bench'}-${String(i + 1).padStart(4, '0')}`;

/** URL of page `i` in `lang` on each side: what the one internal link points to. */
export function pageUrl(tool: 'site' | 'starlight', lang: Lang, i: number): string {
	return tool === 'site' ? `/${lang}/${siteSlug(lang, i)}/` : `/${lang}/${benchKey(i)}/`;
}

const LABELS = {
	fr: { see: 'Voir aussi', item: 'Élément', value: 'Valeur', note: 'Remarque' },
	en: { see: 'See also', item: 'Item', value: 'Value', note: 'Note' },
} as const;

/**
 * Page `i` of `n`: about 600 words, three h2 and two h3 headings, a list, a
 * table and one link to the next generated page. `link` gives the link's URL
 * (the two tools use different URLs for the same page).
 */
function pageBody(i: number, n: number, lang: Lang, link: (lang: Lang, i: number) => string): string {
	const rand = prng(0x5eed + i * 2 + (lang === 'fr' ? 0 : 1));
	const t = LABELS[lang];
	const h = () => cap(words(rand, lang, 3 + Math.floor(rand() * 3)));
	const next = (i + 1) % n;
	const list = Array.from({ length: 5 }, () => `- ${cap(words(rand, lang, 8))}.`).join('\n');
	const table = [
		`| ${t.item} | ${t.value} | ${t.note} |`,
		'| --- | --- | --- |',
		...Array.from({ length: 4 }, (_, r) => `| ${cap(words(rand, lang, 2))} | ${10 * (r + 1) + Math.floor(rand() * 10)} | ${cap(words(rand, lang, 5))} |`),
	].join('\n');
	return [
		paragraph(rand, lang, 70),
		`## ${h()}`,
		paragraph(rand, lang, 80),
		`### ${h()}`,
		paragraph(rand, lang, 70),
		list,
		`## ${h()}`,
		`${paragraph(rand, lang, 60)} ${t.see} [${cap(words(rand, lang, 3))}](${link(lang, next)}).`,
		table,
		`### ${h()}`,
		paragraph(rand, lang, 80),
		`## ${h()}`,
		paragraph(rand, lang, 80),
		paragraph(rand, lang, 70),
		'',
	].join('\n\n');
}

export function generatePage(i: number, n: number, tool: 'site' | 'starlight'): GeneratedPage {
	const rand = prng(0xc0ffee + i);
	const title = { fr: '', en: '' } as Record<Lang, string>;
	const description = { fr: '', en: '' } as Record<Lang, string>;
	const body = { fr: '', en: '' } as Record<Lang, string>;
	for (const lang of BENCH_LANGS) {
		title[lang] = `${cap(words(rand, lang, 4))} ${i + 1}`;
		description[lang] = `${cap(words(rand, lang, 14))}.`;
		body[lang] = pageBody(i, n, lang, (l, j) => pageUrl(tool, l, j));
	}
	return { key: benchKey(i), slug: { fr: siteSlug('fr', i), en: siteSlug('en', i) }, title, description, body };
}

const yamlString = (s: string) => JSON.stringify(s); // JSON strings are valid YAML

/** The site's MDX page (frontmatter per src/schemas/pages.ts; no view, not in the navigation). */
function siteMdx(p: GeneratedPage, lang: Lang): string {
	return [
		'---',
		`translationKey: ${p.key}`,
		`slug: ${p.slug[lang]}`,
		`title: ${yamlString(p.title[lang])}`,
		`description: ${yamlString(p.description[lang])}`,
		'sources: []',
		'---',
		'',
		p.body[lang],
	].join('\n');
}

/** Starlight's MDX page: title and description are its only required fields. */
function starlightMdx(p: GeneratedPage, lang: Lang): string {
	return ['---', `title: ${yamlString(p.title[lang])}`, `description: ${yamlString(p.description[lang])}`, '---', '', p.body[lang]].join('\n');
}

/** Where page `i` lives in each project, and the built HTML file it becomes. */
export function pageFiles(tool: 'site' | 'starlight', root: string, lang: Lang, i: number): { source: string; html: string } {
	const key = benchKey(i);
	return tool === 'site'
		? { source: join(root, 'content/pages', lang, `${key}.mdx`), html: join(root, 'dist', lang, siteSlug(lang, i), 'index.html') }
		: { source: join(root, 'src/content/docs', lang, `${key}.mdx`), html: join(root, 'dist', lang, key, 'index.html') };
}

/**
 * node_modules as a tree of hard links to `from`: packages cost no copy, but the caches
 * a build writes there (.astro, .vite, .cache) stay in the copy, so a cold build here
 * never deletes or warms the real project's caches. Hard links rather than symlinks:
 * with symlinked packages Astro resolves their .astro components (Starlight's) to real
 * paths outside the project root and fails ("No cached compile metadata found").
 * Falls back to a plain copy when hard links are impossible (another file system).
 */
function linkNodeModules(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	const entries = readdirSync(from)
		.filter((name) => !name.startsWith('.') || name === '.bin')
		.map((name) => join(from, name));
	try {
		execFileSync('cp', ['-al', ...entries, to]);
	} catch {
		for (const e of entries) cpSync(e, join(to, basename(e)), { recursive: true, verbatimSymlinks: true });
	}
}

/** Top-level entries of the project not copied: dependencies, outputs, caches, git, this harness. */
const SKIP = /^(node_modules|dist|\.astro|\.git|\.cache|bench|test-results|\.dist-.*|.*\.tmp-.*|.*\.old-.*)$/;

/**
 * A copy of the site at `dest`: the working tree (default) or a git ref through
 * `git archive` (read-only), plus `n` generated page pairs.
 */
export function writeSiteProject(dest: string, n: number, ref?: string): void {
	rmSync(dest, { recursive: true, force: true });
	mkdirSync(dest, { recursive: true });
	if (ref) {
		const tar = execFileSync('git', ['-C', PROJECT, 'archive', '--format=tar', ref], { maxBuffer: 512 * 1024 * 1024 });
		execFileSync('tar', ['-x', '-C', dest], { input: tar });
		for (const name of readdirSync(dest)) if (SKIP.test(name)) rmSync(join(dest, name), { recursive: true, force: true });
	} else {
		for (const name of readdirSync(PROJECT)) {
			if (!SKIP.test(name)) cpSync(join(PROJECT, name), join(dest, name), { recursive: true });
		}
	}
	linkNodeModules(join(PROJECT, 'node_modules'), join(dest, 'node_modules'));
	for (let i = 0; i < n; i++) {
		const p = generatePage(i, n, 'site');
		for (const lang of BENCH_LANGS) writeFileSync(pageFiles('site', dest, lang, i).source, siteMdx(p, lang));
	}
}

/** The Starlight peer at `dest`: config from bench/starlight, its node_modules linked, `n` page pairs and a home page per language. */
export function writeStarlightProject(dest: string, n: number): void {
	rmSync(dest, { recursive: true, force: true });
	mkdirSync(dest, { recursive: true });
	for (const f of ['package.json', 'astro.config.mjs', 'src/content.config.ts']) {
		cpSync(join(STARLIGHT_TEMPLATE, f), join(dest, f), { recursive: true });
	}
	if (!existsSync(join(STARLIGHT_TEMPLATE, 'node_modules'))) throw new Error('bench/starlight/node_modules is missing: run the installer first');
	linkNodeModules(join(STARLIGHT_TEMPLATE, 'node_modules'), join(dest, 'node_modules'));
	for (const lang of BENCH_LANGS) {
		const dir = join(dest, 'src/content/docs', lang);
		mkdirSync(dir, { recursive: true });
		const home = lang === 'fr' ? { t: 'Accueil', d: 'Page d’accueil du banc d’essai.' } : { t: 'Home', d: 'Home page of the benchmark.' };
		writeFileSync(join(dir, 'index.mdx'), `---\ntitle: ${yamlString(home.t)}\ndescription: ${yamlString(home.d)}\n---\n\n${home.d}\n`);
	}
	for (let i = 0; i < n; i++) {
		const p = generatePage(i, n, 'starlight');
		for (const lang of BENCH_LANGS) writeFileSync(pageFiles('starlight', dest, lang, i).source, starlightMdx(p, lang));
	}
}

/** The edit before a warm rebuild: one sentence appended to one generated page. */
export function editOnePage(tool: 'site' | 'starlight', root: string, round: number): string {
	const file = pageFiles(tool, root, 'fr', 0).source;
	writeFileSync(file, `\nPhrase ajoutée pour la reconstruction numéro ${round}.\n`, { flag: 'a' });
	return file;
}
