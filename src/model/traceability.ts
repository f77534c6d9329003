// What the site makes of each slide: every element that cites it. The
// document pages list these under the slide's own text.
import type { Localized, Source } from '../schemas/common.ts';
import type { ContentSet } from './content-set.ts';
import { perLanguage } from '../i18n/languages.ts';

export type TraceKind =
	| 'priority'
	| 'measure'
	| 'finding'
	| 'mandate'
	| 'logic-element'
	| 'framework-element'
	| 'glossary';

export interface TraceItem {
	kind: TraceKind;
	text: Localized;
	/** The item says its slide in other words (shown as a restatement). */
	restatement?: boolean;
	/** What the item links to on the site, if it has a home of its own. */
	target?: { type: 'priority' | 'measure' | 'mandate' | 'logic' | 'framework' | 'consultations' | 'glossary'; id: string };
}

const cites = (sources: Source[] | undefined, doc: string, slide: string) =>
	!!sources?.some((s) => s.document === doc && s.slide === slide);

export function statementsForSlide(set: ContentSet, doc: string, slide: string): TraceItem[] {
	const items: TraceItem[] = [];
	for (const { data: p } of set.priorities)
		if (cites(p.sources, doc, slide))
			items.push({
				kind: 'priority',
				text: perLanguage((l) => `${p.name[l]}: ${p.scope.map((s) => s[l]).join(', ')}`),
				target: { type: 'priority', id: p.id },
			});
	for (const { data: m } of set.measures)
		if (m.source.document === doc && m.source.slide === slide)
			// Numbered as the deck numbers it.
			items.push({ kind: 'measure', text: m.number ? perLanguage((l) => `${m.number}. ${m.statement[l]}`) : m.statement, target: { type: 'measure', id: m.id } });
	for (const { data: f } of set.findings)
		if (cites(f.sources, doc, slide)) items.push({ kind: 'finding', text: f.text, target: { type: 'consultations', id: f.id } });
	for (const { data: b } of set.bodies)
		for (const m of b.mandate)
			if (cites(m.sources, doc, slide))
				items.push({ kind: 'mandate', text: m.text, target: { type: 'mandate', id: b.id }, ...(m.form === 'restatement' ? { restatement: true } : {}) });
	for (const { data: e } of set.logicModel)
		if (cites(e.sources, doc, slide)) items.push({ kind: 'logic-element', text: e.label, target: { type: 'logic', id: e.id } });
	for (const { data: e } of set.operatingFramework)
		if (cites(e.sources, doc, slide)) items.push({ kind: 'framework-element', text: e.title, target: { type: 'framework', id: e.id } });
	for (const { data: g } of set.glossary)
		if (cites(g.sources, doc, slide)) items.push({ kind: 'glossary', text: g.term, target: { type: 'glossary', id: g.id } });
	return items;
}

/** Sources without repeats, in first-seen order. */
export function uniqueSources(list: Source[]): Source[] {
	const seen = new Set<string>();
	return list.filter((s) => {
		const k = `${s.document}#${s.slide}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
