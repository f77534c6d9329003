import { z } from 'astro/zod';

/** The two official languages. Order matters: French first, as the councils publish. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Kebab-case, language-neutral identifier shared by both languages. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * A label in both languages. Both are required: a string in one language only
 * is a defect under the official-languages rules, not a fallback.
 */
export const localizedSchema = z.object({ fr: nonEmpty, en: nonEmpty }).strict();
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

/** A statement taken from a deck: text in both languages and where it comes from. */
export const statementSchema = z
	.object({
		text: localizedSchema,
		sources: sourcesSchema,
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
