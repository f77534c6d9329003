// JSON Schemas of the content files, generated from the zod schemas (the
// contract), so that VS Code or any YAML language server completes and
// checks a data file as an editor types. `npm run schemas` writes them and
// the editor settings that map each file to its schema; a test fails when
// the committed files are not what the zod schemas give.
import { z } from 'astro/zod';
import { DATA_COLLECTIONS, DATA_COLLECTION_NAMES, type DataCollection } from './collections.ts';

/** Where the generated schemas live, relative to the project root. */
export const SCHEMA_DIR = 'schemas/content';

export function contentSchemaFile(collection: DataCollection): string {
	return `${SCHEMA_DIR}/${DATA_COLLECTIONS[collection].file.replace(/^data\//, '').replace(/\.yaml$/, '')}.schema.json`;
}

/** A data file is a list of entries: its schema, as the editor sees it (the input side: defaults may be left out). */
export function contentJsonSchema(collection: DataCollection): Record<string, unknown> {
	const { file, schema } = DATA_COLLECTIONS[collection];
	return {
		...z.toJSONSchema(z.array(schema), { io: 'input', target: 'draft-7', unrepresentable: 'any' }),
		title: `content/${file}`,
		description: `Generated from src/schemas by \`npm run schemas\`: do not edit by hand.`,
	};
}

/** Every generated file: path → text. */
export function contentSchemaFiles(contentDir = 'content'): Map<string, string> {
	const files = new Map<string, string>();
	const yamlSchemas: Record<string, string> = {};
	for (const c of DATA_COLLECTION_NAMES) {
		files.set(contentSchemaFile(c), `${JSON.stringify(contentJsonSchema(c), null, 2)}\n`);
		yamlSchemas[`./${contentSchemaFile(c)}`] = `${contentDir}/${DATA_COLLECTIONS[c].file}`;
	}
	// VS Code with the YAML extension (redhat.vscode-yaml), which .vscode/extensions.json recommends.
	files.set('.vscode/settings.json', `${JSON.stringify({ 'yaml.schemas': yamlSchemas }, null, 2)}\n`);
	return files;
}
