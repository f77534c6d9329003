// The briefing book's HTML: the built pages of one language (the same
// components' output the site publishes, never a second copy of the
// content), each page's <main> one part of a single document, after a cover
// and a table of contents. Ids are prefixed per part so they stay unique;
// links to a page of the book become links inside the document, links to
// any other page point to the published site.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, textOf } from '../html/page-html.ts';
import { formatDate, upperFirst, type Lang } from '../i18n/languages.ts';
import { typesetTree } from '../html/typography.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { ContentSet } from '../model/content-set.ts';
import { routeTitle } from '../model/titles.ts';
import type { BookPart } from './parts.ts';

/** Elements of a page that belong to the screen, not to the book. */
const SCREEN_ONLY = [
	'pager',
	'page-rail',
	'page-actions',
	'register-filter',
	'register-browse',
	'jc-diagram__scroll-hint',
	'date-modified',
	'feed-link',
	// A screen notice about the other language's page, and each page's list of decks: the annex has the decks.
	'notice-translation',
	'page-sources',
];
/** Attributes that hold ids (or lists of ids) of the same document. */
const ID_REFS = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'headers', 'ariaOwns'];

export interface ComposeInput {
	lang: Lang;
	parts: readonly BookPart[];
	set: ContentSet;
	/** A built page's HTML, by its route's path (`fr/strategie/`): as rendered, or read from the built site. */
	pageHtml: (path: string) => string;
	/** The base the site's links carry (`/` or `/cm/`). */
	base: string;
	/** The published site's origin and base, for links to pages outside the book. */
	siteUrl: string;
	/**
	 * Pages the book leaves out but holds elsewhere, by path: a measure's page is
	 * its row in the register (`{ path, hash }`).
	 */
	standIns?: ReadonlyMap<string, { path: string; hash: string }>;
	/** The book's own CSS (print layout, running header). */
	css: string;
	/** YYYY-MM-DD of this edition. */
	date: string;
}

export interface ComposedBook {
	html: string;
	/** Id of each part's first heading, in order, with its title (the table of contents). */
	parts: { id: string; title: string }[];
}

const partId = (i: number) => `p${i + 1}`;

function classes(el: Element): string[] {
	const c: unknown = el.properties?.className;
	return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}


