import type { Route } from './routes.ts';

/** Title of a route in its language; `nav` prefers the short navigation title or acronym. */
export function routeTitle(route: Route, form: 'full' | 'nav'): string {
	const lang = route.lang;
	switch (route.kind) {
		case 'page':
			return form === 'nav' ? (route.page.data.navTitle ?? route.page.data.title) : route.page.data.title;
		case 'body':
			return form === 'nav' && route.entry.acronym ? route.entry.acronym[lang] : route.entry.name[lang];
		case 'priority':
			return route.entry.name[lang];
		case 'document':
		case 'section':
		case 'measure':
		case 'meeting':
			return route.entry.title[lang];
	}
}
