// Whether the build makes the briefing book, on what paper, and where each
// language's book is published. The layout (its link), the sitemap and the
// build step all read these, so they agree.
import type { Lang } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';

export const PAPER_SIZES = ['Letter', 'Legal', 'A4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** On unless BRIEFING_BOOK=off (fixture builds that test something else); never in `astro dev`. */
export function bookEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.BRIEFING_BOOK?.trim() !== 'off';
}

/** Letter by default; BRIEFING_BOOK_PAPER=A4 (or Legal) for other paper. */
export function bookPaper(env: NodeJS.ProcessEnv = process.env): PaperSize {
	const value = env.BRIEFING_BOOK_PAPER?.trim() || 'Letter';
	const found = PAPER_SIZES.find((p) => p.toLowerCase() === value.toLowerCase());
	if (!found) throw new Error(`BRIEFING_BOOK_PAPER="${value}": use one of ${PAPER_SIZES.join(', ')}`);
	return found;
}

/** Route path of a language's book (`fr/cahier-d-information.pdf`). */
export function bookPath(lang: Lang): string {
	return `${lang}/${ui(lang).bookFile}`;
}
