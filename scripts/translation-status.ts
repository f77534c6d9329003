// npm run translation-status — for every page (one file per language, same
// translationKey), whether a language may be out of date with another, from git history.
//
//   node scripts/translation-status.ts                  table of every pair, exit 0
//   node scripts/translation-status.ts --strict         exit 1 if any pair is stale
//   node scripts/translation-status.ts --mark en/<key>  record that content/pages/en/<key>.mdx
//                                                       is up to date with its French counterpart
// CONTENT_DIR points it at another content folder (default ./content).
import { LANGS } from '../src/i18n/languages.ts';
import { describeStatus, markTranslation, translationStatus, TranslationStatusError } from '../src/model/translation-status.ts';

const USAGE = `usage: npm run translation-status [-- --strict]
       npm run translation-status -- --mark <lang>/<key>   (e.g. --mark en/priorities)`;

const args = process.argv.slice(2);
let strict = false;
let mark: string | undefined;
for (let i = 0; i < args.length; i++) {
	const a = args[i]!;
	if (a === '--strict') strict = true;
	else if (a === '--mark') mark = args[++i];
	else if (a.startsWith('--mark=')) mark = a.slice('--mark='.length);
	else {
		console.error(`✗ unknown argument "${a}"\n${USAGE}`);
		process.exit(1);
	}
	if (a === '--mark' && !mark) {
		console.error(`✗ --mark needs <lang>/<key>\n${USAGE}`);
		process.exit(1);
	}
}

if (mark) {
	try {
		const r = markTranslation(mark);
		console.log(
			r.changed
				? `✓ ${r.file} marked up to date with ${r.counterpart} (translationOf: '${r.hash}')`
				: `✓ ${r.file} was already marked up to date with ${r.counterpart} (translationOf: '${r.hash}')`,
		);
		console.log('  Commit it with your translation. If the other page changes again, the pair shows as stale again.');
		process.exit(0);
	} catch (e) {
		if (!(e instanceof TranslationStatusError)) throw e;
		console.error(`✗ ${e.message}`);
		process.exit(1);
	}
}

const pairs = translationStatus();
const rows = [['key', ...LANGS, 'status'], ...pairs.map((p) => [p.key, ...LANGS.map((l) => p[l].file), describeStatus(p)])];
const last = rows[0]!.length - 1;
const widths = rows[0]!.slice(0, last).map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, row] of rows.entries()) {
	console.log(row.map((cell, c) => (c < last ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd());
	if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  ') + '  ------');
}

if (!pairs.length) {
	console.log('No page pairs found.');
	process.exit(0);
}
if (pairs.every((p) => p.status === 'unknown')) {
	console.log(`\nNot in a git checkout (or no history for these files): the status of ${pairs.length} page pairs is unknown.`);
	process.exit(0);
}
const stale = pairs.filter((p) => p.status === 'stale');
const marked = pairs.filter((p) => p.status === 'current' && p.marked).length;
const unknown = pairs.filter((p) => p.status === 'unknown').length;
console.log(
	`\n${pairs.length} page pairs: ${pairs.length - stale.length - unknown} up to date` +
		(marked ? ` (${marked} marked)` : '') +
		`, ${stale.length} stale` +
		(unknown ? `, ${unknown} unknown` : '') +
		'.',
);
if (stale.length) {
	console.log('Once a stale page is brought up to date, record it with:');
	for (const p of stale) for (const older of p.behind!) console.log(`  npm run translation-status -- --mark ${older}/${p.key}`);
}
process.exit(strict && stale.length ? 1 : 0);
