// The build's HTML post-processing: parse a built page once, let the steps
// change the tree, and serialize it back.
import type { Element, ElementContent, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { toHtml } from 'hast-util-to-html';

/** The page's `<main>` and its language, for the steps that edit content only. */
export interface ParsedPage {
	tree: Root;
	lang: string | undefined;
	main: Element | undefined;
}

/** The text a reader sees in an element. */
export function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The first element named `tag` under `node`, depth first. */
export function find(node: Root | Element, tag: string): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === tag) return child;
		const found = find(child, tag);
		if (found) return found;
	}
	return undefined;
}

export function transformPage(html: string, edit: (page: ParsedPage) => void): string {
	// parse5 without source locations (fromHtml always asks for them; nothing here reads positions).
	const tree = fromParse5(parse(html, { sourceCodeLocationInfo: false, scriptingEnabled: false })) as Root;
	const root = find(tree, 'html');
	const lang = root?.properties?.lang;
	edit({ tree, lang: typeof lang === 'string' ? lang : undefined, main: find(tree, 'main') });
	return toHtml(tree, { allowDangerousHtml: true, upperDoctype: true });
}
