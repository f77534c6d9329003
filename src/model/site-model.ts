// The site model: validated content, routes and derived relations, computed
// once per build and read by every page, component, chart and the sitemap.
import { resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { otherLangs, type Lang } from '../i18n/languages.ts';
import type { BodyEntry } from '../schemas/bodies.ts';
import { ContentValidationError, type ContentSet, type Located, type PageRecord } from './content-set.ts';
import type { PageView } from '../schemas/pages.ts';
import { DATA_COLLECTION_NAMES, type ContentFiles, type DataCollection } from './collections.ts';
import { checkContent } from './check-content.ts';
import { gitChanges, lastModified } from './git.ts';
import { buildRoutes, type Route } from './routes.ts';
import { publishable } from './drafts.ts';
import { deriveHistory, todayIso, type Change, type History } from './history.ts';
import { translationStatus, type TranslationPair } from './translation-status.ts';

export interface SiteModel {
	content: ContentSet;
	routes: Route[];
	pageEntries: Map<string, CollectionEntry<'pages'>>;
	/** The MDX page behind a page route. */
	page(route: Route): PageRecord;
	/** The page that hosts a data view in a language, if one does. */
	viewPage(view: PageView, lang: Lang): PageRecord | undefined;
	route(key: string, lang: Lang): Route | undefined;
	/** The same page in the other languages, in declaration order. */
	counterparts(route: Route): Route[];
	routesIn(lang: Lang): Route[];
	/** For a page whose translation may be out of date: the other language and the day it changed. */
	staleTranslation(route: Route): { newer: Lang; date: string } | undefined;
	/** YYYY-MM-DD the route's sources last changed (frontmatter may override). */
	dateModified(route: Route): string;
	/** Meetings, decisions, events: each measure's status and timeline, the structure as of a date. */
	history: History;
	/** YYYY-MM-DD the records were read as of (the build's today). */
	today: string;
	body(id: string): BodyEntry;
	get<C extends DataCollection>(collection: C, id: string): ContentSet[C][number]['data'];
}

/** The records of the strategy over time: they move a page's date only through major changes. */
const RECORDS = new Set<DataCollection>(['meetings', 'decisions', 'events']);

/** Views that list every change of their kind (a major change moves their date). */
const CHANGE_VIEWS: Record<Change['kind'], readonly PageView[]> = {
	decision: ['measures', 'meetings', 'changes'],
	'measure-event': ['measures', 'changes'],
	'body-event': ['governance', 'bodies', 'changes'],
};

/** Whether a recorded change is shown on a route (and so moves its date modified). */
function concerns(change: Change, route: Route): boolean {
	if (route.kind === 'page') return route.page.data.view !== undefined && CHANGE_VIEWS[change.kind].includes(route.page.data.view);
	if (change.kind === 'body-event') return route.kind === 'body' && route.entry.id === change.event.body;
	if (route.kind === 'measure') return route.entry.id === change.measure.id;
	return change.kind === 'decision' && route.kind === 'meeting' && route.entry.id === change.meeting.id;
}

/** Pages in a stable order whatever the file system lists first (routes and the sitemap follow it). */
function pagesById(set: ContentSet): ContentSet {
	return { ...set, pages: [...set.pages].sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0)) };
}

export interface SiteModelOptions {
	/** Project root, and where content lives under it. */
	root: string;
	files: ContentFiles;
	/** Drafts are left out in production. */
	production: boolean;
	/** Astro's renderable page entries, by collection id (empty outside a build). */
	pageEntries: CollectionEntry<'pages'>[];
}

