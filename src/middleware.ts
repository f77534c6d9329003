// Post-processes every language page's HTML (at build time for static pages,
// per request in dev): acronyms expanded with <abbr> on first use, and links
// editors wrote from the site root prefixed with the base path. A page that
// fails to render names the content file behind it, not only its URL.
import { defineMiddleware } from 'astro:middleware';
import { expandAbbreviations } from './html/abbreviations.ts';
import { transformMain } from './html/main-element.ts';
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
	if (!lang) return response;
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const model = await getSiteModel();
	const abbreviations = abbreviationsFor(model.content, lang);
	const out = transformMain(await response.text(), (main) => {
		prefixRootLinks(main, base);
		expandAbbreviations(main, abbreviations);
	});
	return new Response(out, { status: response.status, headers: response.headers });
});
