// npm run bench — build speed, memory and output weight of this site against
// Starlight on the same synthetic bilingual corpus (bench/README.md).
// Usage: npm run bench -- [--sizes 50,500,2000] [--runs R] [--only site|starlight] [--bodies N] [--ref GIT_REF] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_LANGS, PROJECT, STARLIGHT_TEMPLATE, editOnePage, pageFiles, writeSiteProject, writeStarlightProject } from './corpus.ts';
import { astroTimings, type AstroTimings } from './astro-log.ts';
import { HAS_REAPER, SAMPLE_MS, measure, type Measurement, type ProcessKind } from './proc.ts';
import { appendSyntheticBodies } from '../tests/fixtures/governance-scale/synthetic-bodies.ts';

type Tool = 'site' | 'starlight';
type Kind = 'cold' | 'warm';

// ---------------------------------------------------------------------------
// Options

const arg = (name: string): string | undefined => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '50,500').split(',').map(Number);
const runs = Number(arg('--runs') ?? 1);
const only = arg('--only');
const ref = arg('--ref');
const keep = process.argv.includes('--keep');
/** Synthetic bodies added to the site's copies (the governance scale fixture); Starlight has no bodies. */
const bodies = Number(arg('--bodies') ?? 0);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(bodies) || bodies < 0 || (only && only !== 'site' && only !== 'starlight')) {
	console.error('usage: npm run bench -- [--sizes 50,500,2000] [--runs R] [--only site|starlight] [--bodies N] [--ref GIT_REF] [--keep]');
	process.exit(2);
}
const tools: Tool[] = only ? [only as Tool] : ['site', 'starlight'];

// ---------------------------------------------------------------------------
// Environment of the builds

const NODE_BIN = dirname(process.execPath);
// Settings of the caller's shell that would change what the site builds or where.
const DROP = ['OUT_DIR', 'BASE_PATH', 'SITE_URL', 'CONTENT_DIR', 'ASTRO_CACHE_DIR', 'DIAGRAM_CACHE_DIR', 'DIAGRAMS_RENDER', 'EDIT_URL', 'REPORT_PROBLEM_URL', 'NODE_ENV', 'NODE_OPTIONS', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'];
function buildEnv(root: string): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !DROP.includes(k)));
	return {
		...env,
		PATH: `${NODE_BIN}:${process.env.PATH ?? ''}`, // `node` in any child is this Node (24), not the system's
		SITE_URL: 'https://bench.example', // the same origin on both sides; silences the site's SITE_URL banner
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1', // plain logs, parsed below
		DIAGRAM_CACHE_DIR: join(root, 'node_modules/.cache/jc-diagrams'), // inside the copy, deleted for a cold build
	};
}

/** Every cache that makes a build warm, and the previous output. */
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp', 'node_modules/.cache', 'dist'];

/** The Starlight peer's dependencies, installed once into bench/starlight/node_modules (gitignored). */
function ensureStarlight(): void {
	const pkg = JSON.parse(readFileSync(join(STARLIGHT_TEMPLATE, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; overrides?: Record<string, string> };
	const pins = Object.entries({ ...pkg.dependencies, ...pkg.overrides });
	// Every pin is an exact version: reinstall when any installed one differs.
	if (pins.every(([name, v]) => version(STARLIGHT_TEMPLATE, name) === v)) return;
	console.log('Installing the Starlight peer (bench/starlight, once)…');
	const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
		cwd: STARLIGHT_TEMPLATE,
		stdio: 'inherit',
		env: { ...process.env, PATH: `${NODE_BIN}:${process.env.PATH ?? ''}` },
	});
	if (r.status !== 0) throw new Error('npm install in bench/starlight failed');
}

const version = (dir: string, pkg: string): string => {
	try {
		return (JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return '?';
	}
};

// ---------------------------------------------------------------------------
// What a build produced

function folderBytes(dir: string): { bytes: number; files: number; html: number } {
	let bytes = 0;
	let files = 0;
	let html = 0;
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) {
				bytes += statSync(p).size;
				files++;
				if (e.name.endsWith('.html')) html++;
			}
		}
	};
	if (existsSync(dir)) walk(dir);
	return { bytes, files, html };
}

