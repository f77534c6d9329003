// Every page of the site, in both languages, computed once from the content.
// Pages, navigation, breadcrumbs, alternates and the sitemap all read this.
import { LANGS, type Lang } from '../i18n/languages.ts';
import type { BodyEntry } from '../schemas/bodies.ts';
import type { DocumentEntry } from '../schemas/documents.ts';
import type { MeasureEntry } from '../schemas/measures.ts';
import type { MeetingEntry } from '../schemas/meetings.ts';
import type { PageView } from '../schemas/pages.ts';
import type { PriorityEntry } from '../schemas/priorities.ts';
import type { SectionEntry } from '../schemas/sections.ts';
import type { ContentSet, PageRecord } from './content-set.ts';
import { entrySlug } from './slugs.ts';

interface RouteBase {
	/** Language-neutral key shared by every translation, e.g. `page:home`, `body:cio-council`. */
	key: string;
	lang: Lang;
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

/** A route carries what its page shows: the MDX page, or the entry of a generated page. */
export type Route =
	| (RouteBase & { kind: 'page'; page: PageRecord })
	| (RouteBase & { kind: 'body'; entry: BodyEntry })
	| (RouteBase & { kind: 'priority'; entry: PriorityEntry })
	| (RouteBase & { kind: 'document'; entry: DocumentEntry })
	| (RouteBase & { kind: 'measure'; entry: MeasureEntry })
	| (RouteBase & { kind: 'meeting'; entry: MeetingEntry })
	| (RouteBase & { kind: 'section'; entry: SectionEntry });
export type RouteKind = Route['kind'];
type EntityKind = Exclude<RouteKind, 'page' | 'section'>;
type EntityOf<K extends EntityKind> = Extract<Route, { kind: K }>['entry'];

/** Which page view hosts each kind of generated entity page. */
export const ENTITY_HOSTS = {
	body: 'bodies',
	priority: 'priorities',
	document: 'documents',
	measure: 'measures',
	meeting: 'meetings',
} as const satisfies Record<EntityKind, PageView>;

export function pageRoutePath(page: PageRecord): string {
	return page.data.slug === '' ? `${page.lang}/` : `${page.lang}/${page.data.slug}/`;
}

/** The section each page belongs to, by translation key. */
export function sectionOfPage(set: ContentSet): Map<string, SectionEntry> {
	return new Map(set.sections.flatMap((s) => s.data.pages.map((key) => [key, s.data] as const)));
}

export function buildRoutes(set: ContentSet): Route[] {
	const routes: Route[] = [];
	const sectionOf = sectionOfPage(set);
	for (const { file, line, data } of set.sections) {
		for (const lang of LANGS) {
			routes.push({ key: `section:${data.id}`, lang, kind: 'section', entry: data, path: `${lang}/${data.slug[lang]}/`, entryId: data.id, parentKey: 'page:home', file, line });
		}
	}
	for (const page of set.pages) {
		const section = sectionOf.get(page.data.translationKey);
		routes.push({
			key: `page:${page.data.translationKey}`,
			lang: page.lang,
			kind: 'page',
			page,
			path: pageRoutePath(page),
			entryId: page.data.translationKey,
			parentKey: page.data.view === 'home' ? undefined : section ? `section:${section.id}` : 'page:home',
			file: page.file,
			line: page.fieldLines.slug ?? page.line,
		});
	}
	for (const lang of LANGS) {
		const hostOf = (view: PageView) => set.pages.find((p) => p.lang === lang && p.data.view === view);
		const addEntities = <K extends EntityKind>(
			kind: K,
			entries: { file: string; line?: number; data: EntityOf<K> }[],
			nameOf: (e: EntityOf<K>) => Record<Lang, string>,
		) => {
			const host = hostOf(ENTITY_HOSTS[kind]);
			if (!host) return; // reported by validation (missing host page)
			for (const { file, line, data } of entries) {
				const entry = data as EntityOf<K> & { slug?: Record<Lang, string>; acronym?: Record<Lang, string> };
				const seg = entrySlug({ slug: entry.slug, acronym: entry.acronym, name: nameOf(data) }, lang);
				routes.push({
					key: `${kind}:${data.id}`,
					lang,
					kind,
					entry: data,
					path: `${pageRoutePath(host)}${seg}/`,
					entryId: data.id,
					parentKey: `page:${host.data.translationKey}`,
					file,
					line,
				} as Route);
			}
		};
		addEntities('body', set.bodies, (b) => b.name);
		addEntities('priority', set.priorities, (p) => p.name);
		addEntities('document', set.documents, (d) => d.title);
		addEntities('measure', set.measures, (m) => m.title);
		addEntities('meeting', set.meetings, (m) => m.title);
	}
	return routes;
}
