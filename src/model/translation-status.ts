// Whether one language of a page may be out of date with the other, from git
// history: when one file of a pair (same translationKey, fr and en) changed in
// a commit strictly after the last commit touching the other, the other is
// "stale". Uncommitted changes count as changed now.
//
// An editor who has brought a translation up to date marks it with
// `npm run translation-status -- --mark <lang>/<key>`, which records in that
// page's frontmatter `translationOf: '<hash>'`, the hash of its counterpart's
// current title and body. While the hash matches, the pair is up to date
// whatever the dates; once the counterpart's title or body changes again, the
// mark no longer matches and the dates decide.
//
// Frontmatter is read with gray-matter, not through the page schema, so this
// works whatever fields the schema has.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { LANGS, type Lang } from '../schemas/common.ts';
import { CONTENT_FILES, type ContentFiles } from './content-files.ts';

export type TranslationState = 'current' | 'stale' | 'unknown';

export interface TranslationSide {
	/** Project-relative path of the MDX file. */
	file: string;
	/** Day of its last change, YYYY-MM-DD (today when it has uncommitted changes); null outside git. */
	date: string | null;
	/** Time of its last change (ISO 8601, the committer date); null outside git. */
	time: string | null;
	/** Commit of its last change; null when uncommitted or outside git. */
	commit: string | null;
	/** Whether the file has uncommitted changes (or is not committed yet). */
	uncommitted: boolean;
	/** Hash of its current title and body (what a counterpart's `translationOf` records). */
	hash: string;
	/** Its `translationOf` frontmatter field, if any. */
	translationOf?: string;
}

export interface TranslationPair {
	/** The pages' translationKey. */
	key: string;
	fr: TranslationSide;
	en: TranslationSide;
	/** 'stale': the language that is not `newer` may be out of date. 'unknown': no git history. */
	status: TranslationState;
	/** When stale: the language that changed later. */
	newer?: Lang;
	/** When stale: the day it changed, YYYY-MM-DD. */
	newerDate?: string;
	/** When current because of a mark: the language whose `translationOf` matches the other's hash. */
	marked?: Lang;
}

export class TranslationStatusError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TranslationStatusError';
	}
}

const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
const LANGUAGE_NAME: Record<Lang, string> = { fr: 'French', en: 'English' };

/**
 * The hash a `translationOf` mark records: the first 12 hex digits of the
 * SHA-256 of the page's title and MDX body (line endings normalized, outer
 * whitespace trimmed). Other frontmatter fields do not count, so marking one
 * side of a pair never invalidates a mark on the other.
 */
export function contentHash(title: unknown, body: string): string {
	const norm = (s: string) => s.replace(/\r\n?/g, '\n').trim();
	return createHash('sha256')
		.update(`${norm(typeof title === 'string' ? title : '')}\n\0\n${norm(body)}`)
		.digest('hex')
		.slice(0, 12);
}

// ---------------------------------------------------------------------------
// Pages

interface PageFile {
	lang: Lang;
	path: string;
	key: string;
	hash: string;
	translationOf?: string;
}

function mdxFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((d) => (d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : []))
		.sort();
}

function readPages(pagesDir: string): PageFile[] {
	const pages: PageFile[] = [];
	for (const lang of LANGS) {
		const langDir = join(pagesDir, lang);
		for (const path of mdxFiles(langDir)) {
			let parsed: matter.GrayMatterFile<string>;
			try {
				parsed = matter(readFileSync(path, 'utf8'));
			} catch {
				continue; // invalid frontmatter: npm run check:content reports it
			}
			const fm = parsed.data as Record<string, unknown>;
			const key =
				typeof fm.translationKey === 'string' ? fm.translationKey : relative(langDir, path).split('\\').join('/').replace(/\.mdx$/, '');
			pages.push({
				lang,
				path,
				key,
				hash: contentHash(fm.title, parsed.content),
				...(typeof fm.translationOf === 'string' ? { translationOf: fm.translationOf } : {}),
			});
		}
	}
	return pages;
}

