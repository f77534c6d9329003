import type { SitemapItemLoose } from 'sitemap';
import { LANGS } from '../i18n/languages.ts';
import type { SiteModel } from './site-model.ts';
import { absoluteUrl } from './urls.ts';
import { bookEnabled, bookPath } from '../book/config.ts';

/** One sitemap item per published language page, each listing every language and x-default. */
export function sitemapEntries(model: SiteModel, site: URL | undefined): SitemapItemLoose[] {
	const notFoundKeys = new Set(model.content.pages.filter((p) => p.data.view === 'not-found').map((p) => `page:${p.data.translationKey}`));
	const root = absoluteUrl('', site);
	const items: SitemapItemLoose[] = [
		{
			url: root,
			links: [...LANGS.map((l) => ({ lang: l as string, url: absoluteUrl(`${l}/`, site) })), { lang: 'x-default', url: root }],
		},
	];
	for (const route of model.routes) {
		if (notFoundKeys.has(route.key)) continue;
		const versions = [route, ...model.counterparts(route)].sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
		items.push({
			url: absoluteUrl(route.path, site),
			lastmod: model.dateModified(route),
			links: [
				...versions.map((r) => ({ lang: r.lang, url: absoluteUrl(r.path, site) })),
				{ lang: 'x-default', url: root },
			],
		});
	}
	// The briefing books, each listing the other languages' (made at the end of the build).
	if (bookEnabled())
		for (const lang of LANGS)
			items.push({
				url: absoluteUrl(bookPath(lang), site),
				links: LANGS.map((l) => ({ lang: l as string, url: absoluteUrl(bookPath(l), site) })),
			});
	return items;
}
