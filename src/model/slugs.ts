import { slug as githubSlug } from 'github-slugger';
import type { Lang, Localized } from '../schemas/common.ts';

/** URL segment for an entry in one language: explicit slug, else acronym, else name. */
export function entrySlug(entry: { slug?: Localized; acronym?: Localized; name: Localized }, lang: Lang): string {
	if (entry.slug) return entry.slug[lang];
	const basis = entry.acronym?.[lang] ?? entry.name[lang];
	// github-slugger keeps accented letters; URLs here are ASCII, as on Canada.ca.
	return githubSlug(basis.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}
