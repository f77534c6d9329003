/**
 * Build-time rendering of Mermaid source to SVG in headless Chromium.
 *
 * One browser and one page for the whole process (lazy, shared through
 * state.ts), with mermaid.min.js injected from node_modules (no network: every
 * request from the page is aborted). SVGs are cached on disk by
 * sha256(source + config + mermaid version), so unchanged diagrams are not
 * rendered again; concurrent calls for the same source share one promise.
 *
 * When no Chromium-family browser is found (or DIAGRAMS_RENDER=client), a
 * warning is printed once and every call resolves to null: the caller then
 * emits the client fallback (clientFallback.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from '../browser/find-chromium.ts';
import { MERMAID_CONFIG, POSTPROCESS_VERSION } from './config.ts';
import { themeSvg } from './palette.ts';
import { diagramsState, emptyStats, type RenderStats } from './state.ts';

export interface DiagramSource {
	source: string;
	/** Unique on the page; prefixes every id inside the SVG. */
	id: string;
}

/** Valid as an XML id and a CSS identifier; Mermaid uses it in `#id` selectors. */
const DIAGRAM_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function assertDiagramId(id: string): void {
	if (!DIAGRAM_ID.test(id)) {
		throw new Error(`Diagram id "${id}" must start with a letter and contain only letters, digits, "-" and "_"`);
	}
}

/** Resolve a file of an installed package, from this module or from the project root. */
export function resolvePackageFile(specifier: string): string {
	const bases = [import.meta.url, path.join(process.cwd(), 'package.json')];
	for (const base of bases) {
		try {
			return createRequire(base).resolve(specifier);
		} catch {
			/* try the next base */
		}
	}
	throw new Error(`Cannot resolve "${specifier}" (is it installed in node_modules?)`);
}

let mermaidVersionCache: string | undefined;
export function mermaidVersion(): string {
	mermaidVersionCache ??= (JSON.parse(readFileSync(resolvePackageFile('mermaid/package.json'), 'utf8')) as { version: string })
		.version;
	return mermaidVersionCache;
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return env.DIAGRAM_CACHE_DIR?.trim() || path.resolve(process.cwd(), 'node_modules/.cache/jc-diagrams');
}

/** Cache key of a source under the current configuration and Mermaid version. */
export function diagramHash(source: string): string {
	return createHash('sha256')
		.update(source)
		.update('\0')
		.update(JSON.stringify(MERMAID_CONFIG))
		.update('\0')
		.update(mermaidVersion())
		.update('\0')
		.update(String(POSTPROCESS_VERSION))
		.digest('hex');
}

/** Id used while rendering and in the cache; replaced by the caller's id on the way out. */
function placeholderId(hash: string): string {
	return `jcd${hash.slice(0, 20)}`;
}

/** Build-time rendering unless forced to client mode or no browser exists. */
export function renderMode(env: NodeJS.ProcessEnv = process.env): 'build' | 'client' {
	if (env.DIAGRAMS_RENDER?.trim() === 'client') return 'client';
	return findChromium(env) ? 'build' : 'client';
}

function warnClientModeOnce(env: NodeJS.ProcessEnv = process.env): void {
	const state = diagramsState();
	if (state.warnedClientMode) return;
	state.warnedClientMode = true;
	const forced = env.DIAGRAMS_RENDER?.trim() === 'client';
	const why = forced ? 'DIAGRAMS_RENDER=client is set' : 'no Chromium-family browser was found';
	const fix = forced ? 'unset DIAGRAMS_RENDER to render them at build time.' : `to render them at build time: ${INSTALL_HINT}`;
	console.warn(
		`[jc-diagrams] ${why}: diagrams will render in the reader's browser instead of at build time ` +
			`(pages with a diagram then load Mermaid, several hundred KB of JavaScript; without JavaScript only the text version shows). ` +
			fix,
	);
}

export function getRenderStats(): RenderStats {
	return { ...diagramsState().stats };
}
export function resetRenderStats(): void {
	Object.assign(diagramsState().stats, emptyStats());
}

/**
 * The build's one Chromium, started on first use: the diagrams render in it,
 * and the briefing book prints in it (src/book/), so a build never starts two.
 */
export function sharedBrowser(): Promise<Browser> {
	const state = diagramsState();
	if (!state.browser) {
		const executablePath = findChromium();
		if (!executablePath) return Promise.reject(new Error(INSTALL_HINT));
		state.browser = import('playwright-core')
			.then(({ chromium }) => chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] }))
			.catch((e: unknown) => {
				throw new Error(
					`[jc-diagrams] could not start ${executablePath}: ${e instanceof Error ? e.message : String(e)}\n` +
						'Set CHROMIUM_PATH to a working Chromium, or DIAGRAMS_RENDER=client to render diagrams in the browser.',
				);
			});
		state.stats.launches++;
		const launched = state.browser;
		void launched.then(
			// A crashed browser must not be reused: the next call starts a new one.
			(browser) =>
				browser.once('disconnected', () => {
					if (state.browser === launched) {
						state.browser = null;
						state.page = null;
					}
				}),
			() => {
				if (state.browser === launched) state.browser = null;
			},
		);
	}
	return state.browser;
}

async function getPage(): Promise<Page> {
	const state = diagramsState();
	if (!state.page) {
		state.page = (async () => {
			const started = performance.now();
			const browser = await sharedBrowser();
			const page = await browser.newPage();
			// Nothing may come from the network: mermaid is injected from disk below.
			await page.route('**/*', (route) => route.abort());
			await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
			await page.addScriptTag({ path: resolvePackageFile('mermaid/dist/mermaid.min.js') });
			await page.evaluate((config) => {
				(globalThis as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config);
			}, MERMAID_CONFIG as unknown as Record<string, unknown>);
			state.stats.startMs += performance.now() - started;
			return page;
		})();
		state.page.catch(() => {
			// Let a later call try again (and close a half-started browser).
			const failed = state.browser;
			state.page = null;
			state.browser = null;
			void failed?.then((b) => b.close()).catch(() => {});
		});
	}
	return state.page;
}

