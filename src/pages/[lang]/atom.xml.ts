// /{lang}/atom.xml: the Atom feed of the major changes, one per language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../feeds/atom.ts';
import { LANGS, type Lang } from '../../i18n/languages.ts';
import { getSiteModel } from '../../model/site.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const model = await getSiteModel();
	return new Response(atomFeed(model, params.lang as Lang, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
