import { z } from 'astro/zod';
import { documentIdSchema, draftSchema, idSchema, isoDateSchema, localizedNameSchema, recordSchema } from './common.ts';

/** A deck's cover, where it names the meeting and its date (« Réunion des conseils mixtes du 27 février 2020 »). */
export const coverSourceSchema = z.object({ document: documentIdSchema, cover: z.literal(true) }).strict();

/**
 * A meeting of the councils: its date, its name in every language, and the
 * decks presented at it. A deck is tied to a meeting only where it states one
 * (the 2020 deck's cover); an undated deck is tied to none.
 */
export const meetingSchema = z
	.object({
		id: idSchema,
		date: isoDateSchema,
		title: localizedNameSchema,
		/** Optional slug override per language; otherwise derived from the title. */
		slug: localizedNameSchema.optional(),
		/** Decks presented at the meeting (content/data/documents.yaml ids), in the order presented. */
		documents: z.array(documentIdSchema).default([]),
		/** Where the meeting and its date are stated: a deck's cover (`{ document, cover: true }`) or a record (minutes). */
		sources: z.array(z.union([coverSourceSchema, recordSchema])).min(1, "needs at least one source: the deck's cover or the minutes that name the meeting"),
		draft: draftSchema,
	})
	.strict();
export type MeetingEntry = z.infer<typeof meetingSchema>;
