import type { Localized } from '../schemas/common.ts';
import type { DocumentEntry, Slide } from '../schemas/documents.ts';
import { slideListItems } from './slide-text.ts';
import type { ContentSet } from './content-set.ts';

/** The deck whose title, date and objectives head the home pages: the most recent dated one. */
export function mainDocument(set: ContentSet): DocumentEntry {
	const docs = set.documents.map((d) => d.data);
	const dated = docs.filter((d) => d.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
	const doc = dated[0] ?? docs[0];
	if (!doc) throw new Error('content/data/documents.yaml has no document: the home pages need one');
	return doc;
}

/** The body the ISAC/ICCS page is about. */
export const ISAC_ID = 'citizen-centred-service-institute';

/** The slide, in a deck that has one, asking members for today's decision (the home pages quote it). */
export const DECISION_SLIDE = 'decision';

/** The slide of the main deck whose list the home pages show as the objectives. */
export const OBJECTIVES_SLIDE = 'objectives';

/** The main deck's objectives, as its « Objectifs » slide lists them. */
export function objectivesOf(doc: DocumentEntry): { slide: Slide; items: Localized[] } {
	const slide = doc.slides.find((s) => s.id === OBJECTIVES_SLIDE);
	if (!slide) throw new Error(`content/data/documents.yaml: "${doc.id}" has no slide "${OBJECTIVES_SLIDE}": the home pages list its objectives`);
	return { slide, items: slideListItems(slide) };
}
