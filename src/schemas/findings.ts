import { z } from 'astro/zod';
import { idSchema, localizedSchema, sourcesSchema, draftSchema } from './common.ts';

/** Themes (from the Joint Councils co-chairs) and challenges (from working-group co-chairs). */
export const FINDING_KINDS = ['theme', 'challenge'] as const;

export const findingSchema = z
	.object({
		id: idSchema,
		kind: z.enum(FINDING_KINDS),
		order: z.number().int().positive(),
		/** Heading the deck groups the finding under, where it has one. */
		group: localizedSchema.optional(),
		text: localizedSchema,
		sources: sourcesSchema,
		draft: draftSchema,
	})
	.strict();
export type FindingEntry = z.infer<typeof findingSchema>;
