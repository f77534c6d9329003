/**
 * The pages of a built site, read from its folder, and resolution of URL
 * paths to built files (the same rules as a static host with directory
 * format: `/fr/x/` → `fr/x/index.html`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function otherLang(lang: Lang): Lang {
	return lang === 'fr' ? 'en' : 'fr';
}

export function isLang(value: string | null | undefined): value is Lang {
	return value === 'fr' || value === 'en';
}

/**
 * root: `/`; root-404: `/404.html`; language: a page under /fr/ or /en/;
 * language-404: `/fr/404/` or `/en/404/`; other: anything else.
 */
export type PageKind = 'root' | 'root-404' | 'language' | 'language-404' | 'other';

export interface BuiltPage {
	/** Absolute file path. */
	file: string;
	/** File path relative to the build folder, with `/` separators. */
	rel: string;
	/** URL path including the base, e.g. `/cm/fr/priorites/`. */
	path: string;
	/** URL path with the base replaced by `/`, e.g. `/fr/priorites/`. */
	sitePath: string;
	/** Language from the first path segment (language pages only). */
	lang: Lang | undefined;
	kind: PageKind;
}

function kindOf(rel: string): { kind: PageKind; lang: Lang | undefined } {
	if (rel === 'index.html') return { kind: 'root', lang: undefined };
	if (rel === '404.html') return { kind: 'root-404', lang: undefined };
	const first = rel.split('/')[0];
	if (isLang(first)) {
		const is404 = rel === `${first}/404/index.html` || rel === `${first}/404.html`;
		return { kind: is404 ? 'language-404' : 'language', lang: first };
	}
	return { kind: 'other', lang: undefined };
}

/** URL path (without base) of a built HTML file: `fr/x/index.html` → `fr/x/`. */
export function relToSitePath(rel: string): string {
	if (rel === 'index.html') return '/';
	if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
	return `/${rel}`;
}

/** Every built HTML page of the folder, sorted by path. Excludes nothing. */
export function listPages(dir: string, base: string): BuiltPage[] {
	if (!existsSync(dir)) return [];
	const files = globSync('**/*.html', { cwd: dir, dot: true, onlyFiles: true });
	return files
		.map((rel): BuiltPage => {
			const sitePath = relToSitePath(rel);
			return {
				file: path.join(dir, rel),
				rel,
				sitePath,
				path: base + sitePath.slice(1),
				...kindOf(rel),
			};
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

export type Resolution =
	| { ok: true; file: string; rel: string }
	| { ok: false; reason: string; redirectTo?: string };

/**
 * The built file a URL path (with base) maps to on a static host. Paths
 * outside the base, missing files, and directories linked without their
 * trailing slash (a redirect on most hosts, a 404 on some) are failures.
 */
export function resolveUrlPath(dir: string, base: string, urlPath: string): Resolution {
	if (!urlPath.startsWith(base)) {
		return { ok: false, reason: `outside the base path ${base}` };
	}
	let rest: string;
	try {
		rest = decodeURIComponent(urlPath.slice(base.length));
	} catch {
		return { ok: false, reason: 'malformed percent-encoding' };
	}
	const root = path.resolve(dir);
	const target = path.resolve(root, rest);
	if (target !== root && !target.startsWith(root + path.sep)) {
		return { ok: false, reason: 'escapes the site folder' };
	}
	const isDirPath = rest === '' || rest.endsWith('/');
	if (isDirPath) {
		const index = path.join(target, 'index.html');
		return isFile(index)
			? { ok: true, file: index, rel: path.relative(root, index).split(path.sep).join('/') }
			: { ok: false, reason: 'no such page (no index.html)' };
	}
	if (isFile(target)) {
		return { ok: true, file: target, rel: path.relative(root, target).split(path.sep).join('/') };
	}
	if (isFile(path.join(target, 'index.html'))) {
		return { ok: false, reason: 'missing trailing slash', redirectTo: `${urlPath}/` };
	}
	return { ok: false, reason: 'no such file' };
}

function isFile(p: string): boolean {
	try {
		return statSync(p).isFile();
	} catch {
		return false;
	}
}

/** The URL path with the base replaced by `/` (unchanged when outside the base). */
export function toSitePath(base: string, urlPath: string): string {
	return urlPath.startsWith(base) ? `/${urlPath.slice(base.length)}` : urlPath;
}

const textCache = new Map<string, string>();

/** File contents as UTF-8, cached (built files do not change during a run). */
export function readText(file: string): string {
	let text = textCache.get(file);
	if (text === undefined) {
		text = readFileSync(file, 'utf8');
		textCache.set(file, text);
	}
	return text;
}
