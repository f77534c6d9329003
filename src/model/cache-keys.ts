// The key of each page for Astro's incremental build (`experimental.
// incrementalBuild`): a page whose key, code and rendered content entries are
// unchanged since the last build is copied from it instead of rendered again.
// Astro tracks the code (each route's module graph, the lockfile, the
// config) and the MDX entry a page renders. The middleware that sets every
// page's contents, acronyms and typography is outside the route's graph:
// this module imports it, so that the route's graph (which imports this
// module) changes with it. The key is everything else the page shows. It is
// deliberately wide: all content data and every page's frontmatter, the
// routes, today's date (the records are read as of today), the settings read
// from the environment, and the page's own route data (its date from git, its
// translation notice). An edit to a data file or a title renders every page
// again; an edit to one page's prose renders that page, and those whose date
// or notice it moves.
import { createHash } from 'node:crypto';
import { resolvePageLinks } from '../config/deployment.ts';
import { bookEnabled, bookPaper } from '../book/config.ts';
import { DATA_COLLECTION_NAMES } from './collections.ts';
import { renderMode } from '../diagrams/render.ts';
// In the route's module graph, so that a change to the pages' post-processing renders every page again.
import '../middleware.ts';
import { routeData } from './route-data.ts';
import type { Route } from './routes.ts';
import type { SiteModel } from './site-model.ts';

const sha = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex');

/** What every page may show: the same for all pages of one build. */
export function siteDigest(model: SiteModel, env: NodeJS.ProcessEnv = process.env): string {
	const { content } = model;
	return sha({
		data: DATA_COLLECTION_NAMES.map((name) => [name, content[name].map((e) => e.data)]),
		// A page's frontmatter (title, description, slug, view…) is shown on other pages; its prose is not.
		pages: content.pages.map((p) => [p.entryId, p.lang, p.data]),
		routes: model.routes.map((r) => [r.key, r.lang, r.path]),
		today: model.today,
		// Charts drawn at build or in the reader's browser (no Chromium found, or DIAGRAMS_RENDER=client).
		env: { links: resolvePageLinks(env), book: bookEnabled(env) && bookPaper(env), diagrams: renderMode(env) },
	});
}

/** The key of one page: the site's digest, its own route data and notice, and its own prose. */
export function cacheKey(model: SiteModel, route: Route, site: string): string {
	return sha({
		site,
		route: routeData(model, route),
		stale: model.staleTranslation(route) ?? null,
		prose: route.kind === 'page' ? sha(route.page.body) : null,
	});
}
