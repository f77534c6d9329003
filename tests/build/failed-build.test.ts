// A build with bad content fails with a message naming the file and the field,
// and leaves the previous output untouched: nothing half-built is published.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyFixture } from '../unit/content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
// Each test has its own fixture copy: neither depends on what the other did.
const copies: ReturnType<typeof copyFixture>[] = [];
afterAll(() => copies.forEach((c) => c.cleanup()));
function freshCopy() {
	const fx = copyFixture();
	copies.push(fx);
	return { fx, out: join(fx.root, 'out') };
}

it('fails on a missing reference and keeps the previous dist', { timeout: 120_000 }, () => {
	const { fx, out } = freshCopy();
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
	fx.edit('data/bodies.yaml', 'reportsTo: top', 'reportsTo: nowhere');

	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: fx.contentDir, ASTRO_CACHE_DIR: join(fx.root, 'cache') },
		encoding: 'utf8',
	});
	const output = `${r.stdout}${r.stderr}`;
	expect(r.status).not.toBe(0);
	expect(output).toMatch(/bodies\.yaml:\d+ › group-a › reportsTo: refers to bodies "nowhere", which does not exist/);
	expect(output).toContain('was left as it was');
	// The previous output is intact and no temporary folder is left beside it.
	expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('previous');
	expect(readdirSync(dirname(out)).filter((n) => n.startsWith('out.'))).toEqual([]);
});

it('fails when the briefing book cannot be made, saying why, and keeps the previous dist', { timeout: 120_000 }, () => {
	const { fx, out } = freshCopy();
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
	// Charts left to the reader's browser: the book would print without them, so it refuses.
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: fx.contentDir, ASTRO_CACHE_DIR: join(fx.root, 'cache-3'), DIAGRAMS_RENDER: 'client' },
		encoding: 'utf8',
	});
	const output = `${r.stdout}${r.stderr}`;
	expect(r.status).not.toBe(0);
	expect(output).toContain('briefing book: the charts must be drawn at build time');
	expect(output).toContain('was left as it was');
	expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('previous');
	expect(readdirSync(dirname(out)).filter((n) => n.startsWith('out.'))).toEqual([]);
});

it('builds the valid fixture and swaps it into place', { timeout: 120_000 }, () => {
	const { fx, out } = freshCopy();
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
	// A draft body and a draft page pair: built in dev only.
	fx.write(
		'data/bodies.yaml',
		fx.read('data/bodies.yaml') +
			'- id: draft-group\n  kind: working-group\n  article: { fr: "le", en: "the" }\n  draft: true\n  name: { fr: "Groupe brouillon", en: "Draft group" }\n  sources: [{ document: deck-a, slide: first }]\n',
	);
	for (const [lang, slug] of [['fr', 'brouillon'], ['en', 'draft']]) {
		fx.write(`pages/${lang}/draft.mdx`, `---\ntranslationKey: draft\nslug: '${slug}'\ntitle: Draft\ndescription: Draft.\ndraft: true\n---\n\nDraft.\n`);
	}
	// An editor's mermaid fence renders like the generated charts.
	fx.write('pages/en/home.mdx', fx.read('pages/en/home.mdx') + '\n```mermaid title="Fence chart"\nflowchart LR\n  a["Fence start"] --> b["Fence end"]\n```\n');
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: fx.contentDir, ASTRO_CACHE_DIR: join(fx.root, 'cache-2'), DIAGRAMS_RENDER: 'client', BRIEFING_BOOK: 'off' },
		encoding: 'utf8',
	});
	expect(`${r.stdout}${r.stderr}`).toContain('Site built into');
	expect(r.status).toBe(0);
	expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('previous');
	// Without a browser (forced here), charts fall back to the self-hosted Mermaid bundle,
	// loaded only by the pages that have a chart.
	const bodyPage = readFileSync(join(out, 'fr', 'organismes', 'groupe-a', 'index.html'), 'utf8');
	expect(bodyPage).toContain('<pre class="mermaid');
	expect(bodyPage).toMatch(/<script type="module" src="\/_jc-diagrams\/init\.mjs"><\/script>/);
	expect(readFileSync(join(out, 'fr', 'index.html'), 'utf8')).not.toContain('<script');
	expect(readdirSync(join(out, '_jc-diagrams'))).toContain('init.mjs');
	const home = readFileSync(join(out, 'en', 'index.html'), 'utf8');
	expect(home).toMatch(/<figure[^>]*jc-diagram[\s\S]*Fence start[\s\S]*<\/figure>/);
	// Drafts are absent from the build, the sitemap and the search index.
	expect(existsSync(join(out, 'fr', 'brouillon'))).toBe(false);
	expect(existsSync(join(out, 'fr', 'organismes', 'groupe-brouillon'))).toBe(false);
	const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
	expect(sitemap).toContain('/fr/organismes/groupe-a/');
	expect(sitemap).not.toMatch(/brouillon|draft/);
	expect(readdirSync(join(out, 'pagefind'))).toContain('pagefind.js');
	expect(`${r.stdout}${r.stderr}`).toMatch(/render in the reader's browser|client/i);
	rmSync(out, { recursive: true, force: true });
});
