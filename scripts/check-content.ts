// npm run check:content — every rule the build applies to content, without a
// build, on the same parse (src/model/check-content.ts): YAML and MDX syntax,
// schemas, unique ids, references, reporting cycles, language parity, slugs,
// prose components and their props, internal links and citation anchors,
// drafts linked from published pages.
// Usage: node scripts/check-content.ts [--dev]   (--dev allows links to drafts, as `astro dev` does)
import { checkContent } from '../src/model/check-content.ts';
import { formatIssue } from '../src/model/content-set.ts';

const started = performance.now();
const { set, issues } = checkContent(process.cwd(), { production: !process.argv.includes('--dev') });
if (issues.length) {
	console.error(`✗ ${issues.length} content problem${issues.length === 1 ? '' : 's'}:`);
	for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
	process.exit(1);
}
const count = Object.values(set).reduce((n, list) => n + list.length, 0);
console.log(`✓ content valid: ${count} entries (${set.pages.length} pages) checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
