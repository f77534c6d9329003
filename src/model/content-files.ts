/**
 * Where each kind of content lives, relative to the project root. One place,
 * used by Astro and the scripts. CONTENT_DIR points the build at another tree
 * (the tests build fixture sites this way).
 */
export function contentFiles(contentDir: string) {
	const dir = contentDir.replace(/\/+$/, '');
	return {
		pagesDir: `${dir}/pages`,
		bodies: `${dir}/data/bodies.yaml`,
		documents: `${dir}/data/documents.yaml`,
		findings: `${dir}/data/findings.yaml`,
		glossary: `${dir}/data/glossary.yaml`,
		logicModel: `${dir}/data/logic-model.yaml`,
		measures: `${dir}/data/measures.yaml`,
		operatingFramework: `${dir}/data/operating-framework.yaml`,
		priorities: `${dir}/data/priorities.yaml`,
	} as const;
}

export const CONTENT_FILES = contentFiles(globalThis.process?.env?.CONTENT_DIR ?? './content');
export type ContentFiles = typeof CONTENT_FILES;

export type DataCollection = Exclude<keyof typeof CONTENT_FILES, 'pagesDir'>;
