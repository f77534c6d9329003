// The build's HTML post-processing edits only each page's <main>: parse it once,
// let the steps change the tree, and put it back.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Parses the `<main>` element of a page, lets `edit` change it, and puts it back. */
export function transformMain(html: string, edit: (main: Root) => void): string {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	if (start < 0 || end < 0) return html;
	const closeOfEnd = end + '</main>'.length;
	const tree = fromHtml(html.slice(start, closeOfEnd), { fragment: true });
	edit(tree);
	return html.slice(0, start) + toHtml(tree, { allowDangerousHtml: true }) + html.slice(closeOfEnd);
}
