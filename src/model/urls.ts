// URLs under the configured base, so the same build works at / or /cm/.

/** Site-relative href for a route path such as `fr/priorites/` ('' for the root). */
export function href(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** Absolute URL for canonical links, alternates and the sitemap. */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
	if (!site) throw new Error('SITE_URL is not set: canonical URLs need the site origin');
	return new URL(href(path), site).href;
}

/** The language of the page being rendered, from its URL (`/{base}/{lang}/…`). */
export function langOfUrl(url: URL): 'fr' | 'en' {
	const rest = url.pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length);
	const lang = rest.split('/')[0];
	if (lang === 'fr' || lang === 'en') return lang;
	throw new Error(`Cannot tell the language of ${url.pathname}: MDX components are for /fr/ and /en/ pages`);
}
