import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - unit: fast tests of the code, in Node, in process (npm run test:unit).
 * - build: the build script run on fixture copies: failed builds keep the
 *   previous output, editors' mistakes fail with file and line (npm run test:build).
 * - e2e: tests of the BUILT sites (DIST_DIR, default `dist`, base `/`, and
 *   SUBPATH_DIST_DIR, default `.dist-cm`, built with BASE_PATH=/cm/), in
 *   Chromium and from the files. They never build; the npm script does:
 *     npx astro build && BASE_PATH=/cm/ OUT_DIR=.dist-cm npx astro build
 *     npx vitest run --project e2e
 *   Each e2e file launches one browser, so at most two files run at once;
 *   inside a file, pages are checked a few at a time (maxConcurrency).
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// A few tests run git or a script; on a machine loaded by other builds they
					// take several times longer. A timeout only catches hangs, never speed.
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					environment: 'node',
					// One file at a time: every build of this project writes the project's own
					// .astro/ folder (the content module map among it), so two fixture builds at
					// once would render each other's pages.
					pool: 'forks',
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/e2e-global-setup.ts'],
					pool: 'forks',
					maxWorkers: 2,
					maxConcurrency: 4,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
