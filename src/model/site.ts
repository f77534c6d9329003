// The site model: validated content, routes and derived relations, computed
// once per build and read by every page, component, chart and the sitemap.
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../schemas/common.ts';
import type { BodyEntry } from '../schemas/bodies.ts';
import { DATA_SCHEMAS } from './schemas.ts';
import { ContentValidationError, type ContentSet, type Located, type PageRecord } from './content-set.ts';
import { CONTENT_FILES, type DataCollection } from './content-files.ts';
import { lastModified, readGitDates } from './git-dates.ts';
import { contentSignature } from './content-signature.ts';
import { buildRoutes, type Route } from './routes.ts';
import { validateContent } from './validate.ts';
import { publishable } from './drafts.ts';
import { translationStatus, type TranslationPair } from './translation-status.ts';

export interface SiteModel {
	content: ContentSet;
	routes: Route[];
	pageEntries: Map<string, CollectionEntry<'pages'>>;
	route(key: string, lang: Lang): Route | undefined;
	counterpart(route: Route): Route;
	routesIn(lang: Lang): Route[];
	/** For a page whose translation may be out of date: the other language and the day it changed. */
	staleTranslation(route: Route): { newer: Lang; date: string } | undefined;
	/** YYYY-MM-DD the route's sources last changed (frontmatter may override). */
	dateModified(route: Route): string;
	body(id: string): BodyEntry;
	get<C extends DataCollection>(collection: C, id: string): ContentSet[C][number]['data'];
}

let cached: { signature: string; model: Promise<SiteModel> } | undefined;

/**
 * The model for this build; validation errors fail the build with every problem listed.
 * Every component of every page asks for it, so it is built once: in a build, once for
 * all pages; in dev, again only when a content file has changed since.
 */
export function getSiteModel(): Promise<SiteModel> {
	const signature = import.meta.env.DEV ? contentSignature(CONTENT_FILES) : 'build';
	if (cached?.signature !== signature) cached = { signature, model: buildSiteModel() };
	return cached.model;
}

async function readCollections(): Promise<{ set: ContentSet; pageEntries: CollectionEntry<'pages'>[] }> {
	const pageEntries = await getCollection('pages');
	const pages: PageRecord[] = pageEntries.map((e) => ({
		file: e.filePath ?? `${CONTENT_FILES.pagesDir.replace(/^\.\//, '')}/${e.id}.mdx`,
		lang: e.id.split('/')[0] as Lang,
		entryId: e.id,
		body: e.body ?? '',
		data: e.data,
	}));
	const set = { pages } as ContentSet;
	for (const name of Object.keys(DATA_SCHEMAS) as DataCollection[]) {
		const entries = await getCollection(name);
		(set as unknown as Record<string, Located<unknown>[]>)[name] = entries.map((e) => ({
			file: CONTENT_FILES[name].replace(/^\.\//, ''),
			data: e.data,
		}));
	}
	return { set, pageEntries };
}

async function buildSiteModel(): Promise<SiteModel> {
	// Drafts show in `astro dev` only: any build (whatever NODE_ENV says) leaves them out.
	const production = !import.meta.env.DEV;
	const { set: all, pageEntries } = await readCollections();
	const issues = validateContent(all, { production });
	if (issues.length) throw new ContentValidationError(issues);

	const content = publishable(all, production);
	const routes = buildRoutes(content);
	const byKey = new Map(routes.map((r) => [`${r.key}|${r.lang}`, r]));
	const dates = readGitDates();
	// Once per build: which page pairs changed on one side after the other.
	const stale = new Map<string, TranslationPair>(
		translationStatus(process.cwd(), CONTENT_FILES)
			.filter((p) => p.status === 'stale')
			.map((p) => [p.key, p]),
	);
	const pageByKey = new Map(content.pages.map((p) => [`${p.data.translationKey}|${p.lang}`, p]));
	const indexes = new Map<DataCollection, Map<string, unknown>>();
	for (const name of Object.keys(DATA_SCHEMAS) as DataCollection[]) {
		indexes.set(name, new Map((content[name] as Located<{ id: string }>[]).map((e) => [e.data.id, e.data])));
	}
	const get = <C extends DataCollection>(collection: C, id: string) => {
		const found = indexes.get(collection)!.get(id);
		if (!found) throw new Error(`Unknown ${collection} id "${id}"`);
		return found as ContentSet[C][number]['data'];
	};

	/** Data files each kind of route is drawn from, for its date modified. */
	const sourceFilesOf = (route: Route): string[] => {
		if (route.kind === 'page') {
			const page = pageByKey.get(`${route.entryId}|${route.lang}`)!;
			return [page.file, ...Object.values(CONTENT_FILES).filter((f) => f.endsWith('.yaml'))];
		}
		const data = { body: CONTENT_FILES.bodies, priority: CONTENT_FILES.priorities, document: CONTENT_FILES.documents }[route.kind];
		return [data, CONTENT_FILES.measures];
	};

	return {
		content,
		routes,
		pageEntries: new Map(pageEntries.map((e) => [e.id, e])),
		route: (key, lang) => byKey.get(`${key}|${lang}`),
		counterpart(route) {
			const other = LANGS.find((l) => l !== route.lang)!;
			const found = byKey.get(`${route.key}|${other}`);
			if (!found) throw new Error(`No ${other} counterpart for ${route.key} (${route.file})`);
			return found;
		},
		routesIn: (lang) => routes.filter((r) => r.lang === lang),
		staleTranslation(route) {
			if (route.kind !== 'page') return undefined;
			const pair = stale.get(route.entryId);
			if (!pair?.newer || pair.newer === route.lang || !pair.newerDate) return undefined;
			return { newer: pair.newer, date: pair.newerDate };
		},
		dateModified(route) {
			if (route.kind === 'page') {
				const override = pageByKey.get(`${route.entryId}|${route.lang}`)?.data.lastModified;
				if (override) return override;
			}
			return lastModified(sourceFilesOf(route), dates);
		},
		body: (id) => get('bodies', id),
		get,
	};
}
