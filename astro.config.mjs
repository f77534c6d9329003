// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import jcDiagrams, { mermaidFences } from './src/diagrams/integration.ts';
import briefingBook from './src/book/integration.ts';
import mdxCompileLog from './src/build-log/mdx-compile.ts';
import { resolveDeployment } from './src/config/deployment.ts';

// Host and path come from the environment so one tree builds for any host:
// SITE_URL (e.g. https://councils.example.ca) and BASE_PATH (e.g. /cm/).
const { site, base, outDir } = resolveDeployment(process.env);

export default defineConfig({
	site,
	base,
	outDir,
	// Fixture builds in the tests keep their content cache apart from the real site's.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: 'always',
	build: { format: 'directory', concurrency: 4 },
	// A rebuild copies each page whose code, content and key (src/model/cache-keys.ts) are
	// unchanged from the previous build, kept in the cache folder, instead of rendering it.
	experimental: { incrementalBuild: true },
	// Content-Security-Policy as a <meta> on every page, with hashes of Astro's own scripts.
	// Styles allow 'unsafe-inline': Mermaid's inline SVG carries <style> and style attributes.
	// 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search (its worker follows the header
	// policy, so public/_headers must carry it too). public/_headers sends the
	// same policy as a header (plus frame-ancestors, which a <meta> cannot carry).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
		},
	},
	// ```mermaid fences in MDX render like the generated charts (build-time SVG).
	markdown: { processor: satteri({ mdastPlugins: [mermaidFences()] }) },
	// The briefing book prints in the diagrams' browser: its hook runs before jcDiagrams closes it.
	// mdxCompileLog times @astrojs/mdx's compile for the build log (the benchmark reads it).
	integrations: [mdx(), mdxCompileLog(), briefingBook(), jcDiagrams()],
	vite: {
		// Scripts ship as files, never inlined: the search page's dynamic import of Pagefind
		// breaks when inlined (Vite's preload helper is left undefined), and files keep the
		// CSP's script hashes stable and cacheable.
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro marks each content module with a "use astro:head-inject" directive
				// for its own head propagation; the bundler warns once per MDX page that it
				// may not keep it, which buries real warnings. Only that warning is dropped.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
});
