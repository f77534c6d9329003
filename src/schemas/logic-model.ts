import { z } from 'astro/zod';
import { idSchema, localizedSchema, sourcesSchema, draftSchema } from './common.ts';

export const LOGIC_LEVELS = ['input', 'activity', 'output', 'immediate', 'intermediate', 'ultimate'] as const;
export type LogicLevel = (typeof LOGIC_LEVELS)[number];

/**
 * An element of the logic model. The deck's slide was an image, so each
 * element is a synthesis that must cite the statement it is built from.
 */
export const logicElementSchema = z
	.object({
		id: idSchema,
		level: z.enum(LOGIC_LEVELS),
		order: z.number().int().positive(),
		label: localizedSchema,
		/** The deck statement this element is derived from, in both languages. */
		basis: localizedSchema,
		sources: sourcesSchema,
		/** Elements of a later level this one leads to. */
		leadsTo: z.array(idSchema).default([]),
		draft: draftSchema,
	})
	.strict();
export type LogicElementEntry = z.infer<typeof logicElementSchema>;
