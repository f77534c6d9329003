import { fill, ui } from '../i18n/ui.ts';
import type { Route } from './routes.ts';

/** The meta description of a route, in its language. */
export function describeRoute(route: Route): string {
	const lang = route.lang;
	const t = ui(lang);
	switch (route.kind) {
		case 'page':
			return route.page.data.description;
		case 'body':
			return fill(t.bodyDescription, { name: route.entry.name[lang] });
		case 'priority':
			return fill(t.priorityDescription, { name: route.entry.name[lang] });
		case 'document':
			return fill(t.documentDescription, { name: route.entry.title[lang] });
		case 'section':
			return route.entry.description[lang];
		case 'measure':
			return fill(t.measureDescription, { name: route.entry.title[lang] });
		case 'meeting':
			return fill(t.meetingDescription, { name: route.entry.title[lang] });
	}
}
