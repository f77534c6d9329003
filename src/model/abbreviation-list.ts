import type { Abbreviation } from '../html/abbreviations.ts';
import type { Lang } from '../schemas/common.ts';
import type { ContentSet } from './content-set.ts';

const byContent = new WeakMap<ContentSet, Map<Lang, Abbreviation[]>>();

/** Acronyms and their expansions in one language, from the bodies and the glossary (first definition wins); once per content set and language. */
export function abbreviationsFor(set: ContentSet, lang: Lang): Abbreviation[] {
	let perLang = byContent.get(set);
	if (!perLang) byContent.set(set, (perLang = new Map()));
	let list = perLang.get(lang);
	if (!list) perLang.set(lang, (list = listFor(set, lang)));
	return list;
}

function listFor(set: ContentSet, lang: Lang): Abbreviation[] {
	const map = new Map<string, string>();
	for (const { data } of set.bodies) if (data.acronym) map.set(data.acronym[lang], data.name[lang]);
	for (const { data } of set.glossary) if (data.acronym && !map.has(data.acronym[lang])) map.set(data.acronym[lang], data.term[lang]);
	return [...map].filter(([short, long]) => short !== long).map(([short, long]) => ({ short, long }));
}
