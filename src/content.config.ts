// Content collections: the zod schemas in src/schemas are the contract.
// Cross-entry rules (references, cycles, language parity, slugs) are enforced
// by src/model/validate.ts, which Astro does not do on its own.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_FILES } from './model/content-files.ts';
import { bodySchema } from './schemas/bodies.ts';
import { documentSchema } from './schemas/documents.ts';
import { findingSchema } from './schemas/findings.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { logicElementSchema } from './schemas/logic-model.ts';
import { measureSchema } from './schemas/measures.ts';
import { frameworkElementSchema } from './schemas/operating-framework.ts';
import { pageSchema } from './schemas/pages.ts';
import { prioritySchema } from './schemas/priorities.ts';

export const collections = {
	pages: defineCollection({
		// Ids are the file path ("fr/home"), not the frontmatter slug: slugs repeat across languages.
		loader: glob({
			pattern: '{fr,en}/**/*.mdx',
			base: CONTENT_FILES.pagesDir,
			generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
		}),
		schema: pageSchema,
	}),
	bodies: defineCollection({ loader: file(CONTENT_FILES.bodies), schema: bodySchema }),
	documents: defineCollection({ loader: file(CONTENT_FILES.documents), schema: documentSchema }),
	findings: defineCollection({ loader: file(CONTENT_FILES.findings), schema: findingSchema }),
	glossary: defineCollection({ loader: file(CONTENT_FILES.glossary), schema: glossaryTermSchema }),
	logicModel: defineCollection({ loader: file(CONTENT_FILES.logicModel), schema: logicElementSchema }),
	measures: defineCollection({ loader: file(CONTENT_FILES.measures), schema: measureSchema }),
	operatingFramework: defineCollection({
		loader: file(CONTENT_FILES.operatingFramework),
		schema: frameworkElementSchema,
	}),
	priorities: defineCollection({ loader: file(CONTENT_FILES.priorities), schema: prioritySchema }),
};
