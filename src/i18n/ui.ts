import type { Lang } from '../schemas/common.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/**
 * The French dictionary is the reference shape: `en` is typed against it, and
 * `fr` against `en` below, so a key present in one language only fails the
 * type check (`astro check`).
 */
export type UiStrings = typeof en;
const _frMatchesEn: typeof en = fr;
void _frMatchesEn;

const DICTIONARIES: Record<Lang, UiStrings> = { fr, en };

export function ui(lang: Lang): UiStrings {
	return DICTIONARIES[lang];
}

/** The other official language. */
export function otherLang(lang: Lang): Lang {
	return lang === 'fr' ? 'en' : 'fr';
}

/** Replaces `{name}` placeholders in a dictionary string. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
