/**
 * Build-time rendering in real Chromium (one browser for this file, closed in
 * afterAll), the on-disk cache, the client fallback and the integration hooks.
 * Skipped parts: the Chromium tests when no Chromium-family browser exists.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { findChromium } from '../../../src/browser/find-chromium.ts';
import {
	CLIENT_ASSET_DIR,
	CLIENT_BUNDLE_FILE,
	CLIENT_INIT_FILE,
	CLIENT_INIT_SCRIPT,
	clientBundlePath,
	clientFallbackHtml,
	clientFallbackUsed,
	clientInitScriptPath,
	copyMermaidBundle,
	resetClientFallbackUsed,
} from '../../../src/diagrams/clientFallback.ts';
import jcDiagrams, { chartsReport, mermaidFences, readMetaAttribute, withAccessibility } from '../../../src/diagrams/integration.ts';
import { neighbourhoodChart } from '../../../src/diagrams/org-chart.ts';
import { structureChart } from '../../../src/diagrams/structure-chart.ts';
import {
	closeRenderer,
	diagramHash,
	getRenderStats,
	makeResponsive,
	renderDiagram,
	renderDiagrams,
	resetRenderStats,
} from '../../../src/diagrams/render.ts';
import { diagramsState } from '../../../src/diagrams/state.ts';
import { HOSTILE_EDGES, HOSTILE_NAMES, fixtureBodies, hostileBodies } from './helpers.ts';

const hasChromium = Boolean(findChromium());
let cacheDir = '';
const savedEnv = { cache: process.env.DIAGRAM_CACHE_DIR, mode: process.env.DIAGRAMS_RENDER };

beforeAll(async () => {
	cacheDir = await mkdtemp(path.join(os.tmpdir(), 'jc-diagrams-test-'));
	process.env.DIAGRAM_CACHE_DIR = cacheDir;
	delete process.env.DIAGRAMS_RENDER;
});
afterAll(async () => {
	await closeRenderer();
	await rm(cacheDir, { recursive: true, force: true });
	if (savedEnv.cache === undefined) delete process.env.DIAGRAM_CACHE_DIR;
	else process.env.DIAGRAM_CACHE_DIR = savedEnv.cache;
	if (savedEnv.mode === undefined) delete process.env.DIAGRAMS_RENDER;
	else process.env.DIAGRAMS_RENDER = savedEnv.mode;
});

/** Start tags with their attribute names (the SVG is serialized markup: values are quoted and escaped). */
function startTags(svg: string): { name: string; attributes: string[] }[] {
	return [...svg.matchAll(/<([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
		name: m[1]!.toLowerCase(),
		attributes: [...(m[2] ?? '').matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
	}));
}
function decode(s: string): string {
	return s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
/** Text drawn by <text> elements, one string per element, whitespace and invisible word joiners removed. */
function drawnTexts(svg: string): string[] {
	return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
		decode(m[1]!.replace(/<[^>]*>/g, '')).replace(/[\s\u2060]+/g, ''),
	);
}
function ids(svg: string): string[] {
	return [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

// Under CI a missing browser is a failure, not a skip.
describe.skipIf(!hasChromium && !process.env.CI)('build-time rendering in Chromium', { timeout: 120_000 }, () => {
	beforeEach(() => resetRenderStats());

	it('hostile names: structure intact, no script, no img, no event handler, names drawn as text', async () => {
		for (const [i, spec] of [structureChart(hostileBodies(), 'en'), structureChart(hostileBodies(), 'fr')].entries()) {
			const svg = (await renderDiagram(spec.source, `hostile-${i}`))!;
			expect(svg).not.toBeNull();
			// Structure as Mermaid parsed it: one node per body, all edges.
			expect(svg.match(/<g class="node\b/g)).toHaveLength(HOSTILE_NAMES.length);
			expect(svg.match(/<path\b[^>]*\bflowchart-link\b/g)).toHaveLength(HOSTILE_EDGES);
			// No markup from the labels.
			expect(svg).not.toMatch(/<script/i);
			expect(svg).not.toMatch(/<img/i);
			expect(svg).not.toMatch(/<foreignObject/i);
			const tags = startTags(svg);
			expect(tags.length).toBeGreaterThan(20);
			for (const t of tags) {
				expect(['script', 'img', 'iframe', 'object', 'embed', 'a', 'foreignobject']).not.toContain(t.name);
				for (const a of t.attributes) expect(a).not.toMatch(/^on/);
			}
			expect(svg).not.toMatch(/<[^>]*\sonerror\s*=/i); // "onerror=" only ever appears as drawn text
			// Every name is drawn as text (`"` becomes a typographic quote).
			const texts = drawnTexts(svg);
			for (const name of HOSTILE_NAMES) {
				const expected = name.replace(/"/g, '“').replace(/\s+/g, '');
				expect(texts.some((t) => t.startsWith(expected)), `${name} in ${JSON.stringify(texts)}`).toBe(true);
			}
		}
	});

	it('carries <title>/<desc> and aria-labelledby, scales (no width/height), keeps the viewBox', async () => {
		const spec = structureChart(fixtureBodies(), 'fr');
		const svg = (await renderDiagram(spec.source, 'org-fr'))!;
		const root = /^<svg\b[^>]*>/.exec(svg)![0];
		expect(root).toMatch(/\sid="org-fr"/);
		expect(root).toMatch(/\sviewBox="[\d. -]+"/);
		const [, , w, h] = /\sviewBox="([^"]+)"/.exec(root)![1]!.split(' ').map(Number) as [number, number, number, number];
		expect(root).toMatch(new RegExp(`^<svg width="${Math.ceil(w)}" height="${Math.ceil(h)}" `));
		expect(root).not.toMatch(/\sstyle=/); // no inline style (html-validate, CSP)
		expect(root).not.toContain('100%');
		expect(root).toMatch(/\saria-labelledby="chart-title-org-fr"/);
		expect(root).toMatch(/\saria-describedby="chart-desc-org-fr"/);
		expect(root).toMatch(/\saria-roledescription="flowchart-v2"/);
		expect(svg).toContain(`<title id="chart-title-org-fr">${spec.title}</title>`);
		expect(svg).toContain(`<desc id="chart-desc-org-fr">${spec.description}</desc>`);
		// SVG text labels (htmlLabels: false), French accents intact
		expect(drawnTexts(svg)).toContain('Sous-comitéBêta(enexamen)');
	});

	it('two diagrams on one page share no id, even with the same source', async () => {
		const a = structureChart(fixtureBodies(), 'en').source;
		const b = neighbourhoodChart(fixtureBodies(), 'jc', 'en').source;
		const out = await renderDiagrams([
			{ id: 'org-current', source: a },
			{ id: 'org-proposed', source: b },
			{ id: 'org-current-again', source: a },
		]);
		const all = [...out.values()].flatMap((svg) => ids(svg!));
		expect(all.length).toBeGreaterThan(30);
		expect(all.filter((x, i) => all.indexOf(x) !== i)).toEqual([]);
		for (const [id, svg] of out) for (const x of ids(svg!)) expect(x.startsWith(id) || x.endsWith(id)).toBe(true);
		await expect(renderDiagrams([{ id: 'x', source: a }, { id: 'x', source: b }])).rejects.toThrow(/Duplicate/);
		await expect(renderDiagram(a, '1bad id')).rejects.toThrow(/must start with a letter/);
	});

	it('renders an unchanged source once: the second call is a cache hit, the browser is not used', async () => {
		const source = structureChart(fixtureBodies(), 'en').source.replace('flowchart RL', 'flowchart RL\n%% cache test');
		const first = await renderDiagram(source, 'cache-a');
		expect(getRenderStats()).toMatchObject({ browserRenders: 1, cacheHits: 0 });
		expect(existsSync(path.join(cacheDir, `${diagramHash(source)}.svg`))).toBe(true);
		const drawn = getRenderStats().drawMs;
		expect(drawn).toBeGreaterThan(0);
		const second = await renderDiagram(source, 'cache-b');
		expect(getRenderStats()).toMatchObject({ browserRenders: 1, cacheHits: 1, drawMs: drawn });
		expect(second).toBe(first!.split('cache-a').join('cache-b'));
		// The build log's line, which the benchmark reads (bench/astro-log.ts).
		expect(chartsReport(getRenderStats())).toMatch(/^charts: 1 drawn in Chromium in \d+\.\d s, one after the other \(browser and Mermaid started in \d+\.\d s\), 1 from the cache$/);
		resetRenderStats();
		expect(chartsReport(getRenderStats())).toBe('charts: none drawn in Chromium, 0 from the cache');
	});

	it('draws the same SVG every time for the same source (rounded shapes seeded), so builds are reproducible', async () => {
		const source = structureChart(fixtureBodies(), 'en').source.replace('flowchart RL', 'flowchart RL\n%% reproducible');
		const first = await renderDiagram(source, 'same');
		await rm(path.join(cacheDir, `${diagramHash(source)}.svg`));
		const second = await renderDiagram(source, 'same');
		expect(getRenderStats().browserRenders).toBe(2);
		expect(second).toBe(first);
	});

	it('concurrent calls for one source share one render', async () => {
		const source = 'flowchart LR\naccTitle: t\nn0["A"] --> n1["B"]\n';
		await Promise.all([renderDiagram(source, 'c1'), renderDiagram(source, 'c2'), renderDiagram(source, 'c3')]);
		expect(getRenderStats().browserRenders).toBe(1);
		expect(getRenderStats().launches).toBe(0); // browser from an earlier test reused
	});

	it('an %%{init}%% directive cannot turn HTML labels on or change the security level', async () => {
		const source =
			'%%{init: {"htmlLabels": true, "flowchart": {"htmlLabels": true}, "securityLevel": "loose", "themeCSS": ".node{fill:red}"}}%%\n' +
			'flowchart LR\n  a["<b>bold</b> <img src=x>"] --> b["B"]\n';
		const svg = (await renderDiagram(source, 'init-directive'))!;
		expect(svg).toMatch(/^<svg/);
		expect(svg).not.toMatch(/<foreignObject/i);
		expect(svg).not.toMatch(/<img/i);
		expect(svg).not.toContain('fill:red');
	});

	it('fails loudly on a Mermaid syntax error', async () => {
		await expect(renderDiagram('flowchart LR\n  a --> --> b[\n', 'broken')).rejects.toThrow(/Mermaid could not render/);
		// the renderer is still usable afterwards
		expect(await renderDiagram('flowchart LR\n  x --> y\n', 'after-error')).toMatch(/^<svg/);
	});

	it('```mermaid fences (Sätteri mdast plugin) give the same SVG in Markdown and MDX', async () => {
		const { markdownToHtml, mdxToJs } = await import('satteri');
		const doc = '# T\n\n```mermaid title="Two \'steps\'" desc="A -- then B..."\nflowchart LR\n  a["A"] --> b["B"]\n```\n';
		const plugin = mermaidFences();
		const md = await markdownToHtml(doc, { mdastPlugins: [plugin], features: { smartPunctuation: true } });
		const svg = /<svg[\s\S]*<\/svg>/.exec(md.html)![0];
		expect(md.html).toContain('<figure class="jc-diagram"><div class="jc-diagram__graphic" data-pagefind-ignore="all"><svg');
		expect(svg).toContain(`<title id="chart-title-${/<svg\b[^>]*\sid="([^"]+)"/.exec(svg)![1]}">Two 'steps'</title>`);
		expect(svg).toContain('A -- then B...</desc>'); // no smart punctuation inside the SVG
		expect(md.html).toContain('<figcaption class="jc-diagram__caption">Two &#39;steps&#39;</figcaption>');
		const mdx = await mdxToJs(doc, { mdastPlugins: [plugin], features: { smartPunctuation: true } });
		expect(mdx.code).toContain('"set:html"');
		expect(mdx.code).toContain(JSON.stringify(svg).slice(1, 200)); // the SVG verbatim, as a JS string
		expect(mdx.code).not.toContain('“Segoe UI”');
	});
});

describe('fence helpers', () => {
	it('reads title/desc from the fence meta', () => {
		expect(readMetaAttribute('title="A b" desc=\'C\' x=1', 'title')).toBe('A b');
		expect(readMetaAttribute('title="A b" desc=\'C\' x=1', 'desc')).toBe('C');
		expect(readMetaAttribute('title=Word', 'title')).toBe('Word');
		expect(readMetaAttribute(null, 'title')).toBeUndefined();
	});
	it('adds accTitle/accDescr after the diagram type line unless present', () => {
		expect(withAccessibility('%% c\nflowchart LR\n a-->b', 'T: x', 'D')).toBe('%% c\nflowchart LR\naccTitle: T#58; x\naccDescr: D\n a-->b');
		expect(withAccessibility('flowchart LR\naccTitle: Mine\n a-->b', 'T')).toBe('flowchart LR\naccTitle: Mine\n a-->b');
		expect(withAccessibility('---\ntitle: x\n---\nflowchart LR', 'T')).toBe('---\ntitle: x\n---\nflowchart LR');
	});
});

describe('client mode (no Chromium, or DIAGRAMS_RENDER=client)', () => {
	beforeEach(() => {
		process.env.DIAGRAMS_RENDER = 'client';
		diagramsState().warnedClientMode = false;
		resetClientFallbackUsed();
		resetRenderStats();
	});
	afterAll(() => {
		delete process.env.DIAGRAMS_RENDER;
	});

	it('returns null for every diagram and warns once, without touching a browser', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const out = await renderDiagrams([
				{ id: 'a', source: 'flowchart LR\n a --> b\n' },
				{ id: 'b', source: 'flowchart LR\n c --> d\n' },
			]);
			expect([...out.values()]).toEqual([null, null]);
			expect(await renderDiagram('flowchart LR\n e --> f\n', 'c')).toBeNull();
			expect(warn).toHaveBeenCalledTimes(1);
			expect(String(warn.mock.calls[0]![0])).toMatch(/render in the reader's browser.*DIAGRAMS_RENDER/);
			expect(getRenderStats()).toEqual({ browserRenders: 0, cacheHits: 0, launches: 0, drawMs: 0, startMs: 0 });
		} finally {
			warn.mockRestore();
		}
	});

	it('the fallback <pre> escapes the source and records that the bundle is needed', () => {
		expect(clientFallbackUsed()).toBe(false);
		const html = clientFallbackHtml('flowchart LR\n a["<img src=x onerror=alert(1)>"] --> b', 'd1');
		expect(html).toBe(
			'<pre class="mermaid jc-diagram__source" id="d1" data-pagefind-ignore="all">flowchart LR\n a[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;] --&gt; b</pre>',
		);
		expect(clientFallbackUsed()).toBe(true);
		expect(clientBundlePath('/cm/')).toBe(`/cm/${CLIENT_ASSET_DIR}/${CLIENT_BUNDLE_FILE}`);
		expect(clientInitScriptPath('/')).toBe(`/${CLIENT_ASSET_DIR}/${CLIENT_INIT_FILE}`);
		expect(CLIENT_INIT_SCRIPT).toContain(`import mermaid from './${CLIENT_BUNDLE_FILE}'`);
		expect(CLIENT_INIT_SCRIPT).toContain('"securityLevel":"strict"');
		expect(CLIENT_INIT_SCRIPT).toContain('"htmlLabels":false');
	});

	it('fences fall back to the <pre> and the module script', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const { markdownToHtml } = await import('satteri');
			const md = await markdownToHtml('```mermaid\nflowchart LR\n a --> b\n```\n', { mdastPlugins: [mermaidFences()] });
			expect(md.html).toContain('<pre class="mermaid jc-diagram__source"');
			expect(md.html).toContain(`<script type="module" src="/${CLIENT_ASSET_DIR}/${CLIENT_INIT_FILE}"></script>`);
			expect(clientFallbackUsed()).toBe(true);
		} finally {
			warn.mockRestore();
		}
	});

	it('the integration copies the bundle at build end only if the fallback was used', async () => {
		const out = await mkdtemp(path.join(os.tmpdir(), 'jc-diagrams-out-'));
		try {
			const integration = jcDiagrams();
			expect(integration.name).toBe('jc-diagrams');
			const logger = { warn: vi.fn(), info: vi.fn() };
			const done = integration.hooks['astro:build:done']!;
			const args = { dir: pathToFileURL(`${out}/`), pages: [], assets: new Map(), logger } as unknown as Parameters<typeof done>[0];

			await done(args);
			expect(existsSync(path.join(out, CLIENT_ASSET_DIR))).toBe(false);

			clientFallbackHtml('flowchart LR\n a --> b', 'x');
			await done(args);
			const dir = path.join(out, CLIENT_ASSET_DIR);
			expect(await readFile(path.join(dir, CLIENT_INIT_FILE), 'utf8')).toBe(CLIENT_INIT_SCRIPT);
			const bundle = await readFile(path.join(dir, CLIENT_BUNDLE_FILE), 'utf8');
			const chunks = await readdir(path.join(dir, 'chunks', 'mermaid.esm.min'));
			// every chunk the entry imports statically is there; no source maps
			for (const m of bundle.matchAll(/from"\.\/chunks\/mermaid\.esm\.min\/([^"]+)"/g)) expect(chunks).toContain(m[1]);
			expect(chunks.some((f) => f.endsWith('.map'))).toBe(false);
			expect(logger.warn).toHaveBeenCalledOnce();
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});

	it('copyMermaidBundle accepts a path', async () => {
		const out = await mkdtemp(path.join(os.tmpdir(), 'jc-diagrams-out-'));
		try {
			const r = await copyMermaidBundle(out);
			expect(r.dir).toBe(path.join(out, CLIENT_ASSET_DIR));
			expect(r.files).toBeGreaterThan(50);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});
});

describe('makeResponsive', () => {
	it('turns the root max-width style into the natural size, keeps the viewBox, leaves children alone', () => {
		expect(
			makeResponsive('<svg id="a" width="100%" style="max-width: 243.9px;" viewBox="0.5 4 243.9 569.4"><rect width="5" style="x"/></svg>'),
		).toBe('<svg width="244" height="570" id="a" viewBox="0.5 4 243.9 569.4"><rect width="5" style="x"/></svg>');
		expect(makeResponsive('<svg style="max-width: 1px; background: red" viewBox="0 0 10 20">')).toBe(
			'<svg width="10" height="20" style="background: red;" viewBox="0 0 10 20">',
		);
	});
});
