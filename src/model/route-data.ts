// Everything the layout needs about one page, computed once per page
// (as Starlight's generateRouteData) so components never re-derive it.
import { languageName, type Lang } from '../i18n/languages.ts';
import type { SearchType } from '../i18n/dictionary.ts';
import { ui } from '../i18n/ui.ts';
import type { Route } from './routes.ts';
import type { SiteModel } from './site-model.ts';
import { routeTitle } from './titles.ts';
import { describeRoute } from './descriptions.ts';
import { absoluteUrl, href } from './urls.ts';
import { feedPath } from './links.ts';
import { resolvePageLinks } from '../config/deployment.ts';

const PAGE_LINKS = resolvePageLinks(process.env);

export interface Crumb {
	label: string;
	href: string;
}

export interface NavItem {
	label: string;
	href: string;
	current: boolean;
}

/** The section a page belongs to: its index, its pages in order, and the neighbours of this page. */
export interface SectionNav {
	title: string;
	href: string;
	pages: NavItem[];
	previous?: NavItem;
	next?: NavItem;
}

export interface RouteData {
	lang: Lang;
	title: string;
	description: string;
	canonical: string;
	alternates: { hreflang: string; href: string }[];
	/** The same page in each other language (one plain link each, as Canada.ca's toggle). */
	toggles: { lang: Lang; href: string; label: string }[];
	breadcrumbs: Crumb[];
	/** The main menu: home, then each section. */
	nav: NavItem[];
	/** The section this page is in (or is the index of), for the section menu and previous/next. */
	section?: SectionNav;
	dateModified: string;
	noindex: boolean;
	/** Content type for the search filter, in the page's language; undefined keeps the page out of the index. */
	searchType?: string;
	/** Where the header's search form sends the query. */
	searchHref?: string;
	/** The language's Atom feed of major changes (every page links it). */
	feed: { href: string; title: string };
	/** Pages whose charts need the full width of the window. */
	wide: boolean;
	/** What the page shows (a page, a body, a document…). */
	kind: Route['kind'];
	/** « Modifier cette page » target (the page's source file in the repository), when configured. */
	editHref?: string;
	/** « Signaler un problème » target, when configured. */
	reportHref?: string;
}

export function routeData(model: SiteModel, route: Route): RouteData {
	const others = model.counterparts(route);
	const t = ui(route.lang);
	const crumbs: Crumb[] = [];
	for (let key = route.parentKey; key; ) {
		const parent = model.route(key, route.lang);
		if (!parent) break;
		crumbs.unshift({ label: parent.key === 'page:home' ? t.home : routeTitle(parent, 'nav'), href: href(parent.path) });
		key = parent.parentKey;
	}
	// The home page's trail is itself, so every page shows where it stands.
	if (crumbs.length === 0) crumbs.push({ label: t.home, href: href(route.path) });
	// The chain of parents, to mark the menu entry a page sits under.
	const ancestors = new Set<string>([route.key]);
	for (let key = route.parentKey; key; key = model.route(key, route.lang)?.parentKey) ancestors.add(key);
	const home = model.viewPage('home', route.lang);
	const homeRoute = home && model.route(`page:${home.data.translationKey}`, route.lang);
	const sectionRoutes = model.content.sections.map((s) => model.route(`section:${s.data.id}`, route.lang)!);
	const nav: NavItem[] = [
		...(homeRoute ? [{ label: t.home, href: href(homeRoute.path), current: route.key === homeRoute.key }] : []),
		...sectionRoutes.map((r) => ({ label: routeTitle(r, 'nav'), href: href(r.path), current: ancestors.has(r.key) })),
	];
	const sectionRoute = sectionRoutes.find((r) => ancestors.has(r.key));
	let section: SectionNav | undefined;
	if (sectionRoute && sectionRoute.kind === 'section') {
		const pages = sectionRoute.entry.pages
			.map((key) => model.route(`page:${key}`, route.lang))
			.filter((r) => r !== undefined)
			.map((r) => ({ label: routeTitle(r, 'nav'), href: href(r.path), current: ancestors.has(r.key) }));
		// Previous/next only between the section's own pages (an entity page sits under its host).
		const at = sectionRoute.entry.pages.findIndex((key) => route.key === `page:${key}`);
		section = {
			title: routeTitle(sectionRoute, 'nav'),
			href: href(sectionRoute.path),
			pages,
			...(at > 0 ? { previous: pages[at - 1] } : {}),
			...(at >= 0 && at < pages.length - 1 ? { next: pages[at + 1] } : {}),
		};
	}
	const view = route.kind === 'page' ? model.page(route).data.view : undefined;
	const notFound = view === 'not-found';
	const searchType: SearchType | undefined =
		view === 'not-found' || view === 'search' ? undefined : view === 'measures' ? 'measure' : route.kind === 'section' ? 'page' : route.kind;
	const searchPage = model.viewPage('search', route.lang);
	return {
		lang: route.lang,
		kind: route.kind,
		title: routeTitle(route, 'full'),
		description: describeRoute(route),
		canonical: absoluteUrl(route.path),
		alternates: [
			...[route, ...others].map((r) => ({ hreflang: r.lang, href: absoluteUrl(r.path) })),
			// The bilingual landing page lets readers choose, as Canada.ca's splash page does.
			{ hreflang: 'x-default', href: absoluteUrl('') },
		],
		toggles: others.map((o) => ({ lang: o.lang, href: href(o.path), label: languageName(o.lang) })),
		breadcrumbs: crumbs,
		nav,
		...(section ? { section } : {}),
		dateModified: model.dateModified(route),
		noindex: notFound,
		feed: { href: href(feedPath(route.lang)), title: t.feedLink },
		wide: view === 'governance' || view === 'logic-model' || view === 'measures' || route.kind === 'meeting',
		editHref: PAGE_LINKS.editUrl && `${PAGE_LINKS.editUrl}${route.file.replace(/^\.\//, '')}`,
		reportHref: PAGE_LINKS.reportProblemUrl,
		searchType: searchType && ui(route.lang).labels.searchTypes[searchType],
		// The search page has its own form: one search landmark per page.
		searchHref:
			searchPage && view !== 'search' ? href(model.route(`page:${searchPage.data.translationKey}`, route.lang)!.path) : undefined,
	};
}
