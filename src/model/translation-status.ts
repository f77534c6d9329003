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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLang, LANGS, nameForMessages, type Lang } from '../i18n/languages.ts';
import { CONTENT_FILES, type ContentFiles } from './collections.ts';
import { changeOf, gitChanges, type Changes } from './git.ts';
import { loadContent } from './load-content.ts';

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

/** One page in every language (same translationKey): `pair.fr`, `pair.en`… are its sides. */
export type TranslationPair = {
	/** The pages' translationKey. */
	key: string;
	/** 'stale': the languages in `behind` may be out of date with `newer`. 'unknown': no git history. */
	status: TranslationState;
	/** When stale: the language that changed last. */
	newer?: Lang;
	/** When stale: the day it changed, YYYY-MM-DD. */
	newerDate?: string;
	/** When stale: the languages that changed before it and are not marked up to date with it. */
	behind?: Lang[];
	/** When current because of a mark: the language whose `translationOf` matches another's hash. */
	marked?: Lang;
} & Record<Lang, TranslationSide>;

export class TranslationStatusError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TranslationStatusError';
	}
}


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
	/** Project-relative path. */
	file: string;
	key: string;
	hash: string;
	translationOf?: string;
}

/** The pages as the content loader read them (a page that does not parse is reported by check:content). */
function readPages(root: string, files: ContentFiles): PageFile[] {
	return loadContent(root, files).set.pages.map((p) => ({
		lang: p.lang,
		file: p.file,
		key: p.data.translationKey,
		hash: contentHash(p.data.title, p.body),
		...(p.data.translationOf ? { translationOf: p.data.translationOf } : {}),
	}));
}

/** Pages by translationKey; keys missing in some language are left out (check:content reports them). */
function pairPages(pages: PageFile[]): { key: string; sides: Record<Lang, PageFile> }[] {
	const byKey = new Map<string, Partial<Record<Lang, PageFile>>>();
	for (const p of pages) {
		const entry = byKey.get(p.key) ?? {};
		entry[p.lang] ??= p;
		byKey.set(p.key, entry);
	}
	return [...byKey]
		.filter((e): e is [string, Record<Lang, PageFile>] => LANGS.every((l) => !!e[1][l]))
		.map(([key, sides]) => ({ key, sides }))
		.sort((a, b) => a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------

/**
 * The translation status of every page, by translationKey. `root` is the
 * project root (paths in the result are relative to it); `files` says where
 * content lives (CONTENT_DIR by default); `changes` is git's history when the
 * caller has it already (else read here: call this once per build).
 */
export function translationStatus(
	root: string = process.cwd(),
	files: ContentFiles = CONTENT_FILES,
	changes: Changes | null = null,
): TranslationPair[] {
	const pagesDir = resolve(root, files.pagesDir);
	const pairs = pairPages(readPages(root, files));
	const history = changes ?? (pairs.length && existsSync(pagesDir) ? gitChanges(pagesDir) : null);

	return pairs.map(({ key, sides: pages }) => {
		const side = (p: PageFile): TranslationSide => {
			const change = changeOf(history, resolve(root, p.file));
			return {
				file: p.file,
				date: change ? change.time.slice(0, 10) : null,
				time: change?.time ?? null,
				commit: change?.commit ?? null,
				uncommitted: !!change && change.commit === null,
				hash: p.hash,
				...(p.translationOf ? { translationOf: p.translationOf } : {}),
			};
		};
		const sides = Object.fromEntries(LANGS.map((l) => [l, side(pages[l])])) as Record<Lang, TranslationSide>;
		const pair: TranslationPair = { key, ...sides, status: 'unknown' };
		if (!history || LANGS.some((l) => !sides[l].time)) return pair;

		const time = (l: Lang) => Date.parse(sides[l].time!);
		const newest = LANGS.reduce((a, b) => (time(b) > time(a) ? b : a));
		const markedWith = (a: Lang, b: Lang) => sides[a].translationOf === sides[b].hash || sides[b].translationOf === sides[a].hash;
		const sameCommit = (a: Lang, b: Lang) => sides[a].commit !== null && sides[a].commit === sides[b].commit;
		const behind = LANGS.filter((l) => l !== newest && time(l) < time(newest) && !sameCommit(l, newest) && !markedWith(l, newest));
		const marked = LANGS.find((l) => LANGS.some((o) => o !== l && sides[l].translationOf === sides[o].hash));
		if (behind.length === 0) return { ...pair, status: 'current', ...(marked ? { marked } : {}) };
		return { ...pair, status: 'stale', newer: newest, newerDate: sides[newest].date!, behind };
	});
}

/** The status column of `npm run translation-status`. */
export function describeStatus(pair: TranslationPair): string {
	if (pair.status === 'unknown') return 'unknown';
	if (pair.status === 'current') return pair.marked ? 'marked up to date' : 'up to date';
	const newer = pair.newer!;
	return `stale: ${newer} newer (${pair[newer].date}) than ${pair.behind!.map((l) => `${l} (${pair[l].date})`).join(', ')}`;
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
	const m = /^([a-z]{2,3}(?:-[a-z0-9]+)?)\/(.+?)(?:\.mdx)?$/i.exec(target);
	if (!m || !isLang(m[1])) throw new TranslationStatusError(`"${target}" is not <lang>/<key> with lang one of ${LANGS.join(', ')}, e.g. ${LANGS.at(-1)}/priorities`);
	const lang = m[1];
	const key = m[2]!;
	const pages = readPages(root, files);
	const find = (l: Lang) => pages.find((p) => p.lang === l && p.key === key) ?? pages.find((p) => p.lang === l && p.file.endsWith(`/${l}/${key}.mdx`));
	const page = find(lang);
	if (!page) throw new TranslationStatusError(`no ${nameForMessages(lang)} page with translationKey "${key}" in ${files.pagesDir.replace(/^\.\//, '')}/${lang}`);
	// The counterpart it was brought up to date with: the other language that changed last.
	const others = LANGS.filter((l) => l !== lang)
		.map((l) => pages.find((p) => p.lang === l && p.key === page.key))
		.filter((p): p is PageFile => !!p);
	const missing = LANGS.filter((l) => l !== lang && !others.some((p) => p.lang === l));
	if (missing.length) {
		throw new TranslationStatusError(
			`${page.file} has no ${missing.map((l) => nameForMessages(l)).join(' or ')} counterpart with translationKey "${page.key}"`,
		);
	}
	const status = translationStatus(root, files).find((p) => p.key === page.key);
	const counterpart = (status?.newer && status.newer !== lang && others.find((p) => p.lang === status.newer)) || others[0]!;
	const path = resolve(root, page.file);
	const before = readFileSync(path, 'utf8');
	let after: string;
	try {
		// Quoted: an unquoted hash of digits and one "e" would read as a number.
		after = setFrontmatterField(before, 'translationOf', `'${counterpart.hash}'`);
	} catch (e) {
		throw new TranslationStatusError(`${page.file}: ${(e as Error).message}`);
	}
	if (after !== before) writeFileSync(path, after);
	return { file: page.file, counterpart: counterpart.file, hash: counterpart.hash, changed: after !== before };
}
