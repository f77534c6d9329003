// A rebuild reuses what did not change and never publishes a stale page
// (Astro's incremental build, keyed by src/model/cache-keys.ts): after an edit
// to one page's prose, the other pages are copied from the previous build, and
// after an edit to a data file every page is rendered again. Either way the
// output is the same as a build from nothing.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../unit/content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'jc-rebuild-'));
const contentDir = join(root, 'content');
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(VALID_FIXTURE, contentDir, { recursive: true });

/** The last build's log. */
let log = '';

/** Builds the fixture into `out` with the given Astro cache folder; returns how many pages were copied from the previous build. */
function build(out: string, cache: string): number {
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cache, DIAGRAMS_RENDER: 'client', BRIEFING_BOOK: 'off', NO_COLOR: '1' },
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}${r.stderr}`);
	log = r.stdout;
	return (r.stdout.match(/\(restored\)/g) ?? []).length;
}

/** Every HTML page of a build, by path (the search index aside, whose file names vary). */
function pages(dir: string): Map<string, string> {
	const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? (n === 'pagefind' ? [] : walk(join(d, n))) : n.endsWith('.html') ? [join(d, n)] : []));
	return new Map(walk(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));
}

const cache = join(root, 'cache');
const out = join(root, 'out');
/** A build from nothing of the same content, to compare with. */
const fresh = (name: string) => {
	build(join(root, name), join(root, `cache-${name}`));
	return pages(join(root, name));
};

describe('rebuilding after an edit', () => {
	it('copies the pages an edit to one page’s prose leaves alone, and renders that page with the edit', () => {
		expect(build(out, cache)).toBe(0);
		// The MDX compile is timed in the log for the benchmark (src/build-log/mdx-compile.ts): @astrojs/mdx's plugin was found.
		expect(log).toMatch(/\[jc-mdx\] MDX: [1-9]\d* files? compiled in \d+\.\d s/);
		const sentence = 'Phrase ajoutée pour vérifier la reconstruction.';
		appendFileSync(join(contentDir, 'pages/fr/priorities.mdx'), `\n${sentence}\n`);
		const restored = build(out, cache);
		const built = pages(out);
		expect(restored).toBeGreaterThan(built.size / 2);
		expect(restored).toBeLessThan(built.size);
		expect([...built].filter(([, html]) => html.includes(sentence)).map(([path]) => path)).toHaveLength(1);
		expect(built).toEqual(fresh('fresh-prose'));
	}, 300_000);

	it('renders every page again after an edit to a data file, so no page keeps an old name', () => {
		const file = join(contentDir, 'data/bodies.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('en: "Top council"', 'en: "Upper council"'));
		expect(build(out, cache)).toBe(0);
		const built = pages(out);
		expect([...built.values()].some((html) => html.includes('Top council'))).toBe(false);
		expect([...built.values()].some((html) => html.includes('Upper council'))).toBe(true);
		expect(built).toEqual(fresh('fresh-data'));
	}, 300_000);
});
