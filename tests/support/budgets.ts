/**
 * Page-weight and client-script budgets, in one place.
 *
 * Pages are static HTML and CSS. Client JavaScript is allowed only where it is
 * listed below, with the pages that may load it and the reason.
 */

/** Maximum of gzip(HTML) + gzip(each same-origin stylesheet it links), per page. */
export const MAX_PAGE_GZIP_BYTES = 15 * 1024;

/**
 * Pages that carry org charts or the logic model inline their SVG (so readers
 * download no diagram JavaScript): they get their own, larger budget.
 */
export const MAX_DIAGRAM_PAGE_GZIP_BYTES = 64 * 1024;

/** The budget that applies to a page, from its HTML. */
export function pageBudget(html: string): number {
	return /class="jc-diagram[\s"]/.test(html) ? MAX_DIAGRAM_PAGE_GZIP_BYTES : MAX_PAGE_GZIP_BYTES;
}

export interface ScriptAllowance {
	/**
	 * An external script allowed by its source, as a site path (the base path
	 * replaced by `/`), e.g. `/pagefind/pagefind-ui.js`, or a pattern for
	 * hashed names such as /^\/_astro\/Search\.[\w-]+\.js$/.
	 */
	src?: string | RegExp;
	/** An inline script allowed by its content. */
	inline?: RegExp;
	/**
	 * Pages that may carry it, as site paths (base replaced by `/`), e.g.
	 * /^\/(fr\/recherche|en\/search)\/$/. Omitted: any page.
	 */
	pages?: RegExp;
	/** Why the page needs it. */
	reason: string;
}

/**
 * Scripts allowed on pages, each only where it is needed. Every other page
 * ships no client JavaScript. (The diagram fallback will add its entry here.)
 */
export const SCRIPT_ALLOWLIST: readonly ScriptAllowance[] = [
	{
		src: /^\/_astro\/SearchView\.[^/]*\.js$/,
		pages: /^\/(fr\/recherche|en\/search)\/$/,
		reason: 'The search page runs queries; Pagefind itself is imported only when the reader searches.',
	},
	{
		src: /^\/_astro\/MeasuresView\.[^/]*\.js$/,
		pages: /^\/(fr\/mesures|en\/measures)\/$/,
		reason: 'The register filters its rows by deck, kind, body and status; without it, its groups and anchors do.',
	},
];

/** `<script type>` values that hold data, not code (never executed). */
export const DATA_SCRIPT_TYPES: readonly string[] = ['application/ld+json', 'application/json'];

function matches(pattern: string | RegExp, value: string): boolean {
	return typeof pattern === 'string' ? pattern === value : pattern.test(value);
}

/** Whether an external script (site path of its src) may appear on a page (site path). */
export function isScriptSrcAllowed(sitePath: string, src: string): boolean {
	return SCRIPT_ALLOWLIST.some(
		(a) => a.src !== undefined && matches(a.src, src) && (a.pages === undefined || a.pages.test(sitePath)),
	);
}

/** Whether an inline script with this content may appear on a page (site path). */
export function isInlineScriptAllowed(sitePath: string, content: string): boolean {
	return SCRIPT_ALLOWLIST.some(
		(a) => a.inline !== undefined && a.inline.test(content) && (a.pages === undefined || a.pages.test(sitePath)),
	);
}
