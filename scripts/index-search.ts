// Build step: index the built site with Pagefind, one index per <html lang>
// (fr, en). Only what is inside data-pagefind-body (each page's <main>) is indexed.
// Usage: node scripts/index-search.ts <built folder>
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.argv[2];
if (!site) {
	console.error('usage: node scripts/index-search.ts <built folder>');
	process.exit(2);
}

const fail = (what: string, errors: string[]) => {
	console.error(`✗ Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
	process.exit(1);
};

const { index, errors } = await pagefind.createIndex({
	// Diagrams are described in their text version; their SVG labels would only repeat it.
	excludeSelectors: ['svg', 'pre.mermaid'],
});
if (!index) fail('setup', errors);
const added = await index!.addDirectory({ path: site });
if (added.errors.length) fail('indexing', added.errors);
if (added.page_count === 0) fail('indexing', ['no page was indexed: do the pages still carry data-pagefind-body?']);
const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) fail('writing', written.errors);
await pagefind.close();
console.log(`✓ Search index: ${added.page_count} pages indexed into ${written.outputPath}`);
