/**
 * The one Mermaid configuration, used at build time (render.ts) and by the
 * client fallback (clientFallback.ts), and part of the cache key.
 *
 * - securityLevel 'strict': labels are sanitised, no click handlers/scripts.
 * - htmlLabels false: labels are SVG <text>, not <foreignObject> HTML, so the
 *   SVG prints and stays legible outside browsers. (Root-level `htmlLabels` is
 *   the setting Mermaid 12 reads; `flowchart.htmlLabels` is deprecated and
 *   only kept for older readers of this config.)
 * - secure: keys a diagram's own `%%{init}%%` directive cannot override, so a
 *   fence in MDX can never turn HTML labels on, lower the security level or
 *   inject theme CSS (check:content also refuses such directives).
 * - layout 'elk': bundled in mermaid 12's mermaid.min.js and ESM build; the
 *   separate @mermaid-js/layout-elk package is only for builds without it
 *   (mermaid.tiny.js), so it is not installed.
 */

/**
 * System font stack. At build time Chromium measures text with the build
 * machine's fonts (on Debian `system-ui` resolves to DejaVu Sans, a wide font),
 * so boxes are sized generously for the narrower fonts readers usually have.
 */
export const FONT_STACK =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export const MERMAID_CONFIG = {
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'neutral',
	layout: 'elk',
	htmlLabels: false,
	flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: 180 },
	fontFamily: FONT_STACK,
	deterministicIds: true,
	// Mermaid's rounded shapes are drawn with random control points unless seeded: a seed makes every build's SVG the same (CDN caches, the book's cache, diffs).
	handDrawnSeed: 1,
	secure: [
		'secure',
		'securityLevel',
		'startOnLoad',
		'maxTextSize',
		'suppressErrorRendering',
		'maxEdges',
		'htmlLabels',
		'flowchart',
		'theme',
		'themeCSS',
		'themeVariables',
		'fontFamily',
		'dompurifyConfig',
		'layout',
		'elk',
	],
} as const;

/** Bump when render.ts changes what it does to Mermaid's SVG (invalidates the cache). */
export const POSTPROCESS_VERSION = 3;
