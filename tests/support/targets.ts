/**
 * Which built sites the end-to-end tests check, read from the environment.
 *
 * - DIST_DIR (default `dist`): the site built at the root path `/`.
 * - SUBPATH_DIST_DIR (default `.dist-cm`): the same site built with
 *   BASE_PATH=/cm/ (SUBPATH_BASE overrides `/cm/`).
 * - SITE_URL: the origin both were built with (same default as the build).
 *
 * The tests never build: the npm script builds first.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeBase, resolveDeployment } from '../../src/config/deployment.ts';

export interface BuiltSite {
	/** Human name used in test titles and messages. */
	label: string;
	/** Absolute folder holding the build. */
	dir: string;
	/** Path prefix the site was built for: `/` or e.g. `/cm/`. */
	base: string;
	/** Environment variable that names the folder. */
	envVar: string;
	/** The command that produces this folder. */
	buildCommand: string;
}

export interface E2eTargets {
	/** Origin the sites were built with (SITE_URL), no trailing slash. */
	origin: string;
	root: BuiltSite;
	subpath: BuiltSite;
}

function buildCommand(dir: string, base: string, cwd: string): string {
	const rel = path.relative(cwd, dir) || '.';
	const outDir = rel.startsWith('..') ? dir : rel;
	// The npm scripts build the default folders (see package.json). Always through
	// scripts/build.ts: `astro build` alone makes no search index.
	if (!process.env.SITE_URL && outDir === 'dist' && base === '/') return 'npm run build';
	if (!process.env.SITE_URL && outDir === '.dist-cm' && base === '/cm/') return 'npm run build:subpath';
	const parts: string[] = [];
	if (process.env.SITE_URL) parts.push(`SITE_URL=${process.env.SITE_URL}`);
	parts.push('npm run build --');
	if (base !== '/') parts.push(`--base ${base}`);
	if (outDir !== 'dist') parts.push(`--out ${outDir}`);
	return parts.join(' ');
}

export function resolveTargets(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): E2eTargets {
	const { site } = resolveDeployment(env);
	const rootDir = path.resolve(cwd, env.DIST_DIR?.trim() || 'dist');
	const subDir = path.resolve(cwd, env.SUBPATH_DIST_DIR?.trim() || '.dist-cm');
	const subBase = normalizeBase(env.SUBPATH_BASE?.trim() || '/cm/');
	return {
		origin: site,
		root: {
			label: 'base /',
			dir: rootDir,
			base: '/',
			envVar: 'DIST_DIR',
			buildCommand: buildCommand(rootDir, '/', cwd),
		},
		subpath: {
			label: `base ${subBase}`,
			dir: subDir,
			base: subBase,
			envVar: 'SUBPATH_DIST_DIR',
			buildCommand: buildCommand(subDir, subBase, cwd),
		},
	};
}

/** Why a built folder cannot be tested, or undefined when it looks usable. */
export function missingBuildMessage(site: BuiltSite): string | undefined {
	const where = `${site.envVar}=${site.dir}`;
	if (!existsSync(site.dir) || !statSync(site.dir).isDirectory()) {
		return `The built site for ${site.label} is missing (${where}). Build it first: ${site.buildCommand}`;
	}
	if (!existsSync(path.join(site.dir, 'index.html'))) {
		return `The built site for ${site.label} has no index.html (${where}); the build failed or is stale. Rebuild it: ${site.buildCommand}`;
	}
	return undefined;
}

/** Throws a clear error when the folder is not a usable build. */
export function assertBuilt(site: BuiltSite): void {
	const message = missingBuildMessage(site);
	if (message) throw new Error(message);
}

export const targets: E2eTargets = resolveTargets();
