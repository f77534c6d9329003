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

/**
 * How the deck puts the measure: `proposed`, or `recommended` (« Nous
 * recommandons »). Everything after is recorded, not written here: decisions
 * (decisions.yaml) and events (events.yaml) move it on.
 */
export const DECK_STATUSES = ['proposed', 'recommended'] as const;
export type DeckStatus = (typeof DECK_STATUSES)[number];

/** Where a measure stands, derived from its deck, the decisions and the events (src/model/history.ts). */
export const MEASURE_STATUSES = [...DECK_STATUSES, 'deferred', 'approved', 'rejected', 'in-progress', 'completed', 'abandoned'] as const;
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
		/** As the deck puts it; later statuses come from decisions and events. */
		status: z.enum(DECK_STATUSES, { message: 'must be "proposed" or "recommended", as the deck puts it: a later status is recorded as a decision (decisions.yaml) or an event (events.yaml)' }),
		/** Shown on the home page among the headline measures. */
		headline: z.boolean().default(false),
		draft: draftSchema,
	})
	.strict();
export type MeasureEntry = z.infer<typeof measureSchema>;