interface PageWeight {
	url: string;
	htmlBytes: number;
	htmlGzip: number;
	/** HTML plus the stylesheets, scripts and module preloads it names directly, each gzipped. */
	withAssetsGzip: number;
	assets: number;
}

/** Weight of one typical generated page (the middle one, in French). */
function pageWeight(tool: Tool, root: string, n: number): PageWeight {
	const file = pageFiles(tool, root, 'fr', Math.floor(n / 2)).html;
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const urls = new Set<string>();
	for (const m of text.matchAll(/<(link|script)\b[^>]*>/g)) {
		const tag = m[0];
		if (m[1] === 'link' && !/rel=["']?(stylesheet|modulepreload)/.test(tag)) continue;
		const u = /\b(?:href|src)=["']?([^"'\s>]+)/.exec(tag)?.[1];
		if (u?.startsWith('/') && !u.startsWith('//')) urls.add(u.split(/[?#]/)[0]!);
	}
	let withAssets = gzipSync(html).length;
	for (const u of urls) {
		const p = join(root, 'dist', u);
		if (existsSync(p)) withAssets += gzipSync(readFileSync(p)).length;
	}
	return { url: file.slice(join(root, 'dist').length), htmlBytes: html.length, htmlGzip: gzipSync(html).length, withAssetsGzip: withAssets, assets: urls.size };
}

/** The generated pages must all be in the output, in both languages: otherwise the numbers mean nothing. */
function checkOutput(tool: Tool, root: string, n: number): void {
	const missing = BENCH_LANGS.flatMap((lang) => Array.from({ length: n }, (_, i) => pageFiles(tool, root, lang, i).html)).filter((f) => !existsSync(f));
	if (missing.length) throw new Error(`${tool}: ${missing.length} generated pages missing from the output, e.g. ${missing[0]}`);
}

// ---------------------------------------------------------------------------
// One build

interface Result extends Measurement {
	size: number;
	tool: Tool;
	kind: Kind;
	run: number;
	output: { bytes: number; files: number; html: number };
	page?: PageWeight;
	astro: AstroTimings;
	log: string;
}

async function build(tool: Tool, root: string, n: number, kind: Kind, run: number, logDir: string): Promise<Result> {
	if (kind === 'cold') for (const c of CACHES) rmSync(join(root, c), { recursive: true, force: true });
	const log = join(logDir, `${n}-${tool}-${kind}-${run}.log`);
	process.stdout.write(`  ${tool.padEnd(9)} ${kind} #${run} … `);
	// The site: exactly `npm run build` (scripts/build.ts), timed by phase from the outside.
	// Starlight: `astro build`, which runs Pagefind itself.
	const m =
		tool === 'site'
			? await measure(process.execPath, ['scripts/build.ts'], {
					cwd: root,
					env: buildEnv(root),
					logFile: log,
					firstPhase: 'content check',
					idlePhase: 'other',
					phases: [
						{ name: 'astro build', match: /astro\.mjs build/ },
						{ name: 'pagefind', match: /index-search\.ts/ },
					],
				})
			: await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: buildEnv(root), logFile: log });
	if (!m.ok) {
		console.log('FAILED');
		console.error(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
		throw new Error(`${tool} ${kind} build failed (exit ${m.exitCode}); log: ${log}`);
	}
	if (m.leftovers)
		console.warn(`\n  ! ${m.leftovers} process(es) outlived the build${m.reaper ? ' by 2 s and were ended' : ': their CPU may be missing'}`);
	if (m.sampledCpuMs > 1.05 * (m.userMs + m.sysMs))
		console.warn(`\n  ! sampled CPU ${s(m.sampledCpuMs)} exceeds the rusage total ${s(m.userMs + m.sysMs)}: processes escaped their parents' wait`);
	checkOutput(tool, root, n);
	const output = folderBytes(join(root, 'dist'));
	console.log(`${s(m.wallMs)} wall, ${s(m.userMs + m.sysMs)} CPU, ${mb(m.peakRssBytes)} peak RSS (${mb(m.peakPssBytes)} PSS), ${mb(output.bytes)} out, ${m.sampleCostMs.toFixed(1)} ms/sample`);
	return { ...m, size: n, tool, kind, run, output, astro: astroTimings(log), log };
}

// ---------------------------------------------------------------------------
// Tables

const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(b < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
	const a = [...xs].sort((x, y) => x - y);
	const mid = Math.floor(a.length / 2);
	return a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
};
const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '–');

function stat(results: Result[], size: number, tool: Tool, kind: Kind, f: (r: Result) => number): number | undefined {
	const xs = results.filter((r) => r.size === size && r.tool === tool && r.kind === kind).map(f);
	return xs.length ? median(xs) : undefined;
}
/** Median, with the range when there are several runs. */
function cell(results: Result[], size: number, tool: Tool, kind: Kind, f: (r: Result) => number, fmt: (x: number) => string): string {
	const xs = results.filter((r) => r.size === size && r.tool === tool && r.kind === kind).map(f);
	if (!xs.length) return '–';
	const m = fmt(median(xs));
	return xs.length > 1 ? `${m} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})` : m;
}
const wall = (r: Result) => r.wallMs;
const cpu = (r: Result) => r.userMs + r.sysMs;
const rss = (r: Result) => r.peakRssBytes;
const pssOf = (r: Result) => r.peakPssBytes;
const out = (r: Result) => r.output.bytes;
const htmlCount = (r: Result) => r.output.html;
const count = (x: number) => `${Math.round(x)} pages`;

function tables(results: Result[]): string {
	const lines: string[] = [];
	const vs = (a: string, b: string) => `${a} vs ${b}`;
	// RSS summed over the tree, then PSS (shared pages counted once) in parentheses.
	const mem = (n: number, tool: Tool, kind: Kind) =>
		results.some((r) => r.size === n && r.tool === tool && r.kind === kind)
			? `${cell(results, n, tool, kind, rss, mb)} (PSS ${cell(results, n, tool, kind, pssOf, mb)})`
			: '–';
	const size = (n: number, tool: Tool) =>
		results.some((r) => r.size === n && r.tool === tool) ? `${cell(results, n, tool, 'cold', out, mb)} (${cell(results, n, tool, 'cold', htmlCount, count)})` : '–';
	lines.push(
		'| pages per language | build | project wall | Starlight wall | ratio | project CPU | Starlight CPU | peak memory project vs Starlight (RSS sum; PSS) | output size project vs Starlight (HTML pages) | one page project vs Starlight (HTML, gzip; with its CSS/JS, gzip) |',
		'|---:|---|---:|---:|---:|---:|---:|---|---|---|',
	);
	for (const n of sizes) {
		const page = (tool: Tool) => {
			const p = results.find((r) => r.size === n && r.tool === tool && r.page)?.page;
			return p ? `${kb(p.htmlBytes)}, ${kb(p.htmlGzip)} gz; ${kb(p.withAssetsGzip)} gz` : '–';
		};
		lines.push(
			`| ${n} | cold | ${cell(results, n, 'site', 'cold', wall, s)} | ${cell(results, n, 'starlight', 'cold', wall, s)} | ` +
				`${ratio(stat(results, n, 'site', 'cold', wall), stat(results, n, 'starlight', 'cold', wall))} | ` +
				`${cell(results, n, 'site', 'cold', cpu, s)} | ${cell(results, n, 'starlight', 'cold', cpu, s)} | ` +
				`${vs(mem(n, 'site', 'cold'), mem(n, 'starlight', 'cold'))} | ` +
				`${vs(size(n, 'site'), size(n, 'starlight'))} | ` +
				`${vs(page('site'), page('starlight'))} |`,
		);
	}
	lines.push(
		'',
		'Warm rebuild after appending one sentence to one page (caches kept):',
		'',
		'| pages per language | project warm | ratio to cold | Starlight warm | ratio to cold | project vs Starlight (warm) | project CPU | Starlight CPU | peak memory project vs Starlight |',
		'|---:|---:|---:|---:|---:|---:|---:|---:|---|',
	);
	for (const n of sizes) {
		const w = (tool: Tool) => stat(results, n, tool, 'warm', wall);
		const c = (tool: Tool) => stat(results, n, tool, 'cold', wall);
		lines.push(
			`| ${n} | ${cell(results, n, 'site', 'warm', wall, s)} | ${ratio(w('site'), c('site'))} | ${cell(results, n, 'starlight', 'warm', wall, s)} | ` +
				`${ratio(w('starlight'), c('starlight'))} | ${ratio(w('site'), w('starlight'))} | ` +
				`${cell(results, n, 'site', 'warm', cpu, s)} | ${cell(results, n, 'starlight', 'warm', cpu, s)} | ` +
				`${vs(mem(n, 'site', 'warm'), mem(n, 'starlight', 'warm'))} |`,
		);
	}
	// Older result files have no split by program.
	const split = results.filter((r) => r.tool === 'site' && r.peakByKind);
	if (split.length) {
		lines.push(
			'',
			"Whose memory the project's peak is (RSS sum by program, at the tree's peak; in brackets, each program's own peak over the build):",
			'',
			'| pages per language | build | Node (the build) | Chromium (all its processes) | other (Pagefind, Python) |',
			'|---:|---|---:|---:|---:|',
		);
		for (const n of sizes)
			for (const kind of ['cold', 'warm'] as const) {
				const rs = split.filter((r) => r.size === n && r.kind === kind);
				if (!rs.length) continue;
				const at = (k: ProcessKind) => `${mb(median(rs.map((r) => r.peakByKind[k])))} (${mb(median(rs.map((r) => r.ownPeakByKind[k])))})`;
				lines.push(`| ${n} | ${kind} | ${at('node')} | ${at('chromium')} | ${at('other')} |`);
			}
	}
	const phaseNames = [...new Set(results.filter((r) => r.tool === 'site').flatMap((r) => r.phases.map((p) => p.name)))];
	if (phaseNames.length) {
		lines.push(
			'',
			`Where the project's time goes (wall time per phase of \`node scripts/build.ts\`, ± ${SAMPLE_MS} ms; peak memory of the tree in that phase):`,
			'',
			`| pages per language | build | ${phaseNames.join(' | ')} |`,
			`|---:|---|${phaseNames.map(() => '---:').join('|')}|`,
		);
		for (const n of sizes) {
			for (const kind of ['cold', 'warm'] as const) {
				const rs = results.filter((r) => r.size === n && r.tool === 'site' && r.kind === kind);
				if (!rs.length) continue;
				const cells = phaseNames.map((name) => {
					const ps = rs.map((r) => r.phases.find((p) => p.name === name)).filter((p) => p !== undefined);
					return ps.length ? `${s(median(ps.map((p) => p.wallMs)))} (${mb(median(ps.map((p) => p.peakRssBytes)))})` : '–';
				});
				lines.push(`| ${n} | ${kind} | ${cells.join(' | ')} |`);
			}
		}
	}
	lines.push(
		'',
		"Inside `astro build`, from Astro's own log (both tools): config and content sync, bundling (the project's MDX compile is part of it: the wall time during which at least one file was compiling), rendering pages (the project's charts are drawn in Chromium during it, one after the other, while other pages render), the project's briefing books (after rendering), Starlight's Pagefind step, and the slowest page:",
		'',
		'| pages per language | tool | build | config + content sync | bundling | MDX compile (within bundling) | rendering | charts in Chromium (within rendering) | briefing books | Pagefind (in Astro) | Astro total | slowest page |',
		'|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
	);
	for (const n of sizes) {
		for (const tool of tools) {
			for (const kind of ['cold', 'warm'] as const) {
				const rs = results.filter((r) => r.size === n && r.tool === tool && r.kind === kind);
				if (!rs.length) continue;
				const t = (f: (a: AstroTimings) => number | undefined) => {
					const xs = rs.map((r) => f(r.astro)).filter((x) => x !== undefined);
					return xs.length ? s(median(xs)) : '–';
				};
				const slow = rs[0]!.astro.slowest;
				lines.push(
					`| ${n} | ${tool === 'site' ? 'project' : 'Starlight'} | ${kind} | ${t((a) => a.syncMs)} | ${t((a) => a.bundleMs)} | ${t((a) => a.mdxMs)} | ${t((a) => a.renderMs)} | ` +
						`${t((a) => a.chartsMs)} | ${t((a) => a.booksMs)} | ` +
						`${t((a) => a.pagefindMs)} | ${t((a) => a.totalMs)} | ${slow ? `${slow.route} ${s(slow.ms)}` : '–'} |`,
				);
			}
		}
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Main

const git = (args: string[]) => {
	try {
		// --no-optional-locks: never write the index of a checkout someone else is using.
		return execFileSync('git', ['--no-optional-locks', '-C', PROJECT, ...args], { encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
};

if (tools.includes('starlight')) ensureStarlight();
const work = mkdtempSync(join(tmpdir(), 'jc-bench-'));
const logDir = join(work, 'logs');
mkdirSync(logDir);
console.log(`Benchmark in ${work}: sizes ${sizes.join(', ')} pages per language, ${runs} run(s), ${tools.join(' and ')}${bodies ? `, ${bodies} synthetic bodies added to the site` : ''}`);
if (!HAS_REAPER) console.warn('! python3 not found: builds run without bench/reap.py, so CPU time misses processes orphaned in the build (Chromium renderers)');

const results: Result[] = [];
try {
	for (const n of sizes) {
		console.log(`\n${n} pages per language: writing the corpora…`);
		const roots: Record<Tool, string> = { site: join(work, `site-${n}`), starlight: join(work, `starlight-${n}`) };
		if (tools.includes('site')) {
			writeSiteProject(roots.site, n, ref);
			if (bodies) appendSyntheticBodies(join(roots.site, 'content'), bodies);
		}
		if (tools.includes('starlight')) writeStarlightProject(roots.starlight, n);
		// Cold builds interleaved, so drift in the machine's load affects both sides alike.
		for (let run = 1; run <= runs; run++) {
			for (const tool of tools) {
				const r = await build(tool, roots[tool], n, 'cold', run, logDir);
				if (run === 1) r.page = pageWeight(tool, roots[tool], n);
				results.push(r);
			}
		}
		// Warm: caches and output of the last cold build kept, one page edited.
		for (let run = 1; run <= runs; run++) {
			for (const tool of tools) {
				editOnePage(tool, roots[tool], run);
				const r = await build(tool, roots[tool], n, 'warm', run, logDir);
				const html = readFileSync(pageFiles(tool, roots[tool], 'fr', 0).html, 'utf8');
				if (!html.includes(`reconstruction numéro ${run}`)) throw new Error(`${tool}: the warm rebuild did not publish the edit`);
				results.push(r);
			}
		}
		if (!keep) for (const tool of tools) rmSync(roots[tool], { recursive: true, force: true });
	}
} finally {
	if (!keep && results.length === sizes.length * tools.length * runs * 2) rmSync(work, { recursive: true, force: true });
	else console.log(`\nKept ${work} (logs in ${logDir})`);
}

const table = tables(results);
console.log(`\n${table}\n`);

const now = new Date();
const resultsDir = join(PROJECT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
// To the minute, as the earlier files; a second run in the same minute gets its seconds too.
const stamp = now.toISOString().replaceAll(':', '');
const byMinute = join(resultsDir, `${stamp.slice(0, 15)}.json`);
const file = existsSync(byMinute) ? join(resultsDir, `${stamp.slice(0, 17)}.json`) : byMinute;
writeFileSync(
	file,
	`${JSON.stringify(
		{
			date: now.toISOString(),
			options: { sizes, runs, tools, bodies, ref: ref ?? null, sampleMs: SAMPLE_MS, reaper: HAS_REAPER },
			machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryBytes: totalmem(), node: process.version },
			project: { commit: git(['rev-parse', 'HEAD']), dirty: ref ? false : git(['status', '--porcelain']) !== '' },
			versions: {
				site: { astro: version(PROJECT, 'astro'), pagefind: version(PROJECT, 'pagefind') },
				starlight: {
					starlight: version(STARLIGHT_TEMPLATE, '@astrojs/starlight'),
					astro: version(STARLIGHT_TEMPLATE, 'astro'),
					pagefind: version(STARLIGHT_TEMPLATE, 'pagefind'),
				},
			},
			results: results.map(({ log: _log, ...r }) => r),
			table,
		},
		null,
		'\t',
	)}\n`,
);
console.log(`Raw results: ${file.slice(PROJECT.length + 1)}`);
