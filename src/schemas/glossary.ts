import { z } from 'astro/zod';
import { idSchema, localizedSchema, sourcesSchema, draftSchema } from './common.ts';

export const glossaryTermSchema = z
	.object({
		id: idSchema,
		term: localizedSchema,
		acronym: localizedSchema.optional(),
		definition: localizedSchema,
		/** The body the term names, if any: its page is linked from the entry. */
		body: idSchema.optional(),
		sources: sourcesSchema,
		draft: draftSchema,
	})
	.strict();
export type GlossaryTermEntry = z.infer<typeof glossaryTermSchema>;
