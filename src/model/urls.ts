// URLs under the configured base, so the same build works at / or /cm/.
import { isLang, type Lang } from '../i18n/languages.ts';

/** Site-relative href for a route path such as `fr/priorites/` ('' for the root). */
export function href(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** Absolute URL for canonical links, alternates and the sitemap. */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
	if (!site) throw new Error('SITE_URL is not set: canonical URLs need the site origin');
	return new URL(href(path), site).href;
}

/** The language of a page from its path (`/{base}/{lang}/…`), or undefined outside the language folders. */
export function langOfPath(pathname: string): Lang | undefined {
	const lang = pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length).split('/')[0];
	return isLang(lang) ? lang : undefined;
}

