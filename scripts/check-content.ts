// npm run check:content — the build's content rules, without a build:
// schemas, references, reporting cycles, language parity, unique slugs,
// measures behind proposed changes, drafts linked from published pages.
// Usage: node scripts/check-content.ts [--dev]   (--dev allows links to drafts, as `astro dev` does)
import { loadContentFromDisk } from '../src/model/load-files.ts';
import { formatIssue } from '../src/model/content-set.ts';
import { validateContent } from '../src/model/validate.ts';

const production = !process.argv.includes('--dev');
const { set, issues } = loadContentFromDisk(process.cwd());
// Cross-entry rules only make sense once every file parsed.
const all = issues.length ? issues : validateContent(set, { production });
if (all.length) {
	console.error(`✗ ${all.length} content problem${all.length === 1 ? '' : 's'}:`);
	for (const issue of all) console.error(`  ${formatIssue(issue)}`);
	process.exit(1);
}
const count = Object.values(set).reduce((n, list) => n + list.length, 0);
console.log(`✓ content valid: ${count} entries (${set.pages.length} pages) checked`);
