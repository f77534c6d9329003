// Expands each acronym with <abbr title="…"> at its first use in a page's
// <main>, whichever component or MDX file wrote it.
import type { Element, ElementContent, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { transformPage } from './page-html.ts';

export interface Abbreviation {
	short: string;
	long: string;
}

/** Where an acronym is not expanded: already expanded, code, or not prose. */
const SKIP = new Set(['abbr', 'code', 'pre', 'script', 'style', 'svg', 'title', 'time', 'template', 'textarea']);

function pattern(short: string): RegExp {
	const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \u00a0]');
	// Letters and digits on either side mean another word ("CMS" is not "CM").
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/** Wraps the first occurrence of each acronym inside `main`. Longest acronyms first, so "SM FPT" wins over "FPT". */
export function expandAbbreviations(main: Root | Element, abbreviations: Abbreviation[]): void {
	const list = [...abbreviations].sort((a, b) => b.short.length - a.short.length);
	for (const { short, long } of list) {
		const re = pattern(short);
		let done = false;
		visitParents(main, 'text', (node: Text, ancestors) => {
			if (done) return false;
			if (ancestors.some((a) => a.type === 'element' && (SKIP.has((a as Element).tagName) || 'dataNoAbbr' in ((a as Element).properties ?? {}))))
				return;
			const m = re.exec(node.value);
			if (!m) return;
			const parent = ancestors[ancestors.length - 1] as Element | Root;
			const index = parent.children.indexOf(node as ElementContent);
			const before = node.value.slice(0, m.index);
			const after = node.value.slice(m.index + m[0].length);
			const abbr: Element = {
				type: 'element',
				tagName: 'abbr',
				properties: { title: long },
				children: [{ type: 'text', value: m[0] }],
			};
			const replacement: ElementContent[] = [];
			if (before) replacement.push({ type: 'text', value: before });
			replacement.push(abbr);
			if (after) replacement.push({ type: 'text', value: after });
			parent.children.splice(index, 1, ...(replacement as typeof parent.children));
			done = true;
			return false;
		});
	}
}

/** Applies `expandAbbreviations` to the `<main>` of a full HTML document. */
export function expandAbbreviationsInHtml(html: string, abbreviations: Abbreviation[]): string {
	return transformPage(html, ({ main }) => main && expandAbbreviations(main, abbreviations));
}
