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

/** Every element matching `test`, with its parent. */
function findAll(tree: Root, test: (node: Element) => boolean): { node: Element; parent: Element | Root }[] {
	const out: { node: Element; parent: Element | Root }[] = [];
	visit(tree, 'element', (node: Element, _i, parent) => {
		if (test(node) && parent) out.push({ node, parent: parent as Element | Root });
	});
	return out;
}
const remove = ({ node, parent }: { node: Element; parent: Element | Root }) => {
	parent.children = (parent.children as ElementContent[]).filter((c) => c !== node) as typeof parent.children;
};
const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** Fills the placeholder with links to the headings, or removes it; a rail left with nothing goes too. */
export function fillToc(tree: Root, main: Element | undefined): void {
	const placeholder = findAll(tree, (n) => n.properties.dataToc !== undefined)[0];
	if (!placeholder) return;
	const entries = main ? tocEntries(main) : [];
	if (entries.length < MIN_TOC_ENTRIES) {
		remove(placeholder);
		findAll(tree, (n) => n.properties.dataTocSummary !== undefined).forEach(remove);
		for (const rail of findAll(tree, (n) => n.tagName === 'aside' && hasClass(n, 'page-rail')))
			if (!findAll({ type: 'root', children: [rail.node] }, (n) => n.tagName === 'nav').length) remove(rail);
		return;
	}
	const list = placeholder.node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
	if (list) list.children = entries.map((e) => el('li', {}, [el('a', { href: `#${e.id}` }, [{ type: 'text', value: e.text }])]));
	delete placeholder.node.properties.dataToc;
	for (const s of findAll(tree, (n) => n.properties.dataTocSummary !== undefined)) delete s.node.properties.dataTocSummary;
}
