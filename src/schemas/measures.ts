import { z } from 'astro/zod';
import { idSchema, localizedSchema, sourceSchema, draftSchema } from './common.ts';

export const MEASURE_KINDS = [
	'proposed-measure',
	'recommended-measure',
	'commitment',
	'process-change',
	'external-relations',
	'next-step',
	'quick-win',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Where the measure stands. The decks seek decisions; none is recorded as taken. */
export const MEASURE_STATUSES = ['proposed', 'recommended', 'approved', 'in-progress', 'done', 'not-pursued'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const measureSchema = z
	.object({
		id: idSchema,
		kind: z.enum(MEASURE_KINDS),
		/** Number as printed in the deck, where it has one. */
		number: z.number().int().positive().optional(),
		/** Short label for tables and charts. */
		title: localizedSchema,
		/** The full statement as the deck makes it. */
		statement: localizedSchema,
		source: sourceSchema,
		bodies: z.array(idSchema).default([]),
		priorities: z.array(idSchema).default([]),
		status: z.enum(MEASURE_STATUSES),
		/** Shown on the home page among the headline measures. */
		headline: z.boolean().default(false),
		draft: draftSchema,
	})
	.strict();
export type MeasureEntry = z.infer<typeof measureSchema>;
