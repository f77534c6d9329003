import { z } from 'astro/zod';

import { LANGS, type Lang } from '../i18n/languages.ts';

export { LANGS, type Lang };

/** Kebab-case, language-neutral identifier shared by both languages. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One schema per language of the site, all required. */
function everyLanguage<S extends z.ZodType>(schema: S) {
	return z.object(Object.fromEntries(LANGS.map((l) => [l, schema])) as Record<Lang, S>).strict();
}

/**
 * Text in every language of the site. All are required: a string in one
 * language only is a defect under the official-languages rules, not a fallback.
 */
export const localizedSchema = everyLanguage(nonEmpty);

/** A short word in every language, possibly empty (an article where a language uses none). */
export const localizedWordSchema = everyLanguage(z.string().trim().max(10));

/** Names end up in headings, URLs and file names: bounded, so a runaway paste fails here. */
export const MAX_NAME_LENGTH = 200;
export const localizedNameSchema = everyLanguage(nonEmpty.max(MAX_NAME_LENGTH, `a name must be at most ${MAX_NAME_LENGTH} characters`));
export type Localized = z.infer<typeof localizedSchema>;

/** Ids of the source decks (see content/data/documents.yaml). */
export const documentIdSchema = idSchema;

/**
 * Where a statement comes from: the deck and the slide (by its slide id in the
 * document's `slides` list). Every structured entry carries at least one.
 */
export const sourceSchema = z
	.object({
		document: documentIdSchema,
		slide: idSchema,
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
export const sourcesSchema = z.array(sourceSchema).min(1, 'needs at least one source');

/**
 * A statement taken from a deck: text in every language, where it comes from,
 * and whether it quotes its slide (the default) or restates it in other words
 * (shown as a restatement; the citation check holds a quotation closer).
 */
export const statementSchema = z
	.object({
		text: localizedSchema,
		sources: sourcesSchema,
		form: z.enum(['quotation', 'restatement']).default('quotation'),
	})
	.strict();
export type Statement = z.infer<typeof statementSchema>;

/** Publication state shared by every entry: drafts show in dev only. */
export const draftSchema = z.boolean().default(false);

/**
 * A calendar date, YYYY-MM-DD. YAML parsers disagree on whether an unquoted
 * date is a string or a Date: accept both, store the string.
 */
export const isoDateSchema = z.preprocess(
	(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
	z.iso.date({ message: 'must be a date written YYYY-MM-DD' }),
);

/**
 * What a decision or an event rests on: a slide of a deck, or a record
 * outside the decks (minutes, a record of decision, a notice), named in
 * every language, with its address where it is public.
 */
export const recordSchema = z
	.object({
		record: localizedNameSchema,
		url: z.url({ message: 'must be a full address (https://…)' }).optional(),
	})
	.strict();
export type RecordRef = z.infer<typeof recordSchema>;
export const referenceSchema = z.union([sourceSchema, recordSchema]);
export type Reference = z.infer<typeof referenceSchema>;

/**
 * How a change is announced (GOV.UK's change notes): a major change gets a
 * dated entry in "What changed" and the feed and moves "Date modified"; a
 * minor one (a typo, a corrected source) does not.
 */
export const CHANGE_WEIGHTS = ['major', 'minor'] as const;
export type ChangeWeight = (typeof CHANGE_WEIGHTS)[number];
export const changeWeightSchema = z.enum(CHANGE_WEIGHTS, { message: 'must be "major" (announced in What changed and the feed) or "minor"' });
