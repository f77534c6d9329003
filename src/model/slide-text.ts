// A slide's own text as plain strings: for the citation check, the seed
// comparison and anything that needs to read what a slide says.
import type { Lang } from '../i18n/languages.ts';
import type { Localized } from '../schemas/common.ts';
import type { Slide, SlideBlock, SlideListItem } from '../schemas/documents.ts';

/** The text of a list item and of its nested items, depth first. */
export function itemTexts(item: SlideListItem): Localized[] {
	return 'items' in item ? [item.text, ...item.items.flatMap(itemTexts)] : [item];
}

/** Every string the deck itself says in a block (a site note says nothing of the deck's). */
export function blockTexts(block: SlideBlock): Localized[] {
	if ('heading' in block) return [block.heading];
	if ('paragraph' in block) return [block.paragraph];
	if ('list' in block) return block.list.flatMap(itemTexts);
	return [];
}

/** The slide's words in one language, title first, as one string. */
export function slideText(slide: Slide, lang: Lang): string {
	return [slide.title, ...slide.text.flatMap(blockTexts)].map((t) => t[lang]).join('\n');
}

/** The top-level items of the slide's lists, in order (e.g. a deck's objectives). */
export function slideListItems(slide: Slide): Localized[] {
	return slide.text.flatMap((b) => ('list' in b ? b.list.map((i) => ('items' in i ? i.text : i)) : []));
}
