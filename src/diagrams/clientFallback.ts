/**
 * What a page needs when diagrams cannot be rendered at build time (no
 * Chromium, or DIAGRAMS_RENDER=client): the diagram source in a
 * `<pre class="mermaid">` and a module script that loads the self-hosted
 * Mermaid ESM bundle and renders it with the same configuration as the build.
 *
 * Files are not copied here: `copyMermaidBundle(outDir)` is called by the
 * integration at the end of a build, and only when `clientFallbackHtml()` was
 * called during that build (flag kept in state.ts). In dev, the integration
 * serves the same files from node_modules.
 *
 * Under the site's CSP (script-src 'self' + hashes) the external module script
 * and Mermaid's lazily imported chunks load from 'self'; Mermaid's inline
 * styles need `style-src 'unsafe-inline'` (see stack notes), as the
 * build-time SVG does.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERMAID_CONFIG } from './config.ts';
import { escapeHtml } from './escape.ts';
import { resolvePackageFile } from './render.ts';
import { diagramsState } from './state.ts';

/** Folder, under the site root (after `base`), holding the bundle and the init script. */
export const CLIENT_ASSET_DIR = '_jc-diagrams';
export const CLIENT_BUNDLE_FILE = 'mermaid.esm.min.mjs';
export const CLIENT_INIT_FILE = 'init.mjs';

function joinBase(base: string, rel: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b.startsWith('/') ? b : `/${b}`}${rel}`;
}

/** Public URL of Mermaid's ESM bundle (its chunks sit next to it under chunks/). */
export function clientBundlePath(base: string = diagramsState().base): string {
	return joinBase(base, `${CLIENT_ASSET_DIR}/${CLIENT_BUNDLE_FILE}`);
}

/** Public URL of the init script that the page loads with `<script type="module" src>`. */
export function clientInitScriptPath(base: string = diagramsState().base): string {
	return joinBase(base, `${CLIENT_ASSET_DIR}/${CLIENT_INIT_FILE}`);
}

/** Text of the init script (written next to the bundle). */
export const CLIENT_INIT_SCRIPT = `// Renders <pre class="mermaid"> blocks left by the jc-diagrams client fallback.
import mermaid from './${CLIENT_BUNDLE_FILE}';
mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)});
await mermaid.run({ querySelector: 'pre.mermaid' });
`;

export function markClientFallbackUsed(): void {
	diagramsState().clientFallbackUsed = true;
}
export function clientFallbackUsed(): boolean {
	return diagramsState().clientFallbackUsed;
}
export function resetClientFallbackUsed(): void {
	diagramsState().clientFallbackUsed = false;
}

/**
 * `<pre class="mermaid">` holding the HTML-escaped source, excluded from the
 * search index. Records that the bundle must be shipped with this build.
 */
export function clientFallbackHtml(source: string, id: string): string {
	markClientFallbackUsed();
	return `<pre class="mermaid jc-diagram__source" id="${escapeHtml(id)}" data-pagefind-ignore="all">${escapeHtml(source)}</pre>`;
}

/** The module script tag for the fallback (identical tags on one page run once). */
export function clientScriptTag(base: string = diagramsState().base): string {
	return `<script type="module" src="${escapeHtml(clientInitScriptPath(base))}"></script>`;
}

/** Files of the ESM bundle, relative to mermaid/dist (source maps left out). */
export async function mermaidBundleFiles(): Promise<{ distDir: string; files: string[] }> {
	const distDir = path.dirname(resolvePackageFile(`mermaid/dist/${CLIENT_BUNDLE_FILE}`));
	const chunkDir = path.join(distDir, 'chunks', 'mermaid.esm.min');
	const chunks = (await readdir(chunkDir)).filter((f) => f.endsWith('.mjs')).map((f) => `chunks/mermaid.esm.min/${f}`);
	return { distDir, files: [CLIENT_BUNDLE_FILE, ...chunks] };
}

/**
 * Copy Mermaid's ESM bundle and the init script to `<outDir>/_jc-diagrams/`.
 * Returns the destination folder and the number of files written.
 */
export async function copyMermaidBundle(outDir: string | URL): Promise<{ dir: string; files: number }> {
	const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
	const dest = path.join(root, CLIENT_ASSET_DIR);
	const { distDir, files } = await mermaidBundleFiles();
	await mkdir(path.join(dest, 'chunks', 'mermaid.esm.min'), { recursive: true });
	await Promise.all(files.map((f) => copyFile(path.join(distDir, f), path.join(dest, f))));
	await writeFile(path.join(dest, CLIENT_INIT_FILE), CLIENT_INIT_SCRIPT, 'utf8');
	return { dir: dest, files: files.length + 1 };
}
