import type { Lang } from '../schemas/common.ts';
import type { Route } from './routes.ts';
import type { SiteModel } from './site-model.ts';

/** Title of a route in its language; `nav` prefers the short navigation title or acronym. */
export function routeTitle(model: SiteModel, route: Route, form: 'full' | 'nav'): string {
	const lang: Lang = route.lang;
	switch (route.kind) {
		case 'page': {
			const page = model.page(route);
			return form === 'nav' ? (page.data.navTitle ?? page.data.title) : page.data.title;
		}
		case 'body': {
			const body = model.body(route.entryId);
			return form === 'nav' && body.acronym ? body.acronym[lang] : body.name[lang];
		}
		case 'priority':
			return model.get('priorities', route.entryId).name[lang];
		case 'document':
			return model.get('documents', route.entryId).title[lang];
	}
}
