import { z } from 'astro/zod';
import { idSchema, localizedSchema, localizedNameSchema, localizedWordSchema, sourcesSchema, statementSchema, draftSchema } from './common.ts';

export const BODY_KINDS = [
	'joint-councils',
	'council',
	'institute',
	'working-group',
	'community-of-practice',
	'subcommittee',
	'external-table',
	'participants',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A status a deck states for a body (proposed changes are separate). */
export const BODY_STATUSES = ['active', 'under-review', 'phasing-out', 'dissolved'] as const;
export type BodyStatus = (typeof BODY_STATUSES)[number];

export const RELATIONSHIP_TYPES = ['supports', 'liaises-with', 'part-of'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const relationshipSchema = z
	.object({
		type: z.enum(RELATIONSHIP_TYPES),
		target: idSchema,
		sources: sourcesSchema,
		/** Whether a deck states the relationship or the site infers it (then `note` says from what). */
		basis: z.enum(['stated', 'inferred']).default('stated'),
		note: localizedSchema.optional(),
	})
	.strict();

/** Changes the decks propose to a body. Each must point to the measure that proposes it. */
/**
 * Each type keeps its deck's own verb, so two decks' proposals never read as one:
 * 001 asks two groups to « rendre compte de leurs activités aux CM »
 * (report-activities-to), 000 to « muter » them (move-to); 001's « relation
 * plus formelle » (formalize-relationship) is not 000's « examinerons les liens »
 * (review-links). Those with a target body change the structure the charts draw.
 */
export const CHANGE_TYPES = [
	'phase-out',
	'convert-to-community-of-practice',
	'report-activities-to',
	'move-to',
	'clarify-relationship',
	'expand-role',
	'leverage-platform',
	'formalize-relationship',
	'review-links',
	'oversee-review',
	'encourage-participation',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const proposedChangeSchema = z
	.object({
		type: z.enum(CHANGE_TYPES),
		/** The measure (content/data/measures.yaml) that proposes this change. */
		measure: idSchema,
		/** For report-activities-to, move-to (required), formalize-relationship, review-links, encourage-participation: the other body. */
		target: idSchema.optional(),
		/** "phase-out" may be conditional (e.g. after its final deliverables). */
		condition: localizedSchema.optional(),
	})
	.strict();
export type ProposedChange = z.infer<typeof proposedChangeSchema>;

/** How the site knows a reporting line: a deck states it, or the site infers it from a deck's words. */
export const REPORTING_BASES = ['stated', 'inferred'] as const;
export type ReportingBasis = (typeof REPORTING_BASES)[number];

export const bodySchema = z
	.object({
		id: idSchema,
		kind: z.enum(BODY_KINDS),
		name: localizedNameSchema,
		/**
		 * The article each language puts before the name in running text, from the
		 * language's list in its dictionary (`grammar.articles`): French « le », « la »,
		 * « l' », « les »; English "the" or "" (none). Generated sentences contract it
		 * (« du Conseil… », « aux Conseils mixtes », "of the Joint Councils").
		 */
		article: localizedWordSchema,
		acronym: localizedNameSchema.optional(),
		/**
		 * The name as running text writes it, where that differs from the name as a
		 * title (the decks write « les conseils mixtes » in a sentence, « Conseils
		 * mixtes » as a heading). Generated sentences use it; headings and lists use `name`.
		 */
		nameInText: localizedNameSchema.optional(),
		/** Other names the decks use for the same body. */
		aliases: z.array(localizedSchema).default([]),
		/** Optional slug override per language; otherwise derived from acronym or name. */
		slug: localizedNameSchema.optional(),
		/** The body this one reports to as the decks describe it (2020), or null where they do not say. */
		reportsTo: idSchema.nullable().default(null),
		/** Sources for the reporting line (required when reportsTo is set). */
		reportsToSources: sourcesSchema.optional(),
		/**
		 * Whether a deck states the reporting line or the site infers it from what a
		 * deck says (required with reportsTo); an inferred line needs `reportsToNote`.
		 */
		reportsToBasis: z.enum(REPORTING_BASES).optional(),
		/** What an inferred reporting line rests on, in every language. */
		reportsToNote: localizedSchema.optional(),
		relationships: z.array(relationshipSchema).default([]),
		/** Only where a deck states it, with `statusSources`; otherwise the site says it is not stated. */
		status: z.enum(BODY_STATUSES).optional(),
		statusSources: sourcesSchema.optional(),
		mandate: z.array(statementSchema).default([]),
		proposedChanges: z.array(proposedChangeSchema).default([]),
		sources: sourcesSchema,
		draft: draftSchema,
	})
	.strict();
export type BodyEntry = z.infer<typeof bodySchema>;
