// npm run new -- <kind> <id> — scaffolds new content with every required field
// present but empty, so that `npm run check:content` lists what is left to fill in.
//   page      content/pages/fr/<id>.mdx and content/pages/en/<id>.mdx
//   body      a new entry at the end of content/data/bodies.yaml
//   measure   a new entry at the end of content/data/measures.yaml
//   priority  a new entry at the end of content/data/priorities.yaml
//   meeting   a new entry at the end of content/data/meetings.yaml
//   decision  a new entry at the end of content/data/decisions.yaml (a measure, a meeting, the outcome)
//   event     a new entry at the end of content/data/events.yaml (a measure's or a body's)
// CONTENT_DIR points it at another content folder (default ./content).
import { ScaffoldError, SCAFFOLD_KINDS, scaffold } from '../src/model/scaffold.ts';

const USAGE = `usage: npm run new -- <kind> <id>
  kind: ${SCAFFOLD_KINDS.join(', ')}
  id:   a kebab-case id (lowercase letters, digits, hyphens), e.g. digital-identity`;

const [kind, id, ...rest] = process.argv.slice(2);
if (!kind || !id || rest.length || kind === '--help' || kind === '-h') {
	console.error(USAGE);
	process.exit(1);
}

try {
	const r = scaffold(kind, id);
	console.log(r.action === 'created' ? 'Created:' : 'Added an entry to:');
	for (const f of r.created) console.log(`  ${f}`);
	console.log(kind === 'page' ? 'Fill in:' : `Fill in, in the entry "${id}":`);
	for (const line of r.fill) console.log(`  - ${line}`);
	if (r.optional.length) console.log(`Optional: ${r.optional.join(', ')}`);
	console.log('Then run npm run check:content: it lists every field still empty.');
} catch (e) {
	if (!(e instanceof ScaffoldError)) throw e;
	console.error(`✗ ${e.message}`);
	if (e.usage) console.error(USAGE);
	process.exit(1);
}
