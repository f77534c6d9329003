// Expands each acronym with <abbr title="…"> at its first use in a page's
// <main>, whichever component or MDX file wrote it.
import type { Element, ElementContent, Root, Text } from 'hast';
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

/** Longest first, each with its pattern: compiled once per list (the list is the same for every page of a language). */
const compiled = new WeakMap<Abbreviation[], { long: string; re: RegExp }[]>();
function compile(abbreviations: Abbreviation[]): { long: string; re: RegExp }[] {
	let list = compiled.get(abbreviations);
	if (!list) {
		list = [...abbreviations].sort((a, b) => b.short.length - a.short.length).map(({ short, long }) => ({ long, re: pattern(short) }));
		compiled.set(abbreviations, list);
	}
	return list;
}

/** Wraps the first occurrence of each acronym inside `main`. Longest acronyms first, so "SM FPT" wins over "FPT". */
export function expandAbbreviations(main: Root | Element, abbreviations: Abbreviation[]): void {
	// One walk: the text nodes where an acronym may be expanded, in document order, with their parent.
	const texts: { node: Text; parent: Element | Root }[] = [];
	const collect = (node: Element | Root): void => {
		for (const child of node.children) {
			if (child.type === 'text') texts.push({ node: child, parent: node });
			else if (child.type === 'element' && !SKIP.has(child.tagName) && !('dataNoAbbr' in (child.properties ?? {}))) collect(child);
		}
	};
	if (main.type === 'root' || (!SKIP.has(main.tagName) && !('dataNoAbbr' in (main.properties ?? {})))) collect(main);
	for (const { long, re } of compile(abbreviations)) {
		for (let i = 0; i < texts.length; i++) {
			const { node, parent } = texts[i]!;
			const m = re.exec(node.value);
			if (!m) continue;
			const index = parent.children.indexOf(node as ElementContent);
			const before = node.value.slice(0, m.index);
			const after = node.value.slice(m.index + m[0].length);
			const abbr: Element = { type: 'element', tagName: 'abbr', properties: { title: long }, children: [{ type: 'text', value: m[0] }] };
			const replacement: ElementContent[] = [];
			const rest: { node: Text; parent: Element | Root }[] = [];
			if (before) {
				const t: Text = { type: 'text', value: before };
				replacement.push(t);
				rest.push({ node: t, parent });
			}
			replacement.push(abbr);
			if (after) {
				const t: Text = { type: 'text', value: after };
				replacement.push(t);
				rest.push({ node: t, parent });
			}
			parent.children.splice(index, 1, ...(replacement as typeof parent.children));
			// The abbreviation's own text is inside <abbr> (skipped); the text around it stays eligible.
			texts.splice(i, 1, ...rest);
			break;
		}
	}
}

/** Applies `expandAbbreviations` to the `<main>` of a full HTML document. */
export function expandAbbreviationsInHtml(html: string, abbreviations: Abbreviation[]): string {
	return transformPage(html, ({ main }) => main && expandAbbreviations(main, abbreviations));
}