/** The site model from the content on disk; content problems throw, listing every one. */
export function createSiteModel({ root, files, production, pageEntries }: SiteModelOptions): SiteModel {
	// The same read and the same rules as `check:content` (and as the collections' loaders).
	const { set: all, issues } = checkContent(root, { production, files });
	if (issues.length) throw new ContentValidationError(issues);

	// Data entries keep the order of their files, which is the decks' order.
	const content = pagesById(publishable(all, production));
	const today = todayIso();
	const { history } = deriveHistory(content, today);
	const routes = buildRoutes(content);
	const byKey = new Map(routes.map((r) => [`${r.key}|${r.lang}`, r]));
	const changes = gitChanges(resolve(root, files.pagesDir, '..'));
	// Once per build: which page pairs changed on one side after the other.
	const stale = new Map<string, TranslationPair>(
		translationStatus(root, files, changes)
			.filter((p) => p.status === 'stale')
			.map((p) => [p.key, p]),
	);
	const pageByKey = new Map(content.pages.map((p) => [`${p.data.translationKey}|${p.lang}`, p]));
	const pageByView = new Map(content.pages.filter((p) => p.data.view).map((p) => [`${p.data.view}|${p.lang}`, p]));
	const indexes = new Map<DataCollection, Map<string, unknown>>();
	for (const name of DATA_COLLECTION_NAMES) {
		indexes.set(name, new Map((content[name] as Located<{ id: string }>[]).map((e) => [e.data.id, e.data])));
	}
	const get = <C extends DataCollection>(collection: C, id: string) => {
		const found = indexes.get(collection)!.get(id);
		if (!found) throw new Error(`Unknown ${collection} id "${id}"`);
		return found as ContentSet[C][number]['data'];
	};

	/**
	 * Data files each kind of route is drawn from, for its date modified. The
	 * records (meetings, decisions, events) are not among them: a record moves
	 * the date only as a major change, on its own date (see dateModified).
	 */
	const sourceFilesOf = (route: Route): string[] => {
		if (route.kind === 'page') {
			const page = pageByKey.get(`${route.entryId}|${route.lang}`)!;
			return [page.file, ...DATA_COLLECTION_NAMES.filter((c) => !RECORDS.has(c)).map((c) => files[c])].map((f) => resolve(root, f));
		}
		if (route.kind === 'section') {
			// A section index shows its pages' titles and descriptions.
			const pages = route.entry.pages.map((key) => pageByKey.get(`${key}|${route.lang}`)?.file).filter((f) => f !== undefined);
			return [files.sections, ...pages].map((f) => resolve(root, f));
		}
		const data = { body: files.bodies, priority: files.priorities, document: files.documents, measure: files.measures, meeting: files.meetings }[route.kind];
		return [data, files.measures].map((f) => resolve(root, f));
	};

	return {
		content,
		routes,
		pageEntries: new Map(pageEntries.map((e) => [e.id, e])),
		page(route) {
			if (route.kind !== 'page') throw new Error(`No page behind route ${route.key} (${route.lang})`);
			return route.page;
		},
		viewPage: (view, lang) => pageByView.get(`${view}|${lang}`),
		route: (key, lang) => byKey.get(`${key}|${lang}`),
		counterparts(route) {
			return otherLangs(route.lang).map((other) => {
				const found = byKey.get(`${route.key}|${other}`);
				if (!found) throw new Error(`No ${other} counterpart for ${route.key} (${route.file})`);
				return found;
			});
		},
		routesIn: (lang) => routes.filter((r) => r.lang === lang),
		staleTranslation(route) {
			if (route.kind !== 'page') return undefined;
			const pair = stale.get(route.entryId);
			if (!pair?.newer || !pair.behind?.includes(route.lang) || !pair.newerDate) return undefined;
			return { newer: pair.newer, date: pair.newerDate };
		},
		dateModified(route) {
			if (route.kind === 'page') {
				const override = pageByKey.get(`${route.entryId}|${route.lang}`)?.data.lastModified;
				if (override) return override;
			}
			const fromGit = lastModified(sourceFilesOf(route), changes);
			const fromRecords = history.lastMajorChange((c) => concerns(c, route));
			return fromRecords && fromRecords > fromGit ? fromRecords : fromGit;
		},
		history,
		today,
		body: (id) => get('bodies', id),
		get,
	};
}
