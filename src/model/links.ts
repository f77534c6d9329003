// Hrefs to entries, in one place so every page links the same way.
import type { Lang, Source } from '../schemas/common.ts';
import { ui } from '../i18n/ui.ts';
import { quote } from '../i18n/languages.ts';
import type { RouteKind } from './routes.ts';
import type { PageView } from '../schemas/pages.ts';
import type { SiteModel } from './site-model.ts';
import { href } from './urls.ts';
import { slideAnchor } from './anchors.ts';

export { slideAnchor };

export function entityHref(model: SiteModel, kind: Exclude<RouteKind, 'page' | 'section'>, id: string, lang: Lang): string {
	const route = model.route(`${kind}:${id}`, lang);
	if (!route) throw new Error(`No ${lang} page for ${kind} "${id}"`);
	return href(route.path);
}

export function viewHref(model: SiteModel, view: PageView, lang: Lang): string {
	const page = model.viewPage(view, lang);
	if (!page) throw new Error(`No ${lang} page hosts the "${view}" view`);
	return href(model.route(`page:${page.data.translationKey}`, lang)!.path);
}

/** A measure's own page (its statement, status and history). */
export function measureHref(model: SiteModel, id: string, lang: Lang): string {
	return entityHref(model, 'measure', id, lang);
}

/** A measure's row in the register (the register groups measures by deck and slide). */
export function registerRowHref(model: SiteModel, id: string, lang: Lang): string {
	return `${viewHref(model, 'measures', lang)}#${id}`;
}

export function glossaryHref(model: SiteModel, id: string, lang: Lang): string {
	return `${viewHref(model, 'glossary', lang)}#${id}`;
}


/** "Deck title, slide « Title »" linking to the slide on the document's page. */
export function sourceLink(model: SiteModel, source: Source, lang: Lang): { href: string; label: string } {
	const doc = model.get('documents', source.document);
	const slide = doc.slides.find((s) => s.id === source.slide);
	const t = ui(lang);
	return {
		href: `${entityHref(model, 'document', source.document, lang)}#${slideAnchor(source.slide)}`,
		label: `${doc.title[lang]}, ${t.slide.toLowerCase()} ${quote(slide?.title[lang] ?? source.slide, lang)}`,
	};
}

/** The Atom feed of a language's major changes, as a route path (`fr/atom.xml`). */
export function feedPath(lang: Lang): string {
	return `${lang}/atom.xml`;
}

/** The anchor of a priority's section on the priorities page (the briefing book sends links to a priority there). */
export const priorityAnchor = (id: string): string => `priority-${id}`;
/** The mandate section of a body's page. */
export const MANDATE_ANCHOR = 'mandate';
/** The `data-book-once` key of a body's mandate, on every page that shows it: the briefing book prints it once. */
export const mandateBlock = (id: string): string => `mandate-${id}`;
