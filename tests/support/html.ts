/** Parsed built HTML, for checks that need no browser. */
import { parse, type HTMLElement } from 'node-html-parser';
import { readText } from './site.ts';

const cache = new Map<string, HTMLElement>();

/** The parsed document of a built HTML file (cached). */
export function parseFile(file: string): HTMLElement {
	let root = cache.get(file);
	if (!root) {
		root = parse(readText(file), {
			comment: false,
			blockTextElements: { script: true, style: true, pre: true, noscript: true },
		});
		cache.set(file, root);
	}
	return root;
}

/** Candidate URLs of a srcset attribute. */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(/,\s+|,(?=\S*\s)/)
		.map((c) => c.trim().split(/\s+/)[0] ?? '')
		.filter((u) => u.length > 0);
}

/** The url(...) references in CSS text (inline style, <style> or a stylesheet). */
export function cssUrls(css: string): string[] {
	const urls: string[] = [];
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (const m of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
		const u = (m[1] ?? m[2] ?? m[3] ?? '').trim();
		if (u) urls.push(u);
	}
	for (const m of withoutComments.matchAll(/@import\s+(?:"([^"]+)"|'([^']+)')/gi)) {
		urls.push((m[1] ?? m[2] ?? '').trim());
	}
	return urls;
}

/** All element ids of a document. */
export function idsOf(root: HTMLElement): Set<string> {
	const ids = new Set<string>();
	for (const el of root.querySelectorAll('[id]')) {
		const id = el.getAttribute('id');
		if (id) ids.add(id);
	}
	// <a name> is obsolete but still a fragment target.
	for (const el of root.querySelectorAll('a[name]')) {
		const name = el.getAttribute('name');
		if (name) ids.add(name);
	}
	return ids;
}
