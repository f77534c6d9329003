// Every page of the site, in both languages, computed once from the content.
// Pages, navigation, breadcrumbs, alternates and the sitemap all read this.
import { LANGS, type Lang } from '../schemas/common.ts';
import type { PageView } from '../schemas/pages.ts';
import type { ContentSet, PageRecord } from './content-set.ts';
import { entrySlug } from './slugs.ts';

export type RouteKind = 'page' | 'body' | 'priority' | 'document';

export interface Route {
	/** Language-neutral key shared by the two translations, e.g. `page:home`, `body:cio-council`. */
	key: string;
	lang: Lang;
	kind: RouteKind;
	/** Path below the base, no leading slash, trailing slash; '' never (home is `fr/`). */
	path: string;
	/** Id of the entry (page translation key or data id). */
	entryId: string;
	/** Key of the parent route, for breadcrumbs. */
	parentKey?: string;
	/** The file that defines the route, and the line of its slug or entry, for error messages. */
	file: string;
	line?: number;
}

/** Which page view hosts each kind of generated entity page. */
export const ENTITY_HOSTS = { body: 'bodies', priority: 'priorities', document: 'documents' } as const satisfies Record<
	Exclude<RouteKind, 'page'>,
	PageView
>;

export function pageRoutePath(page: PageRecord): string {
	return page.data.slug === '' ? `${page.lang}/` : `${page.lang}/${page.data.slug}/`;
}

export function buildRoutes(set: ContentSet): Route[] {
	const routes: Route[] = [];
	for (const page of set.pages) {
		routes.push({
			key: `page:${page.data.translationKey}`,
			lang: page.lang,
			kind: 'page',
			path: pageRoutePath(page),
			entryId: page.data.translationKey,
			parentKey: page.data.view === 'home' ? undefined : 'page:home',
			file: page.file,
			line: page.fieldLines.slug ?? page.line,
		});
	}
	for (const lang of LANGS) {
		const hostOf = (view: PageView) => set.pages.find((p) => p.lang === lang && p.data.view === view);
		const addEntities = <T extends { id: string; slug?: { fr: string; en: string }; acronym?: { fr: string; en: string } }>(
			kind: Exclude<RouteKind, 'page'>,
			entries: { file: string; line?: number; data: T }[],
			nameOf: (e: T) => { fr: string; en: string },
		) => {
			const host = hostOf(ENTITY_HOSTS[kind]);
			if (!host) return; // reported by validation (missing host page)
			for (const { file, line, data } of entries) {
				const seg = entrySlug({ slug: data.slug, acronym: data.acronym, name: nameOf(data) }, lang);
				routes.push({
					key: `${kind}:${data.id}`,
					lang,
					kind,
					path: `${pageRoutePath(host)}${seg}/`,
					entryId: data.id,
					parentKey: `page:${host.data.translationKey}`,
					file,
					line,
				});
			}
		};
		addEntities('body', set.bodies, (b) => b.name);
		addEntities('priority', set.priorities, (p) => p.name);
		addEntities('document', set.documents, (d) => d.title);
	}
	return routes;
}
