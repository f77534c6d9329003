// One set of rules, two entry points: `npm run check:content` and the build
// (Astro's collections and the site model) both call this, on the same parse.
import { CONTENT_FILES, type ContentFiles } from './collections.ts';
import type { ContentIssue, ContentSet } from './content-set.ts';
import { loadContent, type LoadResult } from './load-content.ts';
import { validateContent } from './validate.ts';

export interface CheckOptions {
	/** In production drafts are left out, so nothing published may point to one. */
	production: boolean;
	files?: ContentFiles;
}

const checked = new WeakMap<LoadResult, Map<boolean, ContentIssue[]>>();

/** Every content problem under `root`: parse and schema errors first, then (once all parse) the cross-entry rules. */
export function checkContent(root: string, options: CheckOptions): { set: ContentSet; issues: ContentIssue[] } {
	const loaded = loadContent(root, options.files ?? CONTENT_FILES);
	let byMode = checked.get(loaded);
	if (!byMode) checked.set(loaded, (byMode = new Map()));
	let issues = byMode.get(options.production);
	if (!issues) {
		// Cross-entry rules only make sense once every file parsed: no cascade of "does not exist".
		issues = loaded.issues.length ? loaded.issues : validateContent(loaded.set, { production: options.production, root });
		byMode.set(options.production, issues);
	}
	return { set: loaded.set, issues };
}
