// Editors write site links from the root (`/fr/priorites/`); the site may be
// served under a sub-path (`/cm/`). Prefix such links with the base path.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function prefixRootLinks(tree: Root | Element, base: string): void {
	const prefix = base.replace(/\/?$/, '/');
	if (prefix === '/') return;
	visit(tree, 'element', (node: Element) => {
		for (const attr of ['href', 'src'] as const) {
			const value = node.properties?.[attr];
			if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(prefix)) {
				node.properties[attr] = prefix + value.slice(1);
			}
		}
	});
}
