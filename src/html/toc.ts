// « Sur cette page »: the list of a page's h2 headings, filled into the
// layout's placeholder (`nav[data-toc]`) after rendering, so it lists what the
// page really shows (prose and views alike). Pages with fewer than three
// headings get no list: the placeholder is removed.
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { textOf } from './page-html.ts';

/** Fewer headings than this and a page is short enough to read without a list. */
export const MIN_TOC_ENTRIES = 3;

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/**
 * The h2s of `main` that carry an id, outside figures, disclosures, visually
 * hidden headings and parts marked `data-toc-skip` (a page that lists them
 * itself, as a document page lists its slides).
 */
export function tocEntries(main: Element): { id: string; text: string }[] {
	const out: { id: string; text: string }[] = [];
	visit(main, 'element', (node: Element) => {
		if (node.tagName === 'figure' || node.tagName === 'details' || node.properties.dataTocSkip !== undefined) return SKIP;
		const classes = node.properties.className;
		if (node.tagName === 'h2' && typeof node.properties.id === 'string' && !(Array.isArray(classes) && classes.includes('visually-hidden')))
			out.push({ id: node.properties.id, text: textOf(node).replace(/\s+/g, ' ').trim() });
		return undefined;
	});
	return out;
}

type Found = { node: Element; parent: Element | Root };
const remove = ({ node, parent }: Found) => {
	parent.children = (parent.children as ElementContent[]).filter((c) => c !== node) as typeof parent.children;
};
const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** One walk over the page: the placeholder, the summaries that name it, and the page rails. */
function scan(tree: Root): { placeholder?: Found; summaries: Found[]; rails: Found[] } {
	let placeholder: Found | undefined;
	const summaries: Found[] = [];
	const rails: Found[] = [];
	const walk = (parent: Element | Root): void => {
		for (const node of parent.children) {
			if (node.type !== 'element') continue;
			if (!placeholder && node.properties.dataToc !== undefined) placeholder = { node, parent };
			if (node.properties.dataTocSummary !== undefined) summaries.push({ node, parent });
			if (node.tagName === 'aside' && hasClass(node, 'page-rail')) rails.push({ node, parent });
			walk(node);
		}
	};
	walk(tree);
	return { placeholder, summaries, rails };
}

/** Fills the placeholder with links to the headings, or removes it; a rail left with nothing goes too. */
export function fillToc(tree: Root, main: Element | undefined): void {
	const { placeholder, summaries, rails } = scan(tree);
	if (!placeholder) return;
	const entries = main ? tocEntries(main) : [];
	if (entries.length < MIN_TOC_ENTRIES) {
		remove(placeholder);
		summaries.forEach(remove);
		const hasNav = (n: Element): boolean => n.children.some((c) => c.type === 'element' && (c.tagName === 'nav' || hasNav(c)));
		for (const rail of rails) if (!hasNav(rail.node)) remove(rail);
		return;
	}
	const list = placeholder.node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
	if (list) list.children = entries.map((e) => el('li', {}, [el('a', { href: `#${e.id}` }, [{ type: 'text', value: e.text }])]));
	delete placeholder.node.properties.dataToc;
	for (const s of summaries) delete s.node.properties.dataTocSummary;
}
