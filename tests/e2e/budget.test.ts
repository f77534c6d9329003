/**
 * Page weight and client scripts, on the built files (site built at `/`):
 * - gzip(HTML) + gzip(each same-origin stylesheet the page links, counted
 *   once per page) must stay within MAX_PAGE_GZIP_BYTES;
 * - no client JavaScript (script elements, module preloads, inline event
 *   handlers, javascript: URLs) except what SCRIPT_ALLOWLIST allows.
 * Both budgets live in tests/support/budgets.ts.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, describe, test } from 'vitest';
import {
	DATA_SCRIPT_TYPES,
	isInlineScriptAllowed,
	isScriptSrcAllowed,
	MAX_PAGE_GZIP_BYTES,
	pageBudget,
} from '../support/budgets.ts';
import { parseFile } from '../support/html.ts';
import { failIfAny, formatBytes } from '../support/report.ts';
import { resolveUrlPath, toSitePath, type BuiltPage } from '../support/site.ts';
import { pagesOf, testBuildHasPages } from '../support/suite.ts';
import { targets } from '../support/targets.ts';

const site = targets.root;
const origin = targets.origin;
const pages = pagesOf(site);

const gzipCache = new Map<string, number>();
/** gzip size (zlib default level, as a typical static host compresses). */
function gzipSize(file: string): number {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file)).length;
		gzipCache.set(file, size);
	}
	return size;
}

interface Weight {
	path: string;
	total: number;
	html: number;
	css: { path: string; bytes: number }[];
}
const weights: Weight[] = [];

function weigh(page: BuiltPage): { weight: Weight; problems: string[] } {
	const problems: string[] = [];
	const doc = parseFile(page.file);
	const pageUrl = new URL(page.path, origin);
	const css = new Map<string, { path: string; bytes: number }>();
	for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href]')) {
		const url = new URL(link.getAttribute('href') ?? '', pageUrl);
		if (url.origin !== origin) continue;
		const found = resolveUrlPath(site.dir, site.base, url.pathname);
		if (!found.ok) {
			problems.push(`stylesheet ${url.pathname} is not a built file (${found.reason})`);
			continue;
		}
		if (!css.has(found.file)) css.set(found.file, { path: url.pathname, bytes: gzipSize(found.file) });
	}
	const html = gzipSize(page.file);
	const sheets = [...css.values()];
	const total = html + sheets.reduce((sum, s) => sum + s.bytes, 0);
	return { weight: { path: page.path, total, html, css: sheets }, problems };
}

function scriptProblems(page: BuiltPage): string[] {
	const problems: string[] = [];
	const doc = parseFile(page.file);
	const pageUrl = new URL(page.path, origin);
	const sitePathOf = (raw: string): string => {
		const u = new URL(raw, pageUrl);
		return u.origin === origin ? toSitePath(site.base, u.pathname) : u.href;
	};
	for (const script of doc.querySelectorAll('script')) {
		const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
		if (DATA_SCRIPT_TYPES.includes(type)) continue;
		const src = script.getAttribute('src');
		if (src !== undefined) {
			const path = sitePathOf(src);
			if (!isScriptSrcAllowed(page.sitePath, path)) problems.push(`<script src="${src}"> is not in SCRIPT_ALLOWLIST`);
		} else {
			const content = script.rawText.trim();
			if (!isInlineScriptAllowed(page.sitePath, content)) {
				problems.push(`inline <script${type ? ` type="${type}"` : ''}> is not in SCRIPT_ALLOWLIST: ${content.slice(0, 80)}…`);
			}
		}
	}
	for (const link of doc.querySelectorAll('link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]')) {
		const href = link.getAttribute('href') ?? '';
		if (!isScriptSrcAllowed(page.sitePath, sitePathOf(href))) problems.push(`<link rel="${link.getAttribute('rel')}" href="${href}"> preloads a script not in SCRIPT_ALLOWLIST`);
	}
	for (const el of doc.querySelectorAll('*')) {
		for (const name of Object.keys(el.attributes)) {
			if (/^on[a-z]+$/i.test(name)) problems.push(`inline event handler <${el.rawTagName} ${name}="…">`);
		}
	}
	for (const el of doc.querySelectorAll('[href], [src], [action], [formaction]')) {
		for (const attr of ['href', 'src', 'action', 'formaction']) {
			const value = el.getAttribute(attr);
			if (value && /^\s*javascript:/i.test(value)) problems.push(`javascript: URL in <${el.rawTagName} ${attr}>`);
		}
	}
	return problems;
}

describe.concurrent(`budget: at most ${formatBytes(MAX_PAGE_GZIP_BYTES)} gzipped HTML+CSS, allowlisted scripts only`, () => {
	testBuildHasPages(site, pages);

	for (const page of pages) {
		test(`${page.path} weight`, () => {
			const { weight, problems } = weigh(page);
			weights.push(weight);
			const budget = pageBudget(readFileSync(page.file, 'utf8'));
			if (weight.total > budget) {
				const parts = [`HTML ${formatBytes(weight.html)}`, ...weight.css.map((c) => `${c.path} ${formatBytes(c.bytes)}`)];
				problems.push(
					`${formatBytes(weight.total)} gzipped exceeds the ${formatBytes(budget)} budget by ${formatBytes(weight.total - budget)} (${parts.join(' + ')})`,
				);
			}
			failIfAny(problems, `page weight of ${page.path}`);
		});
		test(`${page.path} scripts`, () => failIfAny(scriptProblems(page), `client scripts on ${page.path}`));
	}
});

afterAll(() => {
	if (weights.length === 0) return;
	const top = [...weights].sort((a, b) => b.total - a.total).slice(0, 10);
	const lines = top.map(
		(w) =>
			`  ${formatBytes(w.total).padStart(9)}  (HTML ${formatBytes(w.html)}${w.css.map((c) => ` + ${formatBytes(c.bytes)} CSS`).join('')})  ${w.path}`,
	);
	console.log(
		`Heaviest pages, gzipped HTML + CSS (budget ${formatBytes(MAX_PAGE_GZIP_BYTES)}, ${weights.length} pages):\n${lines.join('\n')}`,
	);
});
