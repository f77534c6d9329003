// Post-processes every page's HTML (at build time for static pages, per
// request in dev): typography set by language on every text node; in language
// pages, « Sur cette page » filled from the page's headings, acronyms expanded with <abbr> on first use and links editors wrote
// from the site root prefixed with the base path. A page that fails to render
// names the content file behind it, not only its URL.
import { defineMiddleware } from 'astro:middleware';
import { expandAbbreviations } from './html/abbreviations.ts';
import { transformPage } from './html/page-html.ts';
import { typesetTree } from './html/typography.ts';
import { fillToc } from './html/toc.ts';
import { DEFAULT_LANG, isLang } from './i18n/languages.ts';
import { prefixRootLinks } from './html/base-links.ts';
import { abbreviationsFor } from './model/abbreviation-list.ts';
import { getSiteModel } from './model/site.ts';
import { langOfPath } from './model/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	let response: Response;
	try {
		response = await next();
	} catch (error) {
		const route = context.locals.page?.route;
		if (!route || !(error instanceof Error)) throw error;
		throw new Error(`${route.file} (page /${route.path}): ${error.message}`, { cause: error });
	}
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const lang = langOfPath(context.url.pathname);
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const abbreviations = lang ? abbreviationsFor((await getSiteModel()).content, lang) : undefined;
	const out = transformPage(await response.text(), (page) => {
		fillToc(page.tree, page.main);
		if (page.main && abbreviations) {
			prefixRootLinks(page.main, base);
			expandAbbreviations(page.main, abbreviations);
		}
		typesetTree(page.tree, page.lang && isLang(page.lang) ? page.lang : (lang ?? DEFAULT_LANG));
	});
	return new Response(out, { status: response.status, headers: response.headers });
});
