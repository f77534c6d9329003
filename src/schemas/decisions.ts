import { z } from 'astro/zod';
import { changeWeightSchema, draftSchema, idSchema, localizedSchema, referenceSchema } from './common.ts';

/** What a meeting decided about a measure. */
export const DECISION_OUTCOMES = ['approved', 'approved-with-changes', 'rejected', 'deferred', 'noted'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One decision: a measure, the meeting that took it, its outcome, and the record it rests on. */
export const decisionSchema = z
	.object({
		id: idSchema,
		/** The measure decided on (content/data/measures.yaml). */
		measure: idSchema,
		/** The meeting that decided (content/data/meetings.yaml); the decision takes its date. */
		meeting: idSchema,
		outcome: z.enum(DECISION_OUTCOMES),
		/** What the meeting said beyond the outcome (the changes, for approved-with-changes). */
		note: localizedSchema.optional(),
		/** The minutes or record of decision (or a slide) the decision rests on. */
		sources: z.array(referenceSchema).min(1, 'needs at least one source: the minutes or record of decision'),
		change: changeWeightSchema,
		draft: draftSchema,
	})
	.strict();
export type DecisionEntry = z.infer<typeof decisionSchema>;
