import type { DocumentEntry } from '../schemas/documents.ts';
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
