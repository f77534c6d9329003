// npm run build — builds the site into a temporary folder and swaps it into
// place only when every step passed, so a failed build never leaves a partial
// dist/ that could be deployed by mistake.
// Usage: node scripts/build.ts [--out DIR] [--base /path/]   (else OUT_DIR, BASE_PATH, SITE_URL from the environment)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

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
const env = { ...inherited, NODE_ENV: 'production', OUT_DIR: tmpDir, ...(basePath ? { BASE_PATH: basePath } : {}) };
rmSync(tmpDir, { recursive: true, force: true });
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], env);
for (const step of BUILD_STEPS) run(process.execPath, [step, tmpDir], env);

// Swap: the old output stays until the new one is complete.
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Site built into ${outDir}`);
