// The MDX compile time in the build log: measured as wall time with at
// least one file compiling, and written so the benchmark reads it back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroTimings } from '../../../bench/astro-log.ts';
import { busyTime, MDX_PLUGIN, mdxReport, timeMdxTransform } from '../../../src/build-log/mdx-compile.ts';

describe('MDX compile time', () => {
	it('counts overlapping compiles once and adds the gaps between them', () => {
		expect(busyTime([])).toBe(0);
		expect(busyTime([[0, 10], [5, 12], [2, 3]])).toBe(12);
		expect(busyTime([[20, 25], [0, 10], [10, 11]])).toBe(16);
	});

	it('times the MDX plugin’s transform, once however often the config is resolved, without changing what it returns', async () => {
		const spans: (readonly [number, number])[] = [];
		const plugin = {
			name: MDX_PLUGIN,
			transform: {
				filter: { id: /\.mdx$/ },
				async handler(this: { tag: string }, code: string, id: string) {
					await new Promise((r) => setTimeout(r, 5));
					return { code: `${this.tag}:${id}:${code}` };
				},
			},
		};
		const plugins = [{ name: 'other' }, plugin];
		expect(timeMdxTransform(plugins, (s) => spans.push(s))).toBe(true);
		expect(timeMdxTransform(plugins, (s) => spans.push(s))).toBe(true);
		const out = await plugin.transform.handler.call({ tag: 'ctx' }, '# Titre', '/p/a.mdx');
		expect(out).toEqual({ code: 'ctx:/p/a.mdx:# Titre' });
		expect(plugin.transform.filter.id.test('/p/a.mdx')).toBe(true);
		expect(spans).toHaveLength(1);
		expect(spans[0]![1] - spans[0]![0]).toBeGreaterThanOrEqual(4);
	});

	it('times a compile that fails, and lets the error through', async () => {
		const spans: (readonly [number, number])[] = [];
		const plugin = { name: MDX_PLUGIN, transform: async () => Promise.reject(new Error('MDXError: bad')) };
		timeMdxTransform([plugin], (s) => spans.push(s));
		await expect(plugin.transform()).rejects.toThrow('MDXError: bad');
		expect(spans).toHaveLength(1);
	});

	it('reports nothing to time when the MDX plugin is absent', () => {
		expect(timeMdxTransform([{ name: 'vite:css' }], () => {})).toBe(false);
	});

	it('writes the line the benchmark reads back', () => {
		const line = mdxReport(1034, [[0, 600], [300, 880]]);
		expect(line).toBe('MDX: 1034 files compiled in 0.9 s (wall time within bundling, files compiled concurrently)');
		expect(mdxReport(1, [[0, 50]])).toMatch(/^MDX: 1 file compiled in 0\.1 s/);
		const dir = mkdtempSync(join(tmpdir(), 'jc-mdx-log-'));
		try {
			const log = join(dir, 'build.log');
			writeFileSync(log, `12:00:01 [vite] ✓ built in 6.48s\n12:00:01 [jc-mdx] ${line}\n`);
			expect(astroTimings(log)).toMatchObject({ bundleMs: 6480, mdxMs: 900 });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