/** Render in Chromium; the SVG carries `renderId` as its id prefix. */
async function renderInBrowser(source: string, renderId: string): Promise<string> {
	const state = diagramsState();
	const run = async () => {
		const page = await getPage();
		const started = performance.now();
		const result = await page.evaluate(
			async ({ id, src }) => {
				const m = (
					globalThis as unknown as { mermaid: { render(id: string, src: string): Promise<{ svg: string }> } }
				).mermaid;
				try {
					const { svg } = await m.render(id, src);
					return { svg };
				} catch (e) {
					return { error: e instanceof Error ? e.message : String(e) };
				} finally {
					document.getElementById(id)?.remove();
					document.getElementById(`d${id}`)?.remove();
				}
			},
			{ id: renderId, src: source },
		);
		state.stats.drawMs += performance.now() - started;
		if ('error' in result) throw new Error(`Mermaid could not render the diagram: ${result.error}\n--- source ---\n${source}`);
		state.stats.browserRenders++;
		return result.svg;
	};
	const next = state.queue.then(run, run);
	state.queue = next.catch(() => {});
	return next;
}

/**
 * Make the root <svg> scalable and free of inline style. Mermaid writes
 * `width="100%" style="max-width: Npx;"`; the style attribute fails
 * html-validate's no-inline-style and needs CSP 'unsafe-inline'. It becomes
 * `width`/`height` attributes holding the natural size taken from the viewBox
 * (kept), and diagram.css (`max-width: 100%; height: auto`) lets it shrink
 * with its container but never grow past that size.
 */
export function makeResponsive(svg: string): string {
	return svg.replace(/^<svg\b[^>]*>/, (tag) => {
		const viewBox = /\sviewBox="([^"]*)"/.exec(tag)?.[1]?.trim().split(/[\s,]+/).map(Number);
		let out = tag.replace(/\s(?:width|height)="[^"]*"/g, '');
		out = out.replace(/\sstyle="([^"]*)"/, (_, css: string) => {
			const rest = css
				.split(';')
				.map((d) => d.trim())
				.filter((d) => d && !/^max-width\s*:/i.test(d));
			return rest.length ? ` style="${rest.join('; ')};"` : '';
		});
		if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
			const [, , w, h] = viewBox as [number, number, number, number];
			out = out.replace(/^<svg\b/, `<svg width="${Math.ceil(w)}" height="${Math.ceil(h)}"`);
		}
		return out;
	});
}

async function readCache(file: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch {
		return undefined;
	}
}

async function writeCache(file: string, svg: string): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
	await writeFile(tmp, svg, 'utf8');
	await rename(tmp, file);
}

/** The SVG for a source with the placeholder id, from cache or Chromium. */
function renderCached(source: string, hash: string): Promise<string> {
	const state = diagramsState();
	const existing = state.inflight.get(hash);
	if (existing) return existing;
	const promise = (async () => {
		const file = path.join(cacheDir(), `${hash}.svg`);
		const cached = await readCache(file);
		if (cached !== undefined) {
			state.stats.cacheHits++;
			return cached;
		}
		const svg = themeSvg(makeResponsive(await renderInBrowser(source, placeholderId(hash))));
		await writeCache(file, svg);
		return svg;
	})();
	state.inflight.set(hash, promise);
	void promise.then(
		() => state.inflight.delete(hash),
		() => state.inflight.delete(hash),
	);
	return promise;
}

/**
 * Render one diagram. Resolves to the SVG markup (every id inside prefixed
 * with `id`), or to null in client mode (see module comment).
 */
export async function renderDiagram(source: string, id: string): Promise<string | null> {
	assertDiagramId(id);
	if (renderMode() === 'client') {
		warnClientModeOnce();
		return null;
	}
	const hash = diagramHash(source);
	let svg: string;
	try {
		svg = await renderCached(source, hash);
	} catch (e) {
		throw new Error(`Diagram "${id}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
	}
	return svg.split(placeholderId(hash)).join(id);
}

/** Render several diagrams; ids must be unique. */
export async function renderDiagrams(sources: readonly DiagramSource[]): Promise<Map<string, string | null>> {
	const ids = new Set<string>();
	for (const { id } of sources) {
		if (ids.has(id)) throw new Error(`Duplicate diagram id "${id}"`);
		ids.add(id);
	}
	const svgs = await Promise.all(sources.map(({ source, id }) => renderDiagram(source, id)));
	return new Map(sources.map(({ id }, i) => [id, svgs[i] ?? null]));
}

/**
 * Closes the charts' page and keeps the browser: once every page is built no
 * chart is drawn again, and the briefing book prints in its own tabs, so the
 * page's renderer (Mermaid and every chart drawn) need not stay in memory.
 */
export async function closeDiagramPage(): Promise<void> {
	const state = diagramsState();
	const page = state.page;
	state.page = null;
	try {
		await (await page)?.close();
	} catch {
		/* never opened, or already gone */
	}
}

/** Close the shared browser (end of build, dev server closing, tests). Safe to call twice. */
export async function closeRenderer(): Promise<void> {
	const state = diagramsState();
	const browser = state.browser;
	state.browser = null;
	state.page = null;
	state.inflight.clear();
	if (!browser) return;
	try {
		await (await browser).close();
	} catch {
		/* already gone */
	}
}
