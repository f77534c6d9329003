// The content collections, declared once: where each lives under the content
// folder and which zod schema governs it. Astro's content config, the loader,
// the content set's types and validation all derive from this table.
import type { z } from 'astro/zod';
import { bodySchema } from '../schemas/bodies.ts';
import { decisionSchema } from '../schemas/decisions.ts';
import { documentSchema } from '../schemas/documents.ts';
import { eventSchema } from '../schemas/events.ts';
import { findingSchema } from '../schemas/findings.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { logicElementSchema } from '../schemas/logic-model.ts';
import { measureSchema } from '../schemas/measures.ts';
import { meetingSchema } from '../schemas/meetings.ts';
import { frameworkElementSchema } from '../schemas/operating-framework.ts';
import { pageSchema } from '../schemas/pages.ts';
import { prioritySchema } from '../schemas/priorities.ts';
import { sectionSchema } from '../schemas/sections.ts';

/** Data collections: one YAML file each, a list of entries with an `id`. */
export const DATA_COLLECTIONS = {
	bodies: { file: 'data/bodies.yaml', schema: bodySchema },
	documents: { file: 'data/documents.yaml', schema: documentSchema },
	findings: { file: 'data/findings.yaml', schema: findingSchema },
	glossary: { file: 'data/glossary.yaml', schema: glossaryTermSchema },
	logicModel: { file: 'data/logic-model.yaml', schema: logicElementSchema },
	measures: { file: 'data/measures.yaml', schema: measureSchema },
	operatingFramework: { file: 'data/operating-framework.yaml', schema: frameworkElementSchema },
	priorities: { file: 'data/priorities.yaml', schema: prioritySchema },
	sections: { file: 'data/sections.yaml', schema: sectionSchema },
	// The strategy over time: meetings, what they decided, what happened after.
	meetings: { file: 'data/meetings.yaml', schema: meetingSchema },
	decisions: { file: 'data/decisions.yaml', schema: decisionSchema },
	events: { file: 'data/events.yaml', schema: eventSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodType }>;

/** Prose pages: MDX files under `pages/<lang>/`. */
export const PAGES_COLLECTION = { dir: 'pages', schema: pageSchema } as const;

export type DataCollection = keyof typeof DATA_COLLECTIONS;
export const DATA_COLLECTION_NAMES = Object.keys(DATA_COLLECTIONS) as DataCollection[];
export type DataEntry<C extends DataCollection> = z.output<(typeof DATA_COLLECTIONS)[C]['schema']>;

export type ContentFiles = { pagesDir: string } & { [C in DataCollection]: string };

/**
 * Where each collection lives, relative to the project root. CONTENT_DIR
 * points the build at another tree (the tests build fixture sites this way).
 */
export function contentFiles(contentDir: string): ContentFiles {
	const dir = contentDir.replace(/\/+$/, '');
	const data = Object.fromEntries(DATA_COLLECTION_NAMES.map((c) => [c, `${dir}/${DATA_COLLECTIONS[c].file}`]));
	return { pagesDir: `${dir}/${PAGES_COLLECTION.dir}`, ...data } as ContentFiles;
}

export const CONTENT_FILES = contentFiles(globalThis.process?.env?.CONTENT_DIR ?? './content');
