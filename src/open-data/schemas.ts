// The open data's contract: one zod schema per downloadable dataset. The
// build checks every file it writes against its schema, and publishes the
// JSON Schema generated from the same zod schema beside it.
import { z } from 'astro/zod';
import { BODY_KINDS, RELATIONSHIP_TYPES, REPORTING_BASES } from '../schemas/bodies.ts';
import { LANGS, idSchema } from '../schemas/common.ts';
import { DECISION_OUTCOMES } from '../schemas/decisions.ts';
import { MEASURE_EVENTS } from '../schemas/events.ts';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../schemas/measures.ts';

/** A text in every language of the site. */
const labels = z.object(Object.fromEntries(LANGS.map((l) => [l, z.string()])) as Record<(typeof LANGS)[number], z.ZodString>).strict();
const date = z.iso.date();

export const bodyRecordSchema = z
	.object({
		id: idSchema,
		kind: z.enum(BODY_KINDS),
		kindLabel: labels,
		name: labels,
		acronym: labels.nullable(),
		/** Id of the body it reports to as of the latest record, or null where the decks state none. */
		reportsTo: idSchema.nullable(),
		reportsToBasis: z.enum(REPORTING_BASES).nullable(),
		exists: z.boolean(),
		dissolved: z.boolean(),
		convertedToCommunityOfPractice: z.boolean(),
		relationships: z.array(
			z.object({ type: z.enum(RELATIONSHIP_TYPES), typeLabel: labels, target: idSchema, basis: z.enum(REPORTING_BASES) }).strict(),
		),
		url: labels,
	})
	.strict()
	.meta({ title: 'Body', description: 'A body named in the decks, with its reporting line and relationships as of the latest record.' });

const step = z
	.object({
		/** YYYY-MM-DD, or null for the proposal of an undated deck. */
		date: date.nullable(),
		kind: z.enum(['proposed', 'decision', 'event']),
		status: z.enum(MEASURE_STATUSES),
		statusLabel: labels,
		meeting: idSchema.nullable(),
		decision: idSchema.nullable(),
		outcome: z.enum(DECISION_OUTCOMES).nullable(),
		event: z.enum(MEASURE_EVENTS).nullable(),
		note: labels.nullable(),
	})
	.strict();

export const measureRecordSchema = z
	.object({
		id: idSchema,
		/** The deck's own number, where it gives one. */
		number: z.number().int().positive().nullable(),
		kind: z.enum(MEASURE_KINDS),
		kindLabel: labels,
		title: labels,
		statement: labels,
		document: idSchema,
		slide: idSchema,
		bodies: z.array(idSchema),
		status: z.enum(MEASURE_STATUSES),
		statusLabel: labels,
		decided: z.boolean(),
		lastChange: date.nullable(),
		history: z.array(step),
		url: labels,
	})
	.strict()
	.meta({ title: 'Measure', description: 'A measure of the decks, with its status and its history (proposal, decisions, events).' });

export const meetingRecordSchema = z
	.object({
		id: idSchema,
		date,
		title: labels,
		documents: z.array(idSchema),
		decisions: z.array(z.object({ id: idSchema, measure: idSchema, outcome: z.enum(DECISION_OUTCOMES), outcomeLabel: labels }).strict()),
		url: labels,
	})
	.strict()
	.meta({ title: 'Meeting', description: 'A meeting of the councils, the decks presented and the decisions recorded.' });

/** A dataset file: when it was built and its records. */
function datasetSchema<S extends z.ZodType>(record: S, title: string) {
	return z.object({ $schema: z.string().optional(), generated: date, records: z.array(record) }).strict().meta({ title });
}

export const DATASET_SCHEMAS = {
	bodies: datasetSchema(bodyRecordSchema, 'Joint Councils bodies'),
	measures: datasetSchema(measureRecordSchema, 'Joint Councils measures'),
	meetings: datasetSchema(meetingRecordSchema, 'Joint Councils meetings'),
} as const;
export type DatasetName = keyof typeof DATASET_SCHEMAS;
export const DATASET_NAMES = Object.keys(DATASET_SCHEMAS) as DatasetName[];
export type Dataset<N extends DatasetName> = z.infer<(typeof DATASET_SCHEMAS)[N]>;

/** The JSON Schema of a dataset, with the address it is published at. */
export function datasetJsonSchema(name: DatasetName, id: string): Record<string, unknown> {
	return { ...z.toJSONSchema(DATASET_SCHEMAS[name], { target: 'draft-2020-12' }), $id: id };
}
