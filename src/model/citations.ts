// The citation check: a statement that cites a slide must say what that slide
// says. Every citing statement (data fields and the prose before each <Cite>)
// is reduced to its key words in each language, and the slides it cites must
// hold enough of them: nearly all for a quotation, a fair share for a
// restatement. A citation moved to the wrong slide, or a sentence rewritten
// away from its source, fails with the file, line and field.
import { LANGS, type Lang } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';
import type { Localized, Source } from '../schemas/common.ts';
import type { ContentIssue, ContentSet } from './content-set.ts';
import { propsOf } from './prose-checks.ts';
import { slideText } from './slide-text.ts';

/** How a statement relates to its slides. */
export type CitationForm = 'quotation' | 'restatement';

export interface CitingStatement {
	file: string;
	line?: number;
	/** Entry id › field, as content messages name them. */
	field: string;
	text: Partial<Localized>;
	sources: Source[];
	form: CitationForm;
	/** An acronym that, found as a word on the cited slides, stands for the text (glossary terms). */
	acronym?: Localized;
}

/** Share of a statement's key words its slides must hold. */
export const SUPPORT_THRESHOLD: Record<CitationForm, number> = { quotation: 0.9, restatement: 0.5 };

/** Statements too short to judge (a bare "Participation") are compared word for word instead. */
const MIN_KEY_WORDS = 3;

/**
 * The key words of a text: accents folded, lower case, four letters or more,
 * the language's most common words left out, each cut to a short stem so that
 * « dissoudre » and « dissolution », "report" and "reporting" meet.
 */
export function keyWords(text: string, lang: Lang): Set<string> {
	const stop = stopWordsOf(lang);
	const out = new Set<string>();
	const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	for (const w of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
		if (w.length < 4 || stop.has(w)) continue;
		out.add(w.slice(0, 5));
	}
	return out;
}

const stopCache = new Map<Lang, Set<string>>();
function stopWordsOf(lang: Lang): Set<string> {
	let s = stopCache.get(lang);
	if (!s) stopCache.set(lang, (s = new Set(ui(lang).grammar.stopWords)));
	return s;
}

/** Share of the statement's key words found in the text of the slides it cites. */
export function support(statement: string, slidesText: string, lang: Lang): { share: number; missing: string[]; words: number } {
	const words = keyWords(statement, lang);
	const source = keyWords(slidesText, lang);
	const missing = [...words].filter((w) => !source.has(w));
	return { share: words.size ? 1 - missing.length / words.size : 1, missing, words: words.size };
}

type Node = { type: string; value?: string; name?: string; children?: Node[]; position?: { start: { line: number } } };

/**
 * The claim a <Cite> backs: the sentence just before it (with the one before
 * that when it is too short to judge), not the framing earlier in the paragraph.
 */
function claim(text: string, lang: Lang): string {
	const sentences = text.trim().split(/(?<=[.!?»])\s+(?=[\p{Lu}«])/u);
	let out = sentences.pop() ?? '';
	while (sentences.length && keyWords(out, lang).size < MIN_KEY_WORDS) out = `${sentences.pop()} ${out}`;
	return out;
}

/** The prose before each <Cite> (since the previous one in its paragraph), with the slides cited there. */
function proseCitations(set: ContentSet): CitingStatement[] {
	const out: CitingStatement[] = [];
	// A body as the decks most often name it: by its acronym where it has one.
	const nameOf = (_collection: 'bodies', id: string, lang: Lang): string => {
		const b = set.bodies.find((x) => x.data.id === id)?.data;
		return b ? (b.acronym?.[lang] ?? b.name[lang]) : '';
	};
	for (const page of set.pages) {
		if (page.data.synthesis) continue; // a synthesis page restates several slides at once, and says so
		const key = page.data.translationKey;
		const visitBlock = (block: Node) => {
			let text = '';
			let pending: { sources: Source[]; line?: number } | undefined;
			const flush = () => {
				if (pending && text.trim())
					out.push({ file: page.file, line: pending.line, field: `${key} › <Cite>`, text: { [page.lang]: claim(text, page.lang) }, sources: pending.sources, form: 'restatement' });
				if (pending) text = '';
				pending = undefined;
			};
			const inline = (n: Node) => {
				if (n.type === 'text' || n.type === 'inlineCode') {
					if (pending && n.value?.trim()) flush();
					text += n.value ?? '';
				} else if (n.type === 'mdxJsxTextElement' && n.name === 'Cite') {
					const { props } = propsOf(n as never);
					pending ??= { sources: [], line: n.position?.start.line };
					pending.sources.push({ document: String(props.document), slide: String(props.slide) });
				} else if (n.type === 'mdxJsxTextElement' && n.name === 'Body') {
					if (pending) flush();
					const { props } = propsOf(n as never);
					text += ' ' + nameOf('bodies', String(props.id), page.lang) + ' ';
				} else if (n.type === 'mdxJsxTextElement' && n.name === 'Measure') {
					// A reference (« gain rapide »), not a claim: nothing to hold to the slide.
					if (pending) flush();
				} else n.children?.forEach(inline);
			};
			block.children?.forEach(inline);
			flush();
		};
		const walk = (n: Node) => {
			if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') visitBlock(n);
			else n.children?.forEach(walk);
		};
		walk(page.tree as Node);
	}
	return out;
}

