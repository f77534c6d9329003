// sitemap.xml with hreflang alternates for every translated pair. Astro's
// sitemap integration pairs pages only by identical paths, and ours have
// slugs in each language, so the pairs come from the site model instead.
import type { APIRoute } from 'astro';
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';
import { getSiteModel } from '../model/site.ts';
import { sitemapEntries } from '../model/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
	const model = await getSiteModel();
	const entries = sitemapEntries(model, site);
	const xml = await streamToPromise(Readable.from(entries).pipe(new SitemapStream({ xslUrl: undefined })));
	return new Response(xml.toString(), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
