// The words of a recorded change in one language: what it is about, what
// happened, where it was decided and on what it rests. "What changed", the
// Atom feed, the timelines and the open data all say a change this way.
import { formatDate, type Lang } from '../i18n/languages.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Reference } from '../schemas/common.ts';
import type { BodyEntry } from '../schemas/bodies.ts';
import type { Change, BodyState } from './history.ts';
import type { DecisionEntry } from '../schemas/decisions.ts';
import type { MeasureEventEntry } from '../schemas/events.ts';
import { entityHref, sourceLink } from './links.ts';
import type { SiteModel } from './site-model.ts';

export interface ChangeNote {
	id: string;
	date: string;
	/** The date in words (« 27 février 2020 »). */
	when: string;
	/** What the change is about: the measure's title or the body's name, and its page. */
	subject: { label: string; href: string; kind: 'measure' | 'body' };
	/** What happened (« Décision : approuvée », « En cours », « Relève désormais du … »). */
	what: string;
	/** Where it was decided: the meeting of a decision, or « À la suite de la décision de la réunion du … » for an event. */
	meeting?: { label: string; href: string };
	note?: string;
	references: { label: string; href?: string }[];
}

/** A body's name with its acronym, as lists write it. */
export function bodyLabel(body: BodyEntry, lang: Lang): string {
	return body.acronym ? `${body.name[lang]} (${body.acronym[lang]})` : body.name[lang];
}

/** A measure's title with the deck's own number, where it has one. */
export function measureLabel(measure: { number?: number; title: Record<Lang, string> }, lang: Lang): string {
	return `${measure.number ? `${measure.number}. ` : ''}${measure.title[lang]}`;
}

export function referenceLinks(model: SiteModel, refs: readonly Reference[], lang: Lang): ChangeNote['references'] {
	return refs.map((r) => ('slide' in r ? sourceLink(model, r, lang) : { label: r.record[lang], ...(r.url ? { href: r.url } : {}) }));
}

/** What happened to a body, in words: a reporting line names the new parent. */
export function bodyEventText(model: SiteModel, type: string, to: BodyState, lang: Lang): string {
	const { bodyEvents } = ui(lang).labels;
	if (type !== 'reporting-line-changed') return bodyEvents[type as Exclude<keyof typeof bodyEvents, 'reporting-line-changed'>];
	if (!to.reportsTo) return bodyEvents['reporting-line-changed']();
	const parent = model.body(to.reportsTo);
	return `${bodyEvents['reporting-line-changed']({ article: parent.article[lang] })}${(parent.nameInText ?? parent.name)[lang]}`;
}

/** A link to a meeting: its name, or, for what follows a decision, « À la suite de la décision de la réunion du {date} ». */
export function meetingRef(model: SiteModel, id: string, lang: Lang, follows: boolean): { label: string; href: string } {
	const meeting = model.get('meetings', id);
	const label = follows ? fill(ui(lang).followsDecision, { date: formatDate(meeting.date, lang) }) : meeting.title[lang];
	return { label, href: entityHref(model, 'meeting', id, lang) };
}

export function changeNote(model: SiteModel, change: Change, lang: Lang): ChangeNote {
	const base = { id: change.id, date: change.date, when: formatDate(change.date, lang) };
	if (change.kind === 'body-event') {
		const body = model.body(change.event.body);
		const decision = change.event.decision ? model.get('decisions', change.event.decision) : undefined;
		return {
			...base,
			subject: { label: bodyLabel(body, lang), href: entityHref(model, 'body', body.id, lang), kind: 'body' },
			what: bodyEventText(model, change.event.type, change.to, lang),
			...(decision ? { meeting: meetingRef(model, decision.meeting, lang, true) } : {}),
			...(change.event.note ? { note: change.event.note[lang] } : {}),
			references: referenceLinks(model, change.event.sources, lang),
		};
	}
	const subject = { label: measureLabel(change.measure, lang), href: entityHref(model, 'measure', change.measure.id, lang), kind: 'measure' as const };
	return { ...base, subject, ...measureRecordNote(model, change.kind === 'decision' ? { decision: change.decision } : { event: change.event }, lang) };
}

/** A decision on a measure, or an event that followed, in words: what the register, the timeline and the feed say of it. */
export function measureRecordNote(
	model: SiteModel,
	record: { decision: DecisionEntry } | { event: MeasureEventEntry },
	lang: Lang,
): Pick<ChangeNote, 'what' | 'meeting' | 'note' | 'references'> {
	const t = ui(lang);
	if ('decision' in record) {
		const d = record.decision;
		return {
			what: fill(t.decisionAt, { outcome: t.labels.decisionOutcomes[d.outcome] }),
			meeting: meetingRef(model, d.meeting, lang, false),
			...(d.note ? { note: d.note[lang] } : {}),
			references: referenceLinks(model, d.sources, lang),
		};
	}
	const e = record.event;
	const decision = e.decision ? model.get('decisions', e.decision) : undefined;
	return {
		what: t.labels.measureStatuses[e.type],
		...(decision ? { meeting: meetingRef(model, decision.meeting, lang, true) } : {}),
		...(e.note ? { note: e.note[lang] } : {}),
		references: referenceLinks(model, e.sources, lang),
	};
}
