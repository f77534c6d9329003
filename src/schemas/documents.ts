import { z } from 'astro/zod';
import { LANGS, idSchema, isoDateSchema, localizedSchema, localizedNameSchema, draftSchema, type Localized } from './common.ts';

/** An item of a list on a slide: its text, or its text and a nested list. */
export type SlideListItem = Localized | { text: Localized; items: SlideListItem[] };
const listItemSchema: z.ZodType<SlideListItem> = z.lazy(() =>
	z.union([localizedSchema, z.object({ text: localizedSchema, items: z.array(listItemSchema).min(1) }).strict()]),
);

/**
 * A block of a slide's own text, in deck order: a heading, a paragraph, a list,
 * or a note that is the site's (a translator's note), never the deck's.
 */
export const slideBlockSchema = z.union([
	z.object({ heading: localizedSchema }).strict(),
	z.object({ paragraph: localizedSchema }).strict(),
	z.object({ list: z.array(listItemSchema).min(1), numbered: z.boolean().default(false) }).strict(),
	z.object({ note: localizedSchema }).strict(),
]);
export type SlideBlock = z.infer<typeof slideBlockSchema>;

/** A slide of a source deck, with its own text; statements elsewhere cite it by id. */
export const slideSchema = z
	.object({
		id: idSchema,
		title: localizedSchema,
		/** The deck's own slide number, where its text gives one (the site never numbers slides itself). */
		number: z.number().int().positive().optional(),
		/** True when the original slide body was an image with no recoverable text. */
		imageOnly: z.boolean().default(false),
		/** The slide's text, word for word (French) and translated (English). */
		text: z.array(slideBlockSchema).default([]),
	})
	.strict();
export type Slide = z.infer<typeof slideSchema>;

/** One of the two source decks (shared/seeds). */
export const documentSchema = z
	.object({
		id: idSchema,
		title: localizedNameSchema,
		/** How the site names the deck in running text and attributions (« document de 2020 », "2020 deck"). */
		shortTitle: localizedNameSchema,
		/** Meeting or occasion line under the title, where the deck has one. */
		subtitle: localizedSchema.optional(),
		/** Optional slug override per language; otherwise derived from the title. */
		slug: localizedNameSchema.optional(),
		/** ISO date, or null when the deck is undated. */
		date: isoDateSchema.nullable(),
		/** The language the deck was written in. */
		language: z.enum(LANGS),
		/** File name of the seed text in shared/seeds, for traceability. */
		seedFile: z.string().min(1),
		/** Whether the seed text was recovered by OCR (and corrected here). */
		ocr: z.boolean().default(false),
		slides: z.array(slideSchema).min(1),
		draft: draftSchema,
	})
	.strict();
export type DocumentEntry = z.infer<typeof documentSchema>;
