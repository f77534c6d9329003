// What a language page knows while it renders: the site model, its route
// (which carries its entry), its language and dictionary. The catch-all page
// sets it once in Astro.locals; views and MDX components read it there
// instead of receiving the language and ids through props.
import type { Dictionary } from '../i18n/dictionary.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Route, RouteKind } from './routes.ts';
import type { SiteModel } from './site-model.ts';

export interface PageContext {
	model: SiteModel;
	route: Route;
	lang: Lang;
	t: Dictionary;
}

export function pageContext(locals: App.Locals): PageContext {
	if (!locals.page) throw new Error('No page context: views and MDX components render inside a language page only');
	return locals.page;
}

/** The page context of a route of one kind (an entity view's own route, its entry typed). */
export function routeOfKind<K extends RouteKind>(locals: App.Locals, kind: K): PageContext & { route: Extract<Route, { kind: K }> } {
	const context = pageContext(locals);
	if (context.route.kind !== kind) throw new Error(`The ${kind} view was given a ${context.route.kind} route (${context.route.key})`);
	return context as PageContext & { route: Extract<Route, { kind: K }> };
}
