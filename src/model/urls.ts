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

/** The language of a page from its path (`/{base}/{lang}/…`), or undefined outside /fr/ and /en/. */
export function langOfPath(pathname: string): 'fr' | 'en' | undefined {
	const lang = pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length).split('/')[0];
	return lang === 'fr' || lang === 'en' ? lang : undefined;
}

/** The language of the page being rendered, for MDX components (which only /fr/ and /en/ pages have). */
export function langOfUrl(url: URL): 'fr' | 'en' {
	const lang = langOfPath(url.pathname);
	if (!lang) throw new Error(`Cannot tell the language of ${url.pathname}: MDX components are for /fr/ and /en/ pages`);
	return lang;
}
