import { fill, ui } from '../i18n/ui.ts';
import type { Route } from './routes.ts';
import type { SiteModel } from './site-model.ts';

/** The meta description of a route, in its language. */
export function describeRoute(model: SiteModel, route: Route): string {
	const lang = route.lang;
	const t = ui(lang);
	switch (route.kind) {
		case 'page':
			return model.page(route).data.description;
		case 'body':
			return fill(t.bodyDescription, { name: model.body(route.entryId).name[lang] });
		case 'priority':
			return fill(t.priorityDescription, { name: model.get('priorities', route.entryId).name[lang] });
		case 'document':
			return fill(t.documentDescription, { name: model.get('documents', route.entryId).title[lang] });
	}
}
