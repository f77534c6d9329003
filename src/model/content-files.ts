/** Where each kind of content lives, relative to the project root. One place, used by Astro and the scripts. */
export const CONTENT_FILES = {
	pagesDir: './content/pages',
	bodies: './content/data/bodies.yaml',
	documents: './content/data/documents.yaml',
	findings: './content/data/findings.yaml',
	glossary: './content/data/glossary.yaml',
	logicModel: './content/data/logic-model.yaml',
	measures: './content/data/measures.yaml',
	operatingFramework: './content/data/operating-framework.yaml',
	priorities: './content/data/priorities.yaml',
} as const;

export type DataCollection = Exclude<keyof typeof CONTENT_FILES, 'pagesDir'>;
