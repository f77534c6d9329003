/**
 * Astro integration `jc-diagrams` and the Markdown/MDX plugin for ```mermaid fences.
 *
 * The integration:
 * - records the site `base` (for the client fallback's script URL);
 * - closes the shared Chromium at `astro:build:done` and when the dev server closes;
 * - copies Mermaid's ESM bundle into the build output only if some page used
 *   the client fallback during the build;
 * - in dev, serves that bundle from node_modules at `<base>_jc-diagrams/…`.
 *
 * ── Wiring (astro.config.mjs, done by the lead) ────────────────────────────
 *
 * Astro 7 renders Markdown and MDX with Sätteri by default. `@astrojs/mdx` 8
 * still accepts `remarkPlugins`/`rehypePlugins`, but they are deprecated and
 * IGNORED (with a warning) unless `@astrojs/markdown-remark` is installed and
 * set as `markdown.processor: unified({...})`. So the fence plugin here is a
 * Sätteri mdast plugin, passed through `satteri({ mdastPlugins })` from
 * `@astrojs/markdown-satteri` (already installed as a dependency of astro and
 * @astrojs/mdx; add it to package.json to import it from the config):
 *
 *   import { satteri } from '@astrojs/markdown-satteri';
 *   import jcDiagrams, { mermaidFences } from './src/diagrams/integration.ts';
 *
 *   export default defineConfig({
 *     // .md and .mdx (MDX inherits markdown.processor by default):
 *     markdown: { processor: satteri({ mdastPlugins: [mermaidFences()] }) },
 *     integrations: [mdx(), jcDiagrams()],
 *   });
 *
 * (or only for MDX: `mdx({ processor: satteri({ mdastPlugins: [mermaidFences()] }) })`).
 * A fence may carry a title and a description, used as the SVG's accessible
 * name/description and as the caption:
 *
 *   ```mermaid title="Cycle de planification" desc="Quatre étapes, de … à …"
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import {
	CLIENT_ASSET_DIR,
	CLIENT_INIT_FILE,
	CLIENT_INIT_SCRIPT,
	clientFallbackHtml,
	clientFallbackUsed,
	clientScriptTag,
	copyMermaidBundle,
	mermaidBundleFiles,
	resetClientFallbackUsed,
} from './clientFallback.ts';
import { escapeAccText, escapeHtml, toSingleLine } from './escape.ts';
import { closeRenderer, getRenderStats, renderDiagram, resetRenderStats } from './render.ts';
import { diagramsState, type RenderStats } from './state.ts';
import { seconds } from '../build-log/seconds.ts';

export interface JcDiagramsOptions {
	/** Serve the client bundle in `astro dev` (default true). */
	serveClientBundleInDev?: boolean;
}

/**
 * The build log's line on the charts (the benchmark reads it): how many were
 * drawn in Chromium and for how long, and how many came from the cache.
 */
export function chartsReport(stats: RenderStats): string {
	const cached = `${stats.cacheHits} from the cache`;
	if (!stats.browserRenders) return `charts: none drawn in Chromium, ${cached}`;
	return (
		`charts: ${stats.browserRenders} drawn in Chromium in ${seconds(stats.drawMs)}, one after the other ` +
		`(browser and Mermaid started in ${seconds(stats.startMs)}), ${cached}`
	);
}

export default function jcDiagrams(options: JcDiagramsOptions = {}): AstroIntegration {
	return {
		name: 'jc-diagrams',
		hooks: {
			'astro:config:setup': ({ config }) => {
				diagramsState().base = config.base || '/';
				resetClientFallbackUsed();
				resetRenderStats();
			},
			'astro:server:setup': async ({ server }) => {
				server.httpServer?.once('close', () => void closeRenderer());
				if (options.serveClientBundleInDev === false) return;
				const { distDir, files } = await mermaidBundleFiles();
				const allowed = new Set(files);
				const base = diagramsState().base.replace(/\/?$/, '/');
				const dirPath = `/${CLIENT_ASSET_DIR}/`;
				server.middlewares.use((req, res, next) => {
					// Astro's dev server may already have stripped `base` from the URL.
					let url = (req.url ?? '').split('?')[0] ?? '';
					if (url.startsWith(base)) url = `/${url.slice(base.length)}`;
					if (!url.startsWith(dirPath)) return next();
					let rel: string;
					try {
						rel = decodeURIComponent(url.slice(dirPath.length));
					} catch {
						return next();
					}
					const file = path.join(distDir, rel);
					const known = rel === CLIENT_INIT_FILE || (allowed.has(rel) && existsSync(file) && statSync(file).isFile());
					if (!known) return next();
					res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
					if (rel === CLIENT_INIT_FILE) return res.end(CLIENT_INIT_SCRIPT);
					createReadStream(file).pipe(res);
				});
			},
			'astro:server:done': async () => {
				await closeRenderer();
			},
			'astro:build:done': async ({ dir, logger }) => {
				await closeRenderer();
				logger.info(chartsReport(getRenderStats()));
				if (clientFallbackUsed()) {
					const { dir: dest, files } = await copyMermaidBundle(dir);
					logger.warn(`diagrams used the client fallback: copied ${files} Mermaid files to ${dest}`);
				}
			},
		},
	};
}

