/**
 * Process-wide state of the diagrams module.
 *
 * In an Astro build this module is loaded twice: once by the config loader
 * (the integration and the Markdown plugin) and once inside the bundle that
 * prerenders the pages. Module-level variables would give each copy its own
 * browser and its own "client fallback used" flag, so the integration could
 * neither close the pages' browser nor see that a page fell back. Keeping the
 * state on `globalThis` under a registered symbol makes both copies share it
 * (they run in the same Node process).
 */
import type { Browser, Page } from 'playwright-core';

export interface RenderStats {
	/** Diagrams rendered in Chromium (cache misses). */
	browserRenders: number;
	/** Diagrams served from the on-disk cache. */
	cacheHits: number;
	/** Chromium launches. */
	launches: number;
	/** Time the charts' page spent drawing, one chart after the other (ms). */
	drawMs: number;
	/** Time to start the browser and load Mermaid into the charts' page (ms). */
	startMs: number;
}

/** Every counter at zero: a new build's stats. */
export const emptyStats = (): RenderStats => ({ browserRenders: 0, cacheHits: 0, launches: 0, drawMs: 0, startMs: 0 });

export interface DiagramsState {
	browser: Promise<Browser> | null;
	page: Promise<Page> | null;
	/** Renders under way, by cache key, so concurrent calls share one promise. */
	inflight: Map<string, Promise<string>>;
	/** Serialises evaluations on the single page. */
	queue: Promise<unknown>;
	warnedClientMode: boolean;
	/** Set by the client fallback helper; read by the integration at build end. */
	clientFallbackUsed: boolean;
	/** Site base path (e.g. "/" or "/cm/"), recorded by the integration. */
	base: string;
	stats: RenderStats;
}

const KEY = Symbol.for('jc-diagrams.state.v1');

export function diagramsState(): DiagramsState {
	const g = globalThis as typeof globalThis & { [KEY]?: DiagramsState };
	g[KEY] ??= {
		browser: null,
		page: null,
		inflight: new Map(),
		queue: Promise.resolve(),
		warnedClientMode: false,
		clientFallbackUsed: false,
		base: '/',
		stats: emptyStats(),
	};
	return g[KEY];
}
