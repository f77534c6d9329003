import { z } from 'astro/zod';
import { idSchema, isoDateSchema, localizedSchema, localizedNameSchema, draftSchema } from './common.ts';

/** A slide of a source deck; statements cite it by id. */
export const slideSchema = z
	.object({
		id: idSchema,
		title: localizedSchema,
		/** The deck's own slide number, where its text gives one (the site never numbers slides itself). */
		number: z.number().int().positive().optional(),
		/** True when the original slide body was an image with no recoverable text. */
		imageOnly: z.boolean().default(false),
	})
	.strict();

/** An item of a list on a slide, in both languages, citing that slide. */
const itemSchema = z.object({ slide: idSchema, text: localizedSchema }).strict();

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
		/** File name of the seed text in shared/seeds, for traceability. */
		seedFile: z.string().min(1),
		/** Whether the seed text was recovered by OCR (and corrected here). */
		ocr: z.boolean().default(false),
		slides: z.array(slideSchema).min(1),
		objectives: z.array(itemSchema).default([]),
		context: z.array(itemSchema).default([]),
		expectedResults: z.array(itemSchema).default([]),
		questions: z.array(itemSchema).default([]),
		decisionSought: z.array(itemSchema).default([]),
		draft: draftSchema,
	})
	.strict();
export type DocumentEntry = z.infer<typeof documentSchema>;