// ── Fence plugin (Sätteri mdast plugin) ─────────────────────────────────────

/** The parts of an mdast `code` node the plugin reads. */
interface CodeNode {
	readonly type: 'code';
	readonly lang?: string | null | undefined;
	readonly meta?: string | null | undefined;
	readonly value: string;
}
/** Raw content spliced back into the tree and re-parsed as Markdown/MDX. */
interface RawContent {
	raw: string;
	mdxExpressions: boolean;
}
interface VisitorContext {
	readonly data: Record<string, unknown>;
	readonly fileURL?: URL | undefined;
	readonly sourceFormat?: 'markdown' | 'mdx' | undefined;
}
/** Structurally a Sätteri `MdastPluginDefinition` (not imported: satteri is not a direct dependency). */
export interface MermaidFencePlugin {
	name: string;
	code: (node: Readonly<CodeNode>, ctx: VisitorContext) => Promise<RawContent | undefined>;
}

export interface MermaidFenceOptions {
	/** Fence language that triggers the plugin (default "mermaid"). */
	lang?: string;
}

/** `title="…"`, `title='…'` or `title=word` in the fence meta. */
export function readMetaAttribute(meta: string | null | undefined, name: string): string | undefined {
	if (!meta) return undefined;
	const re = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|(\\S+))`);
	const m = re.exec(meta);
	const value = m?.[1] ?? m?.[2] ?? m?.[3];
	return value ? toSingleLine(value) : undefined;
}

/**
 * Insert accTitle/accDescr after the diagram-type line, unless the source has
 * them already or starts with YAML front matter (left untouched).
 */
export function withAccessibility(source: string, title?: string, description?: string): string {
	if (!title && !description) return source;
	if (/^\s*---/.test(source)) return source;
	const lines = source.split('\n');
	const typeLine = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
	if (typeLine < 0) return source;
	const add: string[] = [];
	if (title && !/^\s*accTitle\s*:/m.test(source)) add.push(`accTitle: ${escapeAccText(title)}`);
	if (description && !/^\s*accDescr\s*[:{]/m.test(source)) add.push(`accDescr: ${escapeAccText(description)}`);
	lines.splice(typeLine + 1, 0, ...add);
	return lines.join('\n');
}

/** HTML for a rendered fence: figure, graphic kept out of the search index, optional caption. */
export function fenceFigureHtml(inner: string, title?: string): string {
	const caption = title ? `<figcaption class="jc-diagram__caption">${escapeHtml(title)}</figcaption>` : '';
	return `<figure class="jc-diagram"><div class="jc-diagram__graphic" data-pagefind-ignore="all">${inner}</div>${caption}</figure>`;
}

/**
 * Raw HTML for the tree. In Markdown the raw block is emitted verbatim. In MDX
 * the raw string is re-parsed as MDX, where HTML becomes JSX and its text goes
 * through Markdown inline processing: smart punctuation then turns the quotes
 * of the SVG's <style> into “curly” ones and `--mermaid-…` into an en dash,
 * and Astro escapes `"` in JSX text. So in MDX the HTML is handed over as a JS
 * string literal to `<Fragment set:html={…} />` (Astro's MDX provides Fragment),
 * which no Markdown step touches.
 */
export function spliceHtml(html: string, sourceFormat: 'markdown' | 'mdx' | undefined): RawContent {
	if (sourceFormat === 'mdx') return { raw: `<Fragment set:html={${JSON.stringify(html)}} />`, mdxExpressions: true };
	return { raw: html, mdxExpressions: false };
}

/**
 * Sätteri mdast plugin turning ```mermaid fences into the build-time SVG (or,
 * in client mode, the `<pre class="mermaid">` fallback and its script).
 */
export function mermaidFences(options: MermaidFenceOptions = {}): MermaidFencePlugin {
	const lang = options.lang ?? 'mermaid';
	return {
		name: 'jc-diagrams-mermaid-fences',
		async code(node, ctx) {
			if (node.lang !== lang) return undefined;
			const count = ((ctx.data.jcDiagramsFenceCount as number | undefined) ?? 0) + 1;
			ctx.data.jcDiagramsFenceCount = count;
			const title = readMetaAttribute(node.meta, 'title');
			const description = readMetaAttribute(node.meta, 'desc') ?? readMetaAttribute(node.meta, 'description');
			const source = withAccessibility(node.value, title, description);
			const fileKey = createHash('sha256')
				.update(ctx.fileURL?.href ?? '')
				.digest('hex')
				.slice(0, 8);
			const id = `md-${fileKey}-${count}`;
			let svg: string | null;
			try {
				svg = await renderDiagram(source, id);
			} catch (e) {
				const where = ctx.fileURL ? ` in ${ctx.fileURL.pathname}` : '';
				throw new Error(`mermaid fence #${count}${where}: ${e instanceof Error ? e.message : String(e)}`);
			}
			const inner = svg ?? `${clientFallbackHtml(source, id)}${clientScriptTag()}`;
			return spliceHtml(fenceFigureHtml(inner, title), ctx.sourceFormat);
		},
	};
}
