import type { Abbreviation } from '../html/abbreviations.ts';
import type { Lang } from '../schemas/common.ts';
import type { ContentSet } from './content-set.ts';

/** Acronyms and their expansions in one language, from the bodies and the glossary (first definition wins). */
export function abbreviationsFor(set: ContentSet, lang: Lang): Abbreviation[] {
	const map = new Map<string, string>();
	for (const { data } of set.bodies) if (data.acronym) map.set(data.acronym[lang], data.name[lang]);
	for (const { data } of set.glossary) if (data.acronym && !map.has(data.acronym[lang])) map.set(data.acronym[lang], data.term[lang]);
	return [...map].filter(([short, long]) => short !== long).map(([short, long]) => ({ short, long }));
}
