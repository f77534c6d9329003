import { z } from 'astro/zod';
import { idSchema, localizedSchema, sourcesSchema, draftSchema } from './common.ts';

export const FRAMEWORK_SECTIONS = [
	'roles',
	'meeting-formats',
	'groups',
	'representation',
	'planning',
	'funding',
	'external-relations',
] as const;
export type FrameworkSection = (typeof FRAMEWORK_SECTIONS)[number];

/** An element of the operating framework: a synthesis, each citing its statement. */
export const frameworkElementSchema = z
	.object({
		id: idSchema,
		section: z.enum(FRAMEWORK_SECTIONS),
		order: z.number().int().positive(),
		title: localizedSchema,
		text: localizedSchema,
		bodies: z.array(idSchema).default([]),
		measures: z.array(idSchema).default([]),
		sources: sourcesSchema,
		draft: draftSchema,
	})
	.strict();
export type FrameworkElementEntry = z.infer<typeof frameworkElementSchema>;
