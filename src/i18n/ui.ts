import type { Lang } from './languages.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/**
 * One dictionary per language of languages.ts. French is the reference
 * shape: en.ts is typed against its keys, and every other dictionary against
 * `UiStrings`, so a missing language, or a key missing in one language, fails
 * the type check (`astro check`).
 */
export type UiStrings = typeof en;
const DICTIONARIES: { [L in Lang]: UiStrings } = { fr, en };

export function ui(lang: Lang): UiStrings {
	return DICTIONARIES[lang];
}

/** Replaces `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
