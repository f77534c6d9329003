import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Lang } from './languages.ts';

export type { Dictionary };

/**
 * One dictionary per language of languages.ts, each typed `Dictionary`: a
 * language without one, or a string missing in one, fails the type check.
 */
const DICTIONARIES: { [L in Lang]: Dictionary } = { fr, en };

export function ui(lang: Lang): Dictionary {
	return DICTIONARIES[lang];
}

/** Replaces `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
