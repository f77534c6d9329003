// The site model for this Astro build (or dev server): every page, component,
// chart and the sitemap reads it through getSiteModel().
import { getCollection } from 'astro:content';
import { CONTENT_FILES } from './collections.ts';
import { contentSignature } from './load-content.ts';
import { createSiteModel, type SiteModel } from './site-model.ts';

export type { SiteModel };

let cached: { signature: string; model: Promise<SiteModel> } | undefined;

/**
 * Built once: in a build, once for all pages; in dev, again only when a content
 * file has changed since. Drafts show in `astro dev` only.
 */
export function getSiteModel(): Promise<SiteModel> {
	const signature = import.meta.env.DEV ? contentSignature(process.cwd(), CONTENT_FILES) : 'build';
	if (cached?.signature !== signature) {
		cached = {
			signature,
			model: getCollection('pages').then((pageEntries) =>
				createSiteModel({ root: process.cwd(), files: CONTENT_FILES, production: !import.meta.env.DEV, pageEntries }),
			),
		};
	}
	return cached.model;
}
