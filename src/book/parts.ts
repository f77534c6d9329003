// What the briefing book holds, in reading order: the home page (purpose,
// priorities, changes at a glance, the decision sought), then each section's
// pages in the menu's order, each host page followed by its entries' pages
// (bodies, meetings), and last, as the annex of sources, the
// source decks slide by slide with every element that cites each slide.
// Derived from the routes, so a page added to a section is in the book.
import type { Lang } from '../i18n/languages.ts';
import type { ContentSet } from '../model/content-set.ts';
import { ENTITY_HOSTS, type Route } from '../model/routes.ts';
import type { PageView } from '../schemas/pages.ts';

/** Views left out: a search form, a 404, the downloads page, a measure page per register row. */
const LEFT_OUT: ReadonlySet<PageView> = new Set(['search', 'not-found', 'open-data']);
/** Entry pages that repeat their host's content (each measure is a row of the register, each priority a section of the priorities page). */
const ENTRIES_LEFT_OUT: ReadonlySet<Route['kind']> = new Set(['measure', 'priority']);
/** The host whose pages form the annex. */
const ANNEX_VIEW: PageView = 'documents';

export interface BookPart {
	route: Route;
	/** The annex of sources (the decks, slide by slide). */
	annex: boolean;
	/** The section the part belongs to (none for the home page and the annex): the contents group by it. */
	section?: { id: string; title: string };
	/** An entry under its host page (a priority, a body, a meeting, a deck): one level down in the contents. */
	entry: boolean;
}

export function bookParts(set: ContentSet, routes: readonly Route[], lang: Lang): BookPart[] {
	const inLang = routes.filter((r) => r.lang === lang);
	const pageOf = (key: string) => inLang.find((r) => r.kind === 'page' && r.entryId === key);
	const viewOf = (r: Route) => (r.kind === 'page' ? r.page.data.view : undefined);
	const entriesOf = (host: Route) => {
		const kind = (Object.keys(ENTITY_HOSTS) as (keyof typeof ENTITY_HOSTS)[]).find((k) => ENTITY_HOSTS[k] === viewOf(host));
		if (!kind || ENTRIES_LEFT_OUT.has(kind)) return [];
		return inLang.filter((r) => r.kind === kind);
	};
	const home = inLang.find((r) => viewOf(r) === 'home');
	const ordered = set.sections.flatMap(({ data: s }) =>
		s.pages.map(pageOf).filter((r): r is Route => r !== undefined).map((page) => ({ page, section: { id: s.id, title: s.title[lang] } })),
	);
	const main: BookPart[] = [];
	const annex: BookPart[] = [];
	for (const { page, section } of [...(home ? [{ page: home, section: undefined }] : []), ...ordered]) {
		const view = viewOf(page);
		if (view && LEFT_OUT.has(view)) continue;
		const inAnnex = view === ANNEX_VIEW;
		const list = inAnnex ? annex : main;
		for (const route of [page, ...entriesOf(page)])
			list.push({ route, annex: inAnnex, entry: route !== page, ...(section && !inAnnex ? { section } : {}) });
	}
	return [...main, ...annex];
}
