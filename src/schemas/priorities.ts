import { z } from 'astro/zod';
import { idSchema, localizedSchema, localizedNameSchema, sourcesSchema, draftSchema } from './common.ts';

export const prioritySchema = z
	.object({
		id: idSchema,
		/** Display order on index pages. */
		order: z.number().int().positive(),
		name: localizedNameSchema,
		slug: localizedNameSchema.optional(),
		/** The scope items the deck lists for the theme. */
		scope: z.array(localizedSchema).min(1),
		/** Bodies the decks connect to this priority. */
		bodies: z.array(idSchema).default([]),
		sources: sourcesSchema,
		draft: draftSchema,
	})
	.strict();
export type PriorityEntry = z.infer<typeof prioritySchema>;
