// Post-processes every language page's HTML (at build time for static pages,
// per request in dev): acronyms expanded with <abbr> on first use.
import { defineMiddleware } from 'astro:middleware';
import { expandAbbreviationsInHtml } from './html/abbreviations.ts';
import { abbreviationsFor } from './model/abbreviation-list.ts';
import { getSiteModel } from './model/site.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const rest = context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length);
	const lang = rest.split('/')[0];
	if (lang !== 'fr' && lang !== 'en') return response;
	const html = await response.text();
	const model = await getSiteModel();
	const out = expandAbbreviationsInHtml(html, abbreviationsFor(model.content, lang));
	return new Response(out, { status: response.status, headers: response.headers });
});
