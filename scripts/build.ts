// npm run build — builds the site into a temporary folder and swaps it into
// place only when every step passed, so a failed build never leaves a partial
// dist/ that could be deployed by mistake.
// Usage: node scripts/build.ts [--out DIR] [--base /path/]   (else OUT_DIR, BASE_PATH, SITE_URL from the environment)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/model/check-content.ts';
import { formatIssue } from '../src/model/content-set.ts';
import { DEFAULT_SITE_URL } from '../src/config/deployment.ts';

/** Post-build steps, each a script given the output folder (search index and the like). */
const BUILD_STEPS: string[] = ['scripts/index-search.ts'];

const arg = (name: string): string | undefined => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const outDir = resolve(arg('--out') ?? (process.env.OUT_DIR || 'dist'));
const basePath = arg('--base') ?? process.env.BASE_PATH;
const tmpDir = `${outDir}.tmp-${process.pid}`;
const oldDir = `${outDir}.old-${process.pid}`;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) {
		rmSync(tmpDir, { recursive: true, force: true });
		console.error(`\n✗ Build failed at "${[cmd, ...args].join(' ')}"; ${outDir} was left as it was.`);
		process.exit(r.status ?? 1);
	}
}

// A production build whatever started it: test runners (Vitest) export NODE_ENV=test and
// Vite's own DEV/PROD/MODE/SSR/BASE_URL, which would otherwise leak into import.meta.env.
const inherited = Object.fromEntries(
	Object.entries(process.env).filter(([k]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(k)),
);
// Telemetry off: a build makes no network request (README, "Deploy").
const env = {
	...inherited,
	NODE_ENV: 'production',
	ASTRO_TELEMETRY_DISABLED: '1',
	OUT_DIR: tmpDir,
	...(basePath ? { BASE_PATH: basePath } : {}),
};

// The content rules first, in this process and in about a second: a content mistake
// stops here with file and line, before Astro starts. (Astro's loaders apply the same
// rules again, so `astro build` run by hand refuses the same mistakes.)
const { issues } = checkContent(process.cwd(), { production: true });
if (issues.length) {
	console.error(`✗ ${issues.length} content problem${issues.length === 1 ? '' : 's'}:`);
	for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
	console.error(`\n✗ Build failed: nothing was built; ${outDir} was left as it was.`);
	process.exit(1);
}

if (!process.env.SITE_URL?.trim()) {
	const banner = '!'.repeat(78);
	console.warn(
		`${banner}\n! SITE_URL is not set: canonical URLs, hreflang links, the sitemap and robots.txt\n` +
			`! will point to ${DEFAULT_SITE_URL}. Fine for a local preview; set SITE_URL (e.g.\n` +
			`! SITE_URL=https://councils.example.ca npm run build) for anything you publish.\n${banner}`,
	);
}

rmSync(tmpDir, { recursive: true, force: true });
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], env);
for (const step of BUILD_STEPS) run(process.execPath, [step, tmpDir], env);

// Swap: the old output stays until the new one is complete.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Site built into ${outDir}`);
