import { z } from 'astro/zod';
import { changeWeightSchema, draftSchema, idSchema, isoDateSchema, localizedSchema, referenceSchema } from './common.ts';

/**
 * What can happen to a measure after a meeting has approved it. Approval,
 * rejection and deferral are decisions (decisions.yaml), never events: a
 * measure's status changes at a meeting only through a recorded decision.
 */
export const MEASURE_EVENTS = ['in-progress', 'completed', 'abandoned'] as const;
export type MeasureEvent = (typeof MEASURE_EVENTS)[number];

/** What can happen to a body. */
export const BODY_EVENTS = ['created', 'converted-to-community-of-practice', 'dissolved', 'reporting-line-changed'] as const;
export type BodyEvent = (typeof BODY_EVENTS)[number];

const eventBase = {
	id: idSchema,
	date: isoDateSchema,
	/** The decision that caused the event, where one did (content/data/decisions.yaml). */
	decision: idSchema.optional(),
	/** What the event rests on; required unless `decision` is given. */
	sources: z.array(referenceSchema).default([]),
	/** A sentence for readers, in every language (shown in the timeline, What changed and the feed). */
	note: localizedSchema.optional(),
	change: changeWeightSchema,
	draft: draftSchema,
};

/** A dated, sourced change to a measure's status. */
export const measureEventSchema = z
	.object({ ...eventBase, measure: idSchema, type: z.enum(MEASURE_EVENTS) })
	.strict();

/** A dated, sourced change to a body: created, converted, dissolved, or its reporting line changed. */
export const bodyEventSchema = z
	.object({
		...eventBase,
		body: idSchema,
		type: z.enum(['created', 'converted-to-community-of-practice', 'dissolved']),
		/** For `created`: the body it reports to from that date, if any. */
		reportsTo: idSchema.nullable().optional(),
	})
	.strict();

export const reportingLineEventSchema = z
	.object({
		...eventBase,
		body: idSchema,
		type: z.literal('reporting-line-changed'),
		/** The body it reports to from that date, or null: no reporting line any more. */
		reportsTo: idSchema.nullable(),
	})
	.strict();

/** An event, told apart by its `type`. */
export const eventSchema = z.discriminatedUnion('type', [measureEventSchema, bodyEventSchema, reportingLineEventSchema]);
export type EventEntry = z.infer<typeof eventSchema>;
export type MeasureEventEntry = z.infer<typeof measureEventSchema>;
export type BodyEventEntry = z.infer<typeof bodyEventSchema> | z.infer<typeof reportingLineEventSchema>;

export function isMeasureEvent(e: EventEntry): e is MeasureEventEntry {
	return 'measure' in e;
}
