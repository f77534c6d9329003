// npm run schemas — writes the JSON Schemas of the content files and the
// editor settings that use them (see src/model/content-schemas.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { contentSchemaFiles } from '../src/model/content-schemas.ts';

for (const [path, text] of contentSchemaFiles()) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`✓ ${path}`);
}
