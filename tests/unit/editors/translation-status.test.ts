// `npm run translation-status`: which language of a page pair may be out of
// date, from git history, and marking a translation up to date.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFiles } from '../../../src/model/collections.ts';
import {
	contentHash,
	describeStatus,
	markTranslation,
	setFrontmatterField,
	translationStatus,
} from '../../../src/model/translation-status.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
// Each spawn takes about a second; the margin is for a machine loaded by other builds.
const SPAWNS = { timeout: 60_000 };

/** The environment without GIT_* variables (a hook or CI may set GIT_DIR), plus `extra`. */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
	return { ...env, ...extra };
}

const page = (key: string, slug: string, title: string, body: string) =>
	`---\ntranslationKey: ${key}\nslug: '${slug}'\ntitle: "${title}"\ndescription: "${title}."\n---\n\n${body}\n`;

interface Site {
	root: string;
	contentDir: string;
	write(rel: string, text: string): void;
	read(rel: string): string;
	/** Commits everything at `date` (ISO). */
	commit(date: string, message?: string): void;
	status(): ReturnType<typeof translationStatus>;
	/** Runs the real script on this site. */
	script(...args: string[]): { status: number | null; out: string };
	cleanup(): void;
}

function site({ git = true } = {}): Site {
	const root = mkdtempSync(join(tmpdir(), 'jc-translation-'));
	const contentDir = join(root, 'content');
	const path = (rel: string) => join(contentDir, rel);
	// Outside a checkout, make sure git does not find one above the temp folder.
	const ceiling = { GIT_CEILING_DIRECTORIES: dirname(root) };
	const git_ = (args: string[], env: Record<string, string> = {}) =>
		execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
			cwd: root,
			env: gitEnv({ ...ceiling, ...env }),
			stdio: 'pipe',
		});
	if (git) git_(['init', '-q']);
	const s: Site = {
		root,
		contentDir,
		write(rel, text) {
			mkdirSync(dirname(path(rel)), { recursive: true });
			writeFileSync(path(rel), text);
		},
		read: (rel) => readFileSync(path(rel), 'utf8'),
		commit(date, message = 'edit') {
			git_(['add', '-A']);
			git_(['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
		},
		status() {
			const saved = process.env.GIT_CEILING_DIRECTORIES;
			process.env.GIT_CEILING_DIRECTORIES = ceiling.GIT_CEILING_DIRECTORIES;
			try {
				return translationStatus(root, contentFiles('content'));
			} finally {
				if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
				else process.env.GIT_CEILING_DIRECTORIES = saved;
			}
		},
		script(...args) {
			const r = spawnSync(process.execPath, ['scripts/translation-status.ts', ...args], {
				cwd: PROJECT,
				env: gitEnv({ ...ceiling, CONTENT_DIR: contentDir }),
				encoding: 'utf8',
			});
			return { status: r.status, out: `${r.stdout}${r.stderr}` };
		},
		cleanup: () => rmSync(root, { recursive: true, force: true }),
	};
	return s;
}

/** A site with one pair committed on 2026-11-02, whose French page changed on 2026-11-20. */
function staleSite(): Site {
	const s = site();
	s.write('pages/fr/about.mdx', page('about', 'a-propos', 'À propos', 'Texte.'));
	s.write('pages/en/about.mdx', page('about', 'about', 'About', 'Text.'));
	s.write('pages/fr/home.mdx', page('home', '', 'Accueil', 'Bienvenue.'));
	s.write('pages/en/home.mdx', page('home', '', 'Home', 'Welcome.'));
	s.commit('2026-11-02T10:00:00+00:00', 'pages');
	s.write('pages/fr/about.mdx', page('about', 'a-propos', 'À propos', 'Texte mis à jour.'));
	s.commit('2026-11-20T10:00:00+00:00', 'update fr');
	return s;
}

let s: Site;
afterEach(() => s?.cleanup());

describe('translation status', () => {
	it('reports the older page of a pair as stale, and --strict fails', SPAWNS, () => {
		s = staleSite();
		const pairs = s.status();
		expect(pairs.map((p) => p.key)).toEqual(['about', 'home']);
		const [about, home] = pairs;
		expect(about).toMatchObject({
			key: 'about',
			status: 'stale',
			newer: 'fr',
			newerDate: '2026-11-20',
			fr: { file: 'content/pages/fr/about.mdx', date: '2026-11-20', uncommitted: false },
			en: { file: 'content/pages/en/about.mdx', date: '2026-11-02', uncommitted: false },
		});
		expect(about!.fr.commit).toMatch(/^[0-9a-f]{40}$/);
		expect(home).toMatchObject({ status: 'current', fr: { date: '2026-11-02' }, en: { date: '2026-11-02' } });
		expect(home!.newer).toBeUndefined();
		expect(describeStatus(about!)).toBe('stale: fr newer (2026-11-20) than en (2026-11-02)');

		const r = s.script();
		expect(r.status).toBe(0);
		expect(r.out).toMatch(/^about\s+\S*pages\/fr\/about\.mdx\s+\S*pages\/en\/about\.mdx\s+stale: fr newer \(2026-11-20\) than en \(2026-11-02\)$/m);
		expect(r.out).toMatch(/^home\s+.*\s+up to date$/m);
		expect(r.out).toContain('npm run translation-status -- --mark en/about');
		expect(s.script('--strict').status).toBe(1);
	});

	it('--mark records the counterpart hash; the pair is current until the counterpart changes again', () => {
		s = staleSite();
		const frHash = s.status()[0]!.fr.hash;

		const marked = markTranslation('en/about', s.root, contentFiles('content'));
		expect(marked).toEqual({ file: 'content/pages/en/about.mdx', counterpart: 'content/pages/fr/about.mdx', hash: frHash, changed: true });
		expect(s.read('pages/en/about.mdx')).toBe(page('about', 'about', 'About', 'Text.').replace("---\n\n", `translationOf: '${frHash}'\n---\n\n`));

		let about = s.status()[0]!;
		expect(about).toMatchObject({ status: 'current', marked: 'en', en: { translationOf: frHash, uncommitted: true } });
		expect(about.newer).toBeUndefined();
		expect(describeStatus(about)).toBe('marked up to date');

		// Committed, then the French title changes again: the mark no longer matches.
		s.commit('2026-11-21T10:00:00+00:00', 'translate');
		expect(s.status()[0]!.status).toBe('current');
		s.write('pages/fr/about.mdx', page('about', 'a-propos', 'À propos de nous', 'Texte mis à jour.'));
		s.commit('2026-11-25T10:00:00+00:00', 'retitle fr');
		about = s.status()[0]!;
		expect(about).toMatchObject({ status: 'stale', newer: 'fr', newerDate: '2026-11-25', en: { date: '2026-11-21' } });
		expect(about.marked).toBeUndefined();
		// Marking again updates the field in place.
		markTranslation('en/about', s.root, contentFiles('content'));
		expect(s.read('pages/en/about.mdx').match(/translationOf:/g)).toHaveLength(1);
		expect(s.status()[0]!.status).toBe('current');
	});

	it('counts uncommitted changes as changed now', () => {
		s = staleSite();
		s.write('pages/en/about.mdx', page('about', 'about', 'About', 'Updated text.'));
		const about = s.status()[0]!;
		const today = new Date().toISOString().slice(0, 10);
		expect(about).toMatchObject({ status: 'stale', newer: 'en', newerDate: today, en: { uncommitted: true, commit: null } });
		// A new, untracked pair is compared too.
		s.write('pages/fr/new.mdx', page('new', 'nouveau', 'Nouveau', 'Texte.'));
		s.write('pages/en/new.mdx', page('new', 'new', 'New', 'Text.'));
		expect(s.status().find((p) => p.key === 'new')).toMatchObject({ status: 'current', fr: { uncommitted: true }, en: { uncommitted: true } });
	});

	it('treats pages changed in the same commit as current, and pairs by translationKey', () => {
		s = site();
		s.write('pages/fr/a-propos.mdx', page('about', 'a-propos', 'À propos', 'Texte.'));
		s.write('pages/en/about.mdx', page('about', 'about', 'About', 'Text.'));
		s.write('pages/fr/only-fr.mdx', page('only-fr', 'seul', 'Seul', 'Texte.'));
		s.commit('2026-11-02T10:00:00+00:00');
		s.write('pages/fr/a-propos.mdx', page('about', 'a-propos', 'À propos', 'Texte 2.'));
		s.write('pages/en/about.mdx', page('about', 'about', 'About', 'Text 2.'));
		s.commit('2026-11-03T10:00:00+00:00');
		const pairs = s.status();
		expect(pairs).toHaveLength(1); // a page in one language only is check:content's business
		expect(pairs[0]).toMatchObject({ key: 'about', status: 'current', fr: { file: 'content/pages/fr/a-propos.mdx', date: '2026-11-03' } });
	});

	it('reports every pair as unknown outside a git checkout, and exits 0', SPAWNS, () => {
		s = site({ git: false });
		s.write('pages/fr/about.mdx', page('about', 'a-propos', 'À propos', 'Texte.'));
		s.write('pages/en/about.mdx', page('about', 'about', 'About', 'Text.'));
		expect(s.status()).toMatchObject([{ key: 'about', status: 'unknown', fr: { date: null }, en: { date: null } }]);
		const r = s.script('--strict');
		expect(r.status).toBe(0);
		expect(r.out).toMatch(/^about\s+.*\s+unknown$/m);
		expect(r.out).toContain('Not in a git checkout');
	});

	it('refuses to mark a page that does not exist or has no counterpart', () => {
		s = site();
		s.write('pages/fr/about.mdx', page('about', 'a-propos', 'À propos', 'Texte.'));
		const mark = (target: string) => () => markTranslation(target, s.root, contentFiles('content'));
		expect(mark('en/about')).toThrow('no English page with translationKey "about"');
		expect(mark('fr/about')).toThrow('has no English counterpart with translationKey "about"');
		expect(mark('de/about')).toThrow('is not <lang>/<key>');
	});
});

describe('translationOf mark', () => {
	it('hashes the title and body only, as 12 hex digits', () => {
		const h = contentHash('Title', '\nBody.\n');
		expect(h).toMatch(/^[0-9a-f]{12}$/);
		expect(contentHash('Title', 'Body.\r\n')).toBe(h);
		expect(contentHash('Title 2', 'Body.')).not.toBe(h);
		expect(contentHash('Title', 'Body 2.')).not.toBe(h);
	});

	it('sets one frontmatter field, keeping every other line', () => {
		const text = "---\ntranslationKey: a\n# a comment\ntitle: 'A'\n---\n\nBody with\n---\na rule.\n";
		const set = setFrontmatterField(text, 'translationOf', "'0123456789ab'");
		expect(set).toBe("---\ntranslationKey: a\n# a comment\ntitle: 'A'\ntranslationOf: '0123456789ab'\n---\n\nBody with\n---\na rule.\n");
		expect(setFrontmatterField(set, 'translationOf', "'ba9876543210'")).toBe(set.replace('0123456789ab', 'ba9876543210'));
		expect(setFrontmatterField('---\r\ntitle: A\r\n---\r\nB\r\n', 'translationOf', "'x'")).toBe("---\r\ntitle: A\r\ntranslationOf: 'x'\r\n---\r\nB\r\n");
		expect(() => setFrontmatterField('no frontmatter', 'translationOf', "'x'")).toThrow('no frontmatter');
	});
});
