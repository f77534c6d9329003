// Typography by one mechanism, at build: applied to the text nodes of every
// built page (prose, data, interface strings, chart labels alike, and so the
// search index) and to the attributes that hold prose (alt, title,
// placeholder, aria-label, the meta description); never inside code,
// scripts, styles, URLs or other attributes. Editors and dictionaries type
// plain spaces and straight quotes.
//
// English: typographic apostrophe and quotation marks (’ ‘ “ ”).
//
// Canadian French (Bureau de la traduction, « Le guide du rédacteur »):
// typographic apostrophe; a no-break space before the colon and inside
// guillemets; no space before the semicolon, question and exclamation marks.
//
// Both: a date's day and month never part at a line's end (« 27 février »,
// "February 27"), the month names coming from `Intl`.
// No npm package applies these rules as written (see the stack notes:
// typograf deletes the space before the colon), so they are here, tested.
import type { Element, Root, RootContent, Text } from 'hast';
import { isLang, language, type Lang, type Typography } from '../i18n/languages.ts';

const NBSP = '\u00a0';
/** Any space a colon, guillemet or point may be set off with. */
const SPACE = '[ \\t\\u00a0\\u202f]';

/** The month names of a locale, as one alternation for a pattern. */
const monthNames = (locale: string) =>
	Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2020, m, 1)))).join('|');
const FR_DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|1er)${SPACE}+(${monthNames('fr-CA')})(?!\\p{L})`, 'gu');
const EN_MONTH_DAY = new RegExp(`(?<!\\p{L})(${monthNames('en-CA')})${SPACE}+(\\d{1,2})(?!\\p{N})`, 'gu');

// Compiled once (not per text node).
const FR_OPEN_GUILLEMET = new RegExp(`«${SPACE}*`, 'g');
const FR_CLOSE_GUILLEMET = new RegExp(`${SPACE}*»`, 'g');
const FR_COLON = new RegExp(`(^|\\S)${SPACE}*:(?=\\s|$)`, 'g');
const FR_NO_SPACE_BEFORE = new RegExp(`${SPACE}+([;?!])`, 'g');
/** A text without any of these characters is left as it is by the language's rules. */
const MAY_CHANGE: Record<Typography, RegExp> = { 'fr-CA': /[\d'«»:;?!]/, en: /[\d"']/ };

const RULES: Record<Typography, (text: string) => string> = {
	'fr-CA': (text) =>
		text
			.replace(FR_DAY_MONTH, `$1${NBSP}$2`)
			.replace(/'/g, '’')
			.replace(FR_OPEN_GUILLEMET, `«${NBSP}`)
			.replace(FR_CLOSE_GUILLEMET, `${NBSP}»`)
			// A colon that ends a word or stands alone (not 14:30, not https://).
			.replace(FR_COLON, (_, before: string) => `${before}${NBSP}:`)
			.replace(FR_NO_SPACE_BEFORE, '$1'),
	en: (text) =>
		text
			.replace(EN_MONTH_DAY, `$1${NBSP}$2`)
			// An opening quote follows a space, a bracket, a dash or the start; any other is closing (or an apostrophe).
			// At the start of a text node (after a link, an abbreviation) a mark closes, unless a letter follows.
			.replace(/(^|[\s([{\u2014\u2013])"(?=[\p{L}\p{N}‘'])/gu, '$1“')
			.replace(/"/g, '”')
			.replace(/([\s([{\u2014\u2013])'(?=\p{L})/gu, '$1‘')
			.replace(/'/g, '’'),
};

/** Attributes whose value is prose a reader sees or hears. */
const PROSE_ATTRIBUTES = ['alt', 'title', 'placeholder', 'ariaLabel'] as const;
/** `<meta>` whose content is prose (search engines and link previews show it). */
const PROSE_META = new Set(['description', 'og:description', 'og:title', 'twitter:description', 'twitter:title']);

/** `text` set in the typography of `lang`. */
export function typeset(text: string, lang: Lang): string {
	const typography = language(lang).typography;
	return MAY_CHANGE[typography].test(text) ? RULES[typography](text) : text;
}

/** Elements whose text is not prose: left exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'template']);

/**
 * Sets every text node of a tree in the typography of its language: the
 * nearest `lang` attribute above it, else `lang`.
 */
export function typesetTree(tree: Root | Element, lang: Lang): void {
	const visit = (node: Root | Element, current: Lang): void => {
		for (const child of node.children as RootContent[]) {
			if (child.type === 'text') {
				(child as Text).value = typeset((child as Text).value, current);
			} else if (child.type === 'element') {
				if (VERBATIM.has(child.tagName)) continue;
				const own = child.properties?.lang;
				const inLang = typeof own === 'string' && isLang(own) ? own : current;
				const props = child.properties ?? {};
				for (const attr of PROSE_ATTRIBUTES) if (typeof props[attr] === 'string') props[attr] = typeset(props[attr], inLang);
				const meta = props.name ?? props.property;
				if (child.tagName === 'meta' && typeof meta === 'string' && PROSE_META.has(meta) && typeof props.content === 'string')
					props.content = typeset(props.content, inLang);
				visit(child, inLang);
			}
		}
	};
	visit(tree, lang);
}