/** Every statement of the content that cites a slide, and how it relates to it. */
export function citingStatements(set: ContentSet): CitingStatement[] {
	const out: CitingStatement[] = [];
	const join = (...parts: Localized[]): Localized =>
		Object.fromEntries(LANGS.map((l) => [l, parts.map((p) => p[l]).join(' ')])) as Localized;
	for (const { file, line, data } of set.measures)
		out.push({ file, line, field: `${data.id} › statement`, text: data.statement, sources: [data.source], form: 'quotation' });
	for (const { file, line, data } of set.findings)
		out.push({ file, line, field: `${data.id} › text`, text: data.group ? join(data.group, data.text) : data.text, sources: data.sources, form: 'quotation' });
	for (const { file, line, data } of set.priorities)
		out.push({ file, line, field: `${data.id} › scope`, text: join(data.name, ...data.scope), sources: data.sources, form: 'quotation' });
	for (const { file, line, data } of set.bodies)
		data.mandate.forEach((m, i) =>
			out.push({ file, line, field: `${data.id} › mandate[${i}]`, text: m.text, sources: m.sources, form: m.form }),
		);
	for (const { file, line, data } of set.logicModel)
		out.push({ file, line, field: `${data.id} › basis`, text: data.basis, sources: data.sources, form: 'restatement' });
	for (const { file, line, data } of set.operatingFramework)
		out.push({ file, line, field: `${data.id} › text`, text: data.text, sources: data.sources, form: 'restatement' });
	// A glossary entry cites the slides that use its term: the term (or its acronym) is what they must hold.
	for (const { file, line, data } of set.glossary)
		out.push({ file, line, field: `${data.id} › term`, text: data.term, acronym: data.acronym, sources: data.sources, form: 'quotation' });
	out.push(...proseCitations(set));
	return out;
}

/** The citations whose slides do not say what the statement says. */
export function citationIssues(set: ContentSet): ContentIssue[] {
	const slides = new Map(set.documents.flatMap((d) => d.data.slides.map((s) => [`${d.data.id}#${s.id}`, s] as const)));
	// The decks' own names attribute a statement ("the 2020 deck proposes…"): they are not part of the claim.
	const deckNames = (lang: Lang) => set.documents.flatMap((d) => [d.data.title[lang], d.data.shortTitle[lang]]);
	const withoutDeckNames = (text: string, lang: Lang) => deckNames(lang).reduce((t, name) => t.split(name).join(' '), text);
	const issues: ContentIssue[] = [];
	for (const st of citingStatements(set)) {
		const cited = st.sources.map((s) => slides.get(`${s.document}#${s.slide}`));
		// A missing slide is reported by the reference rules; an image-only slide has no text to hold a statement to.
		if (cited.some((s) => !s)) continue;
		const withText = cited.filter((s) => s && !s.imageOnly);
		if (!withText.length) continue;
		for (const lang of LANGS) {
			const text = st.text[lang];
			if (!text) continue;
			const source = withText.map((s) => slideText(s!, lang)).join('\n');
			const acronym = st.acronym?.[lang];
			if (acronym && new RegExp(`(^|[^\\p{L}])${acronym}([^\\p{L}]|$)`, 'u').test(source)) continue;
			const r = support(withoutDeckNames(text, lang), source, lang);
			if (r.words < MIN_KEY_WORDS && r.missing.length === 0) continue;
			if (r.share < SUPPORT_THRESHOLD[st.form])
				issues.push({
					file: st.file,
					line: st.line,
					field: `${st.field} (${lang})`,
					message:
						`cites ${st.sources.map((s) => `${s.document} › ${s.slide}`).join(', ')}, but ${Math.round(r.share * 100)}% of its key words are on ${withText.length === 1 ? 'that slide' : 'those slides'} ` +
						`(a ${st.form} needs ${Math.round(SUPPORT_THRESHOLD[st.form] * 100)}%); not found: ${r.missing.join(', ')}`,
				});
		}
	}
	return issues;
}
