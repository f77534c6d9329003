// What each MDX component accepts: the contract `check:content` and the build
// validate every use against, before anything renders. The components in this
// folder read exactly these props.
import { z } from 'astro/zod';
import { idSchema } from '../../schemas/common.ts';
import { BODY_STATUSES } from '../../schemas/bodies.ts';
import { MEASURE_STATUSES } from '../../schemas/measures.ts';
import type { DataCollection } from '../../model/collections.ts';

export const MDX_COMPONENT_PROPS = {
	Body: z.object({ id: idSchema, short: z.boolean().optional() }).strict(),
	Cite: z.object({ document: idSchema, slide: idSchema }).strict(),
	Measure: z.object({ id: idSchema }).strict(),
	Status: z.object({ value: z.enum([...BODY_STATUSES, ...MEASURE_STATUSES]) }).strict(),
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENT_PROPS;

/** Which prop of a component names an entry of which collection. */
export const MDX_COMPONENT_REFERENCES: Partial<Record<MdxComponentName, { prop: string; collection: DataCollection }>> = {
	Body: { prop: 'id', collection: 'bodies' },
	Measure: { prop: 'id', collection: 'measures' },
	Cite: { prop: 'document', collection: 'documents' },
};