const h = (tagName: string, properties: Record<string, unknown>, children: (ElementContent | string)[] = []): Element => ({
	type: 'element',
	tagName,
	properties: properties as Element['properties'],
	children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

export function composeBook(input: ComposeInput): ComposedBook {
	const { lang, parts, set, base, siteUrl } = input;
	const t = ui(lang);
	const prefix = base.replace(/\/?$/, '/');
	const indexOfPath = new Map(parts.map((p, i) => [`${prefix}${p.route.path}`, i]));
	let head: Element | undefined;
	// As each page's h1 writes it (« Dirigeants principaux du numérique »).
	const titles = parts.map((p) => upperFirst(routeTitle(p.route, 'full'), lang));
	const printed = new Map<string, Printed>();

	const bodies = parts.map((part, i) => {
		const tree = fromHtml(input.pageHtml(part.route.path));
		head ??= find(tree, 'head');
		const main = find(tree, 'main');
		if (!main) throw new Error(`briefing book: ${part.route.path} has no <main>`);
		const own = partId(i);
		const pageUrl = new URL(`${prefix}${part.route.path}`, 'http://book.invalid');
		rewrite(main, (href) => {
			let url: URL;
			try {
				url = new URL(href, pageUrl);
			} catch {
				return href;
			}
			if (url.origin !== pageUrl.origin) return href;
			const standIn = input.standIns?.get(url.pathname.slice(prefix.length));
			if (standIn && !url.hash) url = new URL(`${prefix}${standIn.path}#${standIn.hash}`, url);
			const target = indexOfPath.get(url.pathname);
			if (target !== undefined) return url.hash ? `#${partId(target)}-${decodeURIComponent(url.hash.slice(1))}` : `#${partId(target)}`;
			return new URL(`${url.pathname}${url.search}${url.hash}`, siteUrl).href;
		}, own);
		printOnce(main, printed, titles[i]!, lang);
		floatWideFigures(main, main);
		// A section, the home page and the annex start on a new page; the pages of a section follow one another.
		const starts = i === 0 || part.annex !== parts[i - 1]!.annex || part.section?.id !== parts[i - 1]!.section?.id;
		const eyebrow = starts && part.section ? [h('p', { className: ['book-part__section'] }, [part.section.title])] : [];
		return h(
			'section',
			{ className: ['book-part', starts ? 'book-part--start' : part.entry ? 'book-part--entry' : 'book-part--page', ...(part.annex ? ['book-part--annex'] : [])], id: own, lang },
			[...eyebrow, ...main.children],
		);
	});

	const tocItem = (i: number, children: Element[] = []) =>
		h('li', {}, [
			h('span', { className: ['book-toc__entry'] }, [h('a', { href: `#${partId(i)}` }, [titles[i]!]), ' ', h('span', { className: ['book-toc__page'], dataPart: partId(i) }, ['000'])]),
			...(children.length ? [h('ol', {}, children)] : []),
		]);
	/** Each page with its entries one level down. */
	const tocList = (indexes: number[]) => {
		const items: Element[] = [];
		for (let k = 0; k < indexes.length; k++) {
			const i = indexes[k]!;
			const entries: Element[] = [];
			while (k + 1 < indexes.length && parts[indexes[k + 1]!]!.entry) entries.push(tocItem(indexes[++k]!));
			items.push(tocItem(i, entries));
		}
		return h('ol', {}, items);
	};
	// Grouped as the menu groups them: the home page, each section, then the annex.
	const groups: { title?: string; indexes: number[] }[] = [];
	parts.forEach((p, i) => {
		const title = p.annex ? t.bookAnnex : p.section?.title;
		const last = groups.at(-1);
		if (last && last.title === title) last.indexes.push(i);
		else groups.push({ title, indexes: [i] });
	});
	const toc = h('nav', { className: ['book-toc'], ariaLabelledBy: 'book-toc-title' }, [
		h('h1', { id: 'book-toc-title' }, [t.bookContents]),
		...groups.flatMap((g) => [...(g.title ? [h('h2', {}, [g.title])] : []), tocList(g.indexes)]),
	]);

	const meeting = set.meetings.map((m) => m.data).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
	const cover = h('header', { className: ['book-cover'] }, [
		h('p', { className: ['book-cover__site'] }, [t.siteName]),
		h('p', { className: ['book-cover__title'] }, [t.bookTitle]),
		...(meeting ? [h('p', { className: ['book-cover__meeting'] }, [meeting.title[lang]])] : []),
		h('p', { className: ['book-cover__lead'] }, [t.bookDecks]),
		h(
			'ul',
			{ className: ['book-cover__decks'] },
			set.documents.map(({ data: d }) => h('li', {}, [`${d.title[lang]} (${d.date ? formatDate(d.date, lang) : t.undated})`])),
		),
		h('p', { className: ['book-cover__edition'] }, [fill(t.bookEdition, { date: formatDate(input.date, lang) })]),
	]);

	// The pages' text is already set by the middleware; what the book adds is set here.
	typesetTree(cover, lang);
	typesetTree(toc, lang);
	const styles = head ? head.children.filter((c): c is Element => c.type === 'element' && ((c.tagName === 'link' && String(c.properties?.rel) === 'stylesheet') || c.tagName === 'style')) : [];
	const doc: Root = {
		type: 'root',
		children: [
			{ type: 'doctype' },
			h('html', { lang }, [
				h('head', {}, [
					h('meta', { charSet: 'utf-8' }),
					h('title', {}, [`${t.bookTitle} – ${t.siteName}`]),
					...styles,
					h('style', {}, [input.css]),
				]),
				shareChartStyles(h('body', { className: ['book'] }, [cover, toc, ...bodies])),
			]),
		] as RootContent[],
	};
	return { html: toHtml(doc, { allowDangerousHtml: true }), parts: titles.map((title, i) => ({ id: partId(i), title })) };
}

/**
 * Mermaid scopes each chart's stylesheet by the chart's id: the book's body
 * charts carry one sheet each, the same but for the id, and each would be
 * parsed and matched on its own (about half a second of the print). Charts
 * whose sheets differ only by their id keep one, for all of them: `#a`
 * becomes `:is(#a, #b, …)`, of the same specificity. A paint it names
 * (`url(#a-gradient)`, for Mermaid's "neo" look, which no chart uses) is
 * the first chart's, drawn the same.
 */
function shareChartStyles(body: Element): Element {
	const sheets = new Map<string, { ids: string[]; text: Text }>();
	const visit = (node: Element) => {
		for (const c of node.children) {
			if (c.type !== 'element') continue;
			if (c.tagName !== 'svg') {
				visit(c);
				continue;
			}
			const id = c.properties?.id;
			const style = c.children.find((s): s is Element => s.type === 'element' && s.tagName === 'style');
			const text = style?.children.length === 1 ? style.children[0] : undefined;
			if (typeof id !== 'string' || text?.type !== 'text') continue;
			// Placeholders for the chart's id: in a selector (\0), and in a paint such as `url(#id-gradient)` (\1).
			const sheet = text.value.replaceAll(`url(#${id}`, 'url(#\u0001').replace(new RegExp(`#${id}(?![\\w-])`, 'g'), '\u0000');
			const shared = sheets.get(sheet);
			if (!shared) sheets.set(sheet, { ids: [id], text });
			else {
				shared.ids.push(id);
				c.children = c.children.filter((s) => s !== style);
			}
		}
	};
	visit(body);
	for (const [sheet, { ids, text }] of sheets)
		text.value = sheet.replaceAll('\u0000', ids.length === 1 ? `#${ids[0]}` : `:is(${ids.map((id) => `#${id}`).join(', ')})`).replaceAll('\u0001', ids[0]!);
	return body;
}

/** Prefixes ids and id references, rewrites links, opens disclosures and drops what is for the screen (SVG left as drawn). */
function rewrite(node: Element, link: (href: string) => string, own: string): void {
	node.children = node.children.filter((c) => {
		if (c.type !== 'element') return true;
		if (c.tagName === 'script' || c.tagName === 'noscript') return false;
		if (c.tagName === 'nav' && c.properties?.dataToc !== undefined) return false;
		return !classes(c).some((k) => SCREEN_ONLY.includes(k));
	});
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		const p = child.properties ?? (child.properties = {});
		if (child.tagName === 'svg') continue;
		if (typeof p.id === 'string') p.id = `${own}-${p.id}`;
		for (const attr of ID_REFS) {
			const v = p[attr];
			if (typeof v === 'string') p[attr] = v.split(/\s+/).map((id) => `${own}-${id}`).join(' ');
			else if (Array.isArray(v)) p[attr] = v.map((id) => `${own}-${String(id)}`);
		}
		if (child.tagName === 'a' && typeof p.href === 'string') {
			p.href = p.href.startsWith('#') ? `#${own}-${p.href.slice(1)}` : link(p.href);
			delete p.download;
		}
		if (child.tagName === 'details') p.open = true;
		if (/^h[1-6]$/.test(child.tagName)) collapseSpaces(child);
		if (child.tagName === 'h1' && !p.id) p.id = `${own}-title`;
		rewrite(child, link, own);
	}
}

/** Where a block the book prints once was printed: its heading's id, the section's and the page's titles. */
interface Printed {
	id: string;
	section: string;
	title: string;
}

/**
 * A block two pages share (`data-book-once`, the same key on both: the
 * ICCS's mandate on its body page and on its role page) is printed the
 * first time; later, its heading stays and a reference to the first takes
 * its place (« Voir « Institut des services axés sur les citoyens »,
 * section « Mandat et rôle » (p. 41). »), so the book does not repeat itself.
 */
function printOnce(node: Element, printed: Map<string, Printed>, title: string, lang: Lang): void {
	for (const child of node.children) {
		if (child.type !== 'element' || child.tagName === 'svg') continue;
		if (child.properties?.dataBookOnce === undefined) {
			printOnce(child, printed, title, lang);
			continue;
		}
		const key = String(child.properties.dataBookOnce);
		delete child.properties.dataBookOnce;
		const heading = child.children.find((c): c is Element => c.type === 'element' && /^h[2-6]$/.test(c.tagName));
		const id = heading?.properties?.id;
		if (!heading || typeof id !== 'string') throw new Error(`briefing book: the block "${key}" printed once has no heading with an id`);
		const first = printed.get(key);
		if (!first) {
			printed.set(key, { id, section: textOf(heading).trim(), title });
			continue;
		}
		const t = ui(lang);
		const [before, after] = t.bookSeeEarlier.split('{link}') as [string, string];
		const link = h('a', { href: `#${first.id}` }, [fill(t.bookSectionRef, { title: first.title, section: first.section })]);
		const see = h('p', { className: ['book-see-earlier'] }, [before, link, after]);
		typesetTree(see, lang);
		child.children = [heading, see];
	}
}

/** Removes and returns the first descendant element that `match` accepts. */
function take(node: Element, match: (el: Element) => boolean): Element | undefined {
	for (const [i, c] of node.children.entries()) {
		if (c.type !== 'element') continue;
		if (match(c)) return node.children.splice(i, 1)[0] as Element;
		const found = take(c, match);
		if (found) return found;
	}
	return undefined;
}

/**
 * A wide chart prints on a landscape page of its own (book.css), which would
 * leave the rest of the page before it blank: its caption and drawing, with
 * the legend of its section under them, move to the end of that section, so
 * the text (the chart's text version among it) fills the page first, as a
 * book floats a figure to the next page. The site's print.css gets the same
 * page with CSS `order`, as a reader's browser can only restyle the page; the
 * book moves the nodes instead, so that its tagged PDF's reading order (the
 * DOM's) is the order printed.
 */
function floatWideFigures(node: Element, host: Element): void {
	for (const child of [...node.children]) {
		if (child.type !== 'element' || child.tagName === 'svg') continue;
		if (child.tagName === 'figure' && classes(child).includes('jc-diagram--wide')) {
			const caption = take(child, (el) => el.tagName === 'figcaption');
			const graphic = take(child, (el) => classes(el).includes('jc-diagram__graphic'));
			if (!caption || !graphic) throw new Error('briefing book: a wide chart has no caption or no drawing');
			const legend = take(host, (el) => classes(el).includes('jc-legend'));
			child.tagName = 'div';
			host.children.push(h('figure', { className: ['jc-diagram', 'jc-diagram--wide', 'book-wide-figure'] }, [caption, graphic, ...(legend ? [legend] : [])]));
			continue;
		}
		floatWideFigures(child, child.tagName === 'section' || classes(child).includes('structure-block') ? child : host);
	}
}

/**
 * A heading's text with single spaces only: the book prints headings with
 * `white-space: pre-wrap` (book.css), because Chromium's PDF outline drops
 * the space at each line break of a heading otherwise (« servicesdu »).
 */
function collapseSpaces(node: Element): void {
	for (const c of node.children) {
		if (c.type === 'text') c.value = c.value.replace(/\s+/g, ' ');
		else if (c.type === 'element') collapseSpaces(c);
	}
	const first = node.children[0];
	const last = node.children.at(-1);
	if (first?.type === 'text') first.value = first.value.trimStart();
	if (last?.type === 'text') last.value = last.value.trimEnd();
}
