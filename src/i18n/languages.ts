// The site's languages, declared once. Everything that depends on the set of
// languages (the localized-text schema, content folders, toggle, alternates,
// sitemap, splash page, 404, translation status, scaffolding) derives from
// this list; no other module names a language. Order matters: French first,
// as the councils publish.
export const LANGUAGES = [
	{
		code: 'fr',
		/** BCP 47 locale for Intl (dates, numbers, plurals, display names). */
		locale: 'fr-CA',
		/** Quotation marks, with the no-break spaces French puts inside them. */
		quotes: ['«\u00a0', '\u00a0»'],
		/** The rules src/html/typography.ts applies to every text node in this language. */
		typography: 'fr-CA',
		/** How dates write the first day of a month (« 1er décembre »), where Intl writes a plain 1. */
		firstOfMonth: '1er',
	},
	{
		code: 'en',
		locale: 'en-CA',
		quotes: ['“', '”'],
		typography: 'en',
	},
] as const satisfies readonly { code: string; locale: string; quotes: readonly [string, string]; typography: Typography; firstOfMonth?: string }[];

/** The typography rule sets src/html/typography.ts knows. */
export type Typography = 'fr-CA' | 'en';

export type Lang = (typeof LANGUAGES)[number]['code'];
export const LANGS = LANGUAGES.map((l) => l.code) as readonly Lang[] as readonly [Lang, ...Lang[]];
/** The language of `x-default` and of the root splash page's first half. */
export const DEFAULT_LANG: Lang = LANGS[0];

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code as Lang, l]));

export function language(lang: Lang) {
	return BY_CODE.get(lang)!;
}

export function isLang(value: string | undefined): value is Lang {
	return value !== undefined && BY_CODE.has(value as Lang);
}

/** The languages other than `lang`, in declaration order. */
export function otherLangs(lang: Lang): Lang[] {
	return LANGS.filter((l) => l !== lang);
}

// Intl objects built once per language, not per call.
const displayNames = new Map<Lang, Intl.DisplayNames>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A language's name in `inLang` (its own name when `inLang` is itself), from Intl. */
export function languageName(lang: Lang, inLang: Lang = lang): string {
	let names = displayNames.get(inLang);
	if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([language(inLang).locale], { type: 'language' })));
	return upperFirst(names.of(lang) ?? lang, inLang);
}

/** The text with its first letter in upper case, by the language's rules (a heading, a sentence's start). */
export function upperFirst(text: string, lang: Lang): string {
	return text.charAt(0).toLocaleUpperCase(language(lang).locale) + text.slice(1);
}

/** A language's name in English, for editors' and the command line's messages (which are in English). */
export function nameForMessages(lang: Lang): string {
	return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}

/** `text` between the language's quotation marks. */
export function quote(text: string, lang: Lang): string {
	const [open, close] = language(lang).quotes;
	return `${open}${text}${close}`;
}

/** A YYYY-MM-DD date in words, as prose writes it (« 27 février 2020 », "February 27, 2020"). */
export function formatDate(isoDate: string, lang: Lang): string {
	const l: { locale: string; firstOfMonth?: string } = language(lang);
	let format = dateFormats.get(lang);
	if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: 'UTC' })));
	const parts = format.formatToParts(new Date(`${isoDate}T00:00:00Z`));
	return parts.map((p) => (p.type === 'day' && p.value === '1' && l.firstOfMonth ? l.firstOfMonth : p.value)).join('');
}

/** One value per language of the site. */
export function perLanguage<T>(value: (lang: Lang) => T): Record<Lang, T> {
	return Object.fromEntries(LANGS.map((l) => [l, value(l)])) as Record<Lang, T>;
}
