// Which zod schema governs which collection: one map, shared by Astro's
// content config and the standalone checker.
import { bodySchema } from '../schemas/bodies.ts';
import { documentSchema } from '../schemas/documents.ts';
import { findingSchema } from '../schemas/findings.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { logicElementSchema } from '../schemas/logic-model.ts';
import { measureSchema } from '../schemas/measures.ts';
import { frameworkElementSchema } from '../schemas/operating-framework.ts';
import { prioritySchema } from '../schemas/priorities.ts';
import type { DataCollection } from './content-files.ts';

export const DATA_SCHEMAS = {
	bodies: bodySchema,
	documents: documentSchema,
	findings: findingSchema,
	glossary: glossaryTermSchema,
	logicModel: logicElementSchema,
	measures: measureSchema,
	operatingFramework: frameworkElementSchema,
	priorities: prioritySchema,
} as const satisfies Record<DataCollection, unknown>;
