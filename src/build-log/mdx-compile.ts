// How long the build spends compiling MDX, in the build log, so the benchmark
// can tell it apart from the rest of Vite's bundling (issue 14). Astro's MDX
// integration compiles each .mdx file in its Vite plugin's transform hook,
// natively (Sätteri) and many files at once; the time reported is the wall
// time during which at least one file was compiling, not the sum.
import type { AstroIntegration } from 'astro';
import { seconds } from './seconds.ts';

/** The Vite plugin of @astrojs/mdx that compiles each .mdx file. */
export const MDX_PLUGIN = '@mdx-js/rolldown';

type Span = readonly [start: number, end: number];

/** Time covered by at least one span (overlapping spans counted once). */
export function busyTime(spans: readonly Span[]): number {
	const [first, ...rest] = [...spans].sort((a, b) => a[0] - b[0]);
	if (!first) return 0;
	let total = 0;
	let [from, to] = first;
	for (const [start, end] of rest) {
		if (start > to) {
			total += to - from;
			[from, to] = [start, end];
		} else to = Math.max(to, end);
	}
	return total + (to - from);
}

/** The log line the benchmark reads (bench/astro-log.ts). */
export function mdxReport(files: number, spans: readonly Span[]): string {
	return `MDX: ${files} file${files === 1 ? '' : 's'} compiled in ${seconds(busyTime(spans))} (wall time within bundling, files compiled concurrently)`;
}

type Handler = (this: unknown, ...args: unknown[]) => unknown;
/** What this module reads of a Vite plugin. */
interface VitePlugin {
	name: string;
	transform?: Handler | { handler: Handler };
}
/** Handlers already timed: Astro resolves one Vite config several times with the same plugin objects. */
const timed = new WeakSet<Handler>();

/**
 * Wraps the MDX plugin's transform so each file's compile is timed; returns
 * false when the plugin is not there (another MDX pipeline: nothing to report).
 */
export function timeMdxTransform(plugins: readonly { name: string }[], record: (span: Span) => void): boolean {
	// Vite's own types say a hook may be either form; this reads only those two.
	const plugin = plugins.find((p) => p.name === MDX_PLUGIN) as VitePlugin | undefined;
	const hook = plugin?.transform;
	if (!plugin || !hook) return false;
	const original = typeof hook === 'function' ? hook : hook.handler;
	if (timed.has(original)) return true;
	const wrapped: Handler = async function (this: unknown, ...args: unknown[]) {
		const start = performance.now();
		try {
			return await original.apply(this, args);
		} finally {
			record([start, performance.now()]);
		}
	};
	timed.add(wrapped);
	if (typeof hook === 'function') plugin.transform = wrapped;
	else hook.handler = wrapped;
	return true;
}

export default function mdxCompileLog(): AstroIntegration {
	return {
		name: 'jc-mdx',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				const spans: Span[] = [];
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'jc-mdx-compile-time',
								apply: 'build',
								configResolved(config) {
									timeMdxTransform(config.plugins, (span) => spans.push(span));
								},
								// Once per environment Vite builds; only the one that holds the pages compiles MDX.
								closeBundle() {
									if (!spans.length) return;
									logger.info(mdxReport(spans.length, spans));
									spans.length = 0;
								},
							},
						],
					},
				});
			},
		},
	};
}