/** fr/en pages by translationKey; keys present in one language only are left out (check:content reports them). */
function pairPages(pages: PageFile[]): { key: string; fr: PageFile; en: PageFile }[] {
	const byKey = new Map<string, Partial<Record<Lang, PageFile>>>();
	for (const p of pages) {
		const entry = byKey.get(p.key) ?? {};
		entry[p.lang] ??= p;
		byKey.set(p.key, entry);
	}
	return [...byKey]
		.filter((e): e is [string, Record<Lang, PageFile>] => !!e[1].fr && !!e[1].en)
		.map(([key, { fr, en }]) => ({ key, fr, en }))
		.sort((a, b) => a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------
// Git

interface Change {
	commit: string | null;
	time: string;
}

/**
 * Last change of every file under `dir`, by absolute path: one `git log` and
 * one `git status` call. Null when `dir` is not in a git checkout (or git is
 * not installed).
 */
function readGitChanges(dir: string): Map<string, Change> | null {
	const git = (cwd: string, args: string[]) =>
		execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
			cwd,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	let top: string;
	try {
		top = git(dir, ['rev-parse', '--show-toplevel']).trim();
	} catch {
		return null;
	}
	const spec = relative(top, realpathSync(dir)).split('\\').join('/') || '.';
	const changes = new Map<string, Change>();

	let log = '';
	try {
		log = git(top, ['log', '--no-renames', '--format=%x00%H%x09%cI', '--name-only', '--', spec]);
	} catch {
		/* a repository with no commit yet: everything is uncommitted (below) */
	}
	// Newest first: the first commit listed for a file is its last change (as `git log -1 -- file`).
	for (const block of log.split('\0').slice(1)) {
		const [header = '', ...names] = block.split('\n');
		const [commit = '', time = ''] = header.split('\t');
		for (const name of names) {
			const path = join(top, name);
			if (name && !changes.has(path)) changes.set(path, { commit, time: time.trim() });
		}
	}

	try {
		const now = new Date().toISOString();
		const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', spec]).split('\0');
		for (let i = 0; i < status.length; i++) {
			const entry = status[i]!;
			if (entry.length < 4) continue;
			const xy = entry.slice(0, 2);
			changes.set(join(top, entry.slice(3)), { commit: null, time: now });
			if (xy.includes('R') || xy.includes('C')) i++; // the path it was renamed or copied from follows
		}
	} catch {
		/* no status: committed dates only */
	}
	return changes;
}

// ---------------------------------------------------------------------------

/**
 * The translation status of every page pair, by translationKey. `root` is the
 * project root (paths in the result are relative to it); `files` says where
 * content lives (CONTENT_DIR by default). Runs git twice: call it once per
 * build, not once per page.
 */
export function translationStatus(root: string = process.cwd(), files: ContentFiles = CONTENT_FILES): TranslationPair[] {
	const pagesDir = resolve(root, files.pagesDir);
	const pairs = pairPages(readPages(pagesDir));
	const changes = pairs.length && existsSync(pagesDir) ? readGitChanges(pagesDir) : null;
	const rel = (p: string) => relative(root, p).split('\\').join('/');

	return pairs.map(({ key, fr, en }) => {
		const side = (p: PageFile): TranslationSide => {
			let change: Change | undefined;
			if (changes) {
				change = changes.get(p.path);
				if (!change) {
					try {
						change = changes.get(realpathSync(p.path));
					} catch {
						/* keep undefined */
					}
				}
			}
			return {
				file: rel(p.path),
				date: change ? change.time.slice(0, 10) : null,
				time: change?.time ?? null,
				commit: change?.commit ?? null,
				uncommitted: !!change && change.commit === null,
				hash: p.hash,
				...(p.translationOf ? { translationOf: p.translationOf } : {}),
			};
		};
		const sides = { fr: side(fr), en: side(en) };
		const pair: TranslationPair = { key, ...sides, status: 'unknown' };
		if (!changes || !sides.fr.time || !sides.en.time) return pair;

		const marked = LANGS.find((lang) => sides[lang].translationOf === sides[other(lang)].hash);
		const [tFr, tEn] = [Date.parse(sides.fr.time), Date.parse(sides.en.time)];
		const newer: Lang | undefined =
			sides.fr.commit !== null && sides.fr.commit === sides.en.commit ? undefined : tFr > tEn ? 'fr' : tEn > tFr ? 'en' : undefined;
		if (marked) return { ...pair, status: 'current', marked };
		if (!newer) return { ...pair, status: 'current' };
		return { ...pair, status: 'stale', newer, newerDate: sides[newer].date! };
	});
}

/** The status column of `npm run translation-status`. */
export function describeStatus(pair: TranslationPair): string {
	if (pair.status === 'unknown') return 'unknown';
	if (pair.status === 'current') return pair.marked ? 'marked up to date' : 'up to date';
	const newer = pair.newer!;
	const older = other(newer);
	return `stale: ${newer} newer (${pair[newer].date}) than ${older} (${pair[older].date})`;
}

/** Sets (or replaces) one field in the YAML frontmatter of an MDX text, leaving every other line as it is. */
export function setFrontmatterField(text: string, field: string, value: string): string {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) throw new TranslationStatusError('the file has no frontmatter (it must start with ---)');
	const close = /^---[ \t]*(\r?\n|$)/m;
	const rest = text.slice(open[0].length);
	const end = close.exec(rest);
	if (!end) throw new TranslationStatusError('the frontmatter is not closed (no second ---)');
	let fm = rest.slice(0, end.index);
	const line = `${field}: ${value}`;
	const existing = new RegExp(`^${field}:.*$`, 'm');
	if (existing.test(fm)) fm = fm.replace(existing, line);
	else fm += `${line}${eol}`;
	return open[0] + fm + rest.slice(end.index);
}

export interface MarkResult {
	/** The page marked (project-relative). */
	file: string;
	/** The page it is a translation of. */
	counterpart: string;
	hash: string;
	/** False when the mark was already there. */
	changed: boolean;
}

/**
 * Marks `<lang>/<key>` (e.g. "en/priorities") as up to date with its
 * counterpart: writes `translationOf: '<hash of the counterpart>'` in its
 * frontmatter.
 */
export function markTranslation(target: string, root: string = process.cwd(), files: ContentFiles = CONTENT_FILES): MarkResult {
	const m = /^(fr|en)\/(.+?)(?:\.mdx)?$/.exec(target);
	if (!m) throw new TranslationStatusError(`"${target}" is not <lang>/<key>, e.g. en/priorities`);
	const lang = m[1] as Lang;
	const key = m[2]!;
	const pagesDir = resolve(root, files.pagesDir);
	const pages = readPages(pagesDir);
	const rel = (p: string) => relative(root, p).split('\\').join('/');
	const find = (l: Lang) =>
		pages.find((p) => p.lang === l && p.key === key) ?? pages.find((p) => p.lang === l && p.path === join(pagesDir, l, `${key}.mdx`));
	const page = find(lang);
	if (!page) throw new TranslationStatusError(`no ${LANGUAGE_NAME[lang]} page with translationKey "${key}" in ${rel(join(pagesDir, lang))}`);
	const counterpart = pages.find((p) => p.lang === other(lang) && p.key === page.key);
	if (!counterpart) {
		throw new TranslationStatusError(`${rel(page.path)} has no ${LANGUAGE_NAME[other(lang)]} counterpart with translationKey "${page.key}"`);
	}
	const before = readFileSync(page.path, 'utf8');
	let after: string;
	try {
		// Quoted: an unquoted hash of digits and one "e" would read as a number.
		after = setFrontmatterField(before, 'translationOf', `'${counterpart.hash}'`);
	} catch (e) {
		throw new TranslationStatusError(`${rel(page.path)}: ${(e as Error).message}`);
	}
	if (after !== before) writeFileSync(page.path, after);
	return { file: rel(page.path), counterpart: rel(counterpart.path), hash: counterpart.hash, changed: after !== before };
}
