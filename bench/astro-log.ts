// Astro's own phase timings, read from the log of `astro build`. The lines are
// the same for the site and for Starlight, so both are split the same way.
import { readFileSync } from 'node:fs';

/** Astro's own timings, read from its log: the same lines for both tools. */
export interface AstroTimings {
	/** From the start to the end of content sync and type generation ("[types] Generated …"): config, integrations, content. */
	syncMs?: number;
	/** Vite/Rolldown bundling ("[vite] ✓ built in …", summed). */
	bundleMs?: number;
	/** The site's MDX compile, within bundling: wall time with at least one file compiling ("[jc-mdx] MDX: N files compiled in …"). */
	mdxMs?: number;
	/** Rendering every page ("generating static routes … ✓ Completed in …"). */
	renderMs?: number;
	/** Starlight's own Pagefind step, inside astro build. */
	pagefindMs?: number;
	/** "N page(s) built in …". */
	pages?: number;
	totalMs?: number;
	/** The site's charts drawn in Chromium, one after the other, during rendering ("[jc-diagrams] charts: N drawn in Chromium in …"). */
	chartsMs?: number;
	/** The site's two briefing books, after rendering ("[jc-briefing-book] briefing books made in …"). */
	booksMs?: number;
	/** The slowest page to render, e.g. a page with diagrams drawn in Chromium. */
	slowest?: { route: string; ms: number };
}

const toMs = (v: string, unit: string) => Number(v) * (unit === 's' ? 1000 : 1);
export function astroTimings(logFile: string): AstroTimings {
	const log = readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
	const one = (re: RegExp) => {
		const m = re.exec(log);
		return m ? toMs(m[1]!, m[2]!) : undefined;
	};
	const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].map((m) => toMs(m[1]!, m[2]!));
	let slowest: AstroTimings['slowest'];
	for (const m of log.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
		const ms = toMs(m[2]!, m[3]!);
		if (!slowest || ms > slowest.ms) slowest = { route: m[1]!, ms };
	}
	const pages = /(\d+) page\(s\) built in/.exec(log);
	return {
		syncMs: one(/\[types\] Generated ([\d.]+)(ms|s)/),
		bundleMs: bundles.length ? bundles.reduce((a, b) => a + b, 0) : undefined,
		mdxMs: one(/MDX: \d+ files? compiled in ([\d.]+) (s)/),
		renderMs: one(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)/),
		pagefindMs: one(/Finished building search index in ([\d.]+)(ms|s)/),
		pages: pages ? Number(pages[1]) : undefined,
		totalMs: one(/page\(s\) built in ([\d.]+)(ms|s)/),
		chartsMs: one(/charts: \d+ drawn in Chromium in ([\d.]+) (s)/) ?? (/charts: none drawn in Chromium/.test(log) ? 0 : undefined),
		booksMs: one(/briefing books made in ([\d.]+) (s)/),
		slowest,
	};
}
