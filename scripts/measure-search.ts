// Measures what a reader downloads for a first search: serves the built site,
// runs one query per language in Chromium, and sums the gzipped size of every
// file fetched once the query starts. Also reports the size of the index.
// Usage: node scripts/measure-search.ts [built folder]   (default dist)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../src/browser/find-chromium.ts';
import { startStaticServer } from '../tests/support/server.ts';

const dir = process.argv[2] ?? 'dist';
const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const server = await startStaticServer(dir, '/');
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file)).length;

for (const [lang, page, query] of [
	['fr', 'fr/recherche/', 'identite'],
	['en', 'en/search/', 'identity'],
] as const) {
	const context = await browser.newContext();
	const tab = await context.newPage();
	await tab.goto(server.url(`/${page}`));
	const fetched = new Set<string>();
	tab.on('request', (r) => fetched.add(new URL(r.url()).pathname));
	await tab.fill('#search-q', query);
	await tab.press('#search-q', 'Enter');
	await tab.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20_000 });
	const rows = [...fetched].filter((p) => p.startsWith('/pagefind/')).map((p) => ({ path: p, bytes: gz(join(dir, p)) }));
	const total = rows.reduce((n, r) => n + r.bytes, 0);
	console.log(`\n${lang}: first search for "${query}" downloads ${kb(total)} gzipped in ${rows.length} files`);
	for (const r of rows.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(r.bytes).padStart(9)}  ${r.path}`);
	await context.close();
}

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(join(dir, 'pagefind'));
const raw = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`\nWhole index folder (${files.length} files, both languages, UI bundles included): ${kb(raw)} on disk`);
await browser.close();
await server.close();
