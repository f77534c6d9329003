import { z } from 'astro/zod';
import { idSchema, localizedSchema, localizedNameSchema, draftSchema } from './common.ts';

/**
 * A section of the site: a top-level entry of the main menu grouping pages by
 * what a reader wants (the strategy, the governance, the decisions, the
 * sources). Each section has an index page listing its pages; breadcrumbs,
 * the section menu and previous/next links follow it.
 */
export const sectionSchema = z
	.object({
		id: idSchema,
		title: localizedNameSchema,
		/** URL segment of the section's index page, per language. */
		slug: localizedNameSchema,
		/** What a reader finds in the section (index page, meta description). */
		description: localizedSchema,
		/** Translation keys of the pages in the section, in reading order. */
		pages: z.array(idSchema).min(1, 'a section needs at least one page'),
		draft: draftSchema,
	})
	.strict();
export type SectionEntry = z.infer<typeof sectionSchema>;
