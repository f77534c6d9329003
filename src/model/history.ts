// The strategy over time, derived from the records: each measure's status
// from its deck, the decisions (decisions.yaml) and the events (events.yaml);
// each body's state and reporting line as of any date; the list of changes.
// The same walk checks the records (legal transitions, dates, cycles), so
// what the site shows and what validation accepts cannot drift apart.
import type { ChangeWeight, Reference } from '../schemas/common.ts';
import type { DecisionEntry, DecisionOutcome } from '../schemas/decisions.ts';
import type { DocumentEntry } from '../schemas/documents.ts';
import { isMeasureEvent, type BodyEventEntry, type MeasureEventEntry } from '../schemas/events.ts';
import type { MeasureEntry, MeasureStatus } from '../schemas/measures.ts';
import type { MeetingEntry } from '../schemas/meetings.ts';
import type { ContentIssue, ContentSet, Located } from './content-set.ts';

/** The status a decision's outcome gives its measure (`noted` leaves it as it was). */
const OUTCOME_STATUS: Record<DecisionOutcome, MeasureStatus | undefined> = {
	approved: 'approved',
	'approved-with-changes': 'approved',
	rejected: 'rejected',
	deferred: 'deferred',
	noted: undefined,
};

/** From which statuses each step may be taken. */
const UNDECIDED: readonly MeasureStatus[] = ['proposed', 'recommended', 'deferred'];
const MEASURE_EVENT_FROM: Record<MeasureEventEntry['type'], readonly MeasureStatus[]> = {
	'in-progress': ['approved'],
	completed: ['approved', 'in-progress'],
	abandoned: ['approved', 'in-progress'],
};

/** One step of a measure's timeline, oldest first. */
export type MeasureStep =
	| { kind: 'proposed'; date: string | undefined; status: MeasureStatus; document: DocumentEntry; meeting: MeetingEntry | undefined }
	| { kind: 'decision'; date: string; status: MeasureStatus; decision: DecisionEntry; meeting: MeetingEntry; weight: ChangeWeight }
	| { kind: 'event'; date: string; status: MeasureStatus; event: MeasureEventEntry; decision: DecisionEntry | undefined; weight: ChangeWeight };

export interface MeasureHistory {
	measure: MeasureEntry;
	/** The deck's proposal, then every decision and event, in date order. */
	steps: MeasureStep[];
	status: MeasureStatus;
	/** The latest decision or event, if any. */
	last: Exclude<MeasureStep, { kind: 'proposed' }> | undefined;
	/** Whether any decision is recorded (the register says « Aucune décision consignée » otherwise). */
	decided: boolean;
}

/** A body as of a date. */
export interface BodyState {
	id: string;
	/** False before a `created` event, and after `dissolved`. */
	exists: boolean;
	dissolved: boolean;
	/** Converted to a community of practice. */
	converted: boolean;
	reportsTo: string | null;
}

export type BodyStep = { date: string; event: BodyEventEntry; decision: DecisionEntry | undefined; weight: ChangeWeight };

/** A recorded change, for "What changed", the feed and the timelines. */
export type Change =
	| { kind: 'decision'; id: string; date: string; weight: ChangeWeight; decision: DecisionEntry; meeting: MeetingEntry; measure: MeasureEntry; status: MeasureStatus }
	| { kind: 'measure-event'; id: string; date: string; weight: ChangeWeight; event: MeasureEventEntry; measure: MeasureEntry; status: MeasureStatus }
	| { kind: 'body-event'; id: string; date: string; weight: ChangeWeight; event: BodyEventEntry; from: BodyState; to: BodyState };

export interface History {
	measure(id: string): MeasureHistory;
	/** Every body's state on `date` (YYYY-MM-DD); without a date, as of the latest record. */
	bodiesAsOf(date?: string): Map<string, BodyState>;
	bodySteps(id: string): BodyStep[];
	/** Every decision and event, newest first (same day: last recorded first). */
	changes: Change[];
	/** Major changes only, newest first. */
	majorChanges: Change[];
	meetings: MeetingEntry[];
	/** Decisions taken at a meeting, in the order recorded. */
	decisionsAt(meetingId: string): DecisionEntry[];
	/** Meetings where a deck was presented, by date. */
	meetingsOf(documentId: string): MeetingEntry[];
	/** The newest date of a major change that concerns one of the ids, if any. */
	lastMajorChange(filter: (change: Change) => boolean): string | undefined;
}

export interface HistoryResult {
	history: History;
	issues: ContentIssue[];
}

/** YYYY-MM-DD of today in UTC (dates in the records are calendar dates). */
export function todayIso(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

const byDate = <T extends { date: string }>(a: T, b: T): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** What a step rests on, for the rule "every event cites a source or a decision". */
export function hasBasis(e: { sources: Reference[]; decision?: string }): boolean {
	return e.sources.length > 0 || e.decision !== undefined;
}

/**
 * Derives the history and checks the records. `today` bounds the dates
 * (a decision or an event cannot be in the future).
 */
export function deriveHistory(set: ContentSet, today: string = todayIso()): HistoryResult {
	const issues: ContentIssue[] = [];
	const at = (e: Located<{ id: string }>, field: string, message: string) =>
		issues.push({ file: e.file, line: e.line, field: `${e.data.id} › ${field}`, message });

	const meetings = [...set.meetings].map((m) => m.data).sort(byDate);
	const meetingById = new Map(set.meetings.map((m) => [m.data.id, m.data]));
	const measureById = new Map(set.measures.map((m) => [m.data.id, m.data]));
	const bodyById = new Map(set.bodies.map((b) => [b.data.id, b.data]));
	const documentById = new Map(set.documents.map((d) => [d.data.id, d.data]));
	const decisionById = new Map(set.decisions.map((d) => [d.data.id, d.data]));

	const meetingsOf = (documentId: string) => meetings.filter((m) => m.documents.includes(documentId));

	// Meetings: each deck presented exists; a deck's own date, where it has one, is the meeting's.
	for (const m of set.meetings) {
		m.data.sources.forEach((s, i) => {
			if (!('cover' in s)) return;
			const doc = documentById.get(s.document);
			if (doc && doc.date !== m.data.date)
				at(m, `sources[${i}]`, `the cover of "${s.document}" ${doc.date ? `is dated ${doc.date}` : 'gives no date'}, not the meeting's date (${m.data.date})`);
		});
		m.data.documents.forEach((d, i) => {
			const doc = documentById.get(d);
			if (doc?.date && doc.date > m.data.date)
				at(m, `documents[${i}]`, `the deck "${d}" is dated ${doc.date}, after this meeting (${m.data.date})`);
		});
	}

	// (References to missing entries are reported by validate.ts and skipped here.)
	// Decisions: the meeting has taken place and came after the deck was presented.
	const decisionsByMeasure = new Map<string, Located<DecisionEntry>[]>();
	for (const d of set.decisions) {
		const measure = measureById.get(d.data.measure);
		const meeting = meetingById.get(d.data.meeting);
		if (meeting && meeting.date > today) at(d, 'meeting', `the meeting "${meeting.id}" (${meeting.date}) has not taken place yet`);
		if (!measure || !meeting) continue;
		const presented = meetingsOf(measure.source.document);
		if (presented.length && meeting.date < presented[0]!.date)
			at(d, 'meeting', `the meeting of ${meeting.date} came before the deck proposing "${measure.id}" was presented (${presented[0]!.date})`);
		const list = decisionsByMeasure.get(measure.id) ?? [];
		const twice = list.find((o) => o.data.meeting === meeting.id);
		if (twice) at(d, 'meeting', `"${twice.data.id}" already records the decision on "${measure.id}" at this meeting`);
		list.push(d);
		decisionsByMeasure.set(measure.id, list);
	}

	// Events: in file order by date, not in the future, each with a source or a decision that exists.
	let previous: Located<{ id: string; date: string }> | undefined;
	for (const e of set.events) {
		if (e.data.date > today) at(e, 'date', `${e.data.date} is in the future: record an event once it has happened`);
		if (previous && e.data.date < previous.data.date)
			at(e, 'date', `${e.data.date} is before the entry above it ("${previous.data.id}", ${previous.data.date}): keep events.yaml in date order`);
		previous = e;
		if (!hasBasis(e.data)) at(e, 'sources', 'an event needs its sources, or the decision that caused it (`decision`)');
		if (e.data.decision) {
			const decision = decisionById.get(e.data.decision);
			if (decision) {
				const meeting = meetingById.get(decision.meeting);
				if (meeting && e.data.date < meeting.date)
					at(e, 'date', `${e.data.date} is before the decision it follows ("${decision.id}", taken on ${meeting.date})`);
				if (isMeasureEvent(e.data) && decision.measure !== e.data.measure)
					at(e, 'decision', `decision "${decision.id}" is about "${decision.measure}", not "${e.data.measure}"`);
			}
		}
	}

	// Measures: the deck's status, then decisions and events in date order, each a legal step.
	const measureEvents = new Map<string, Located<MeasureEventEntry>[]>();
	for (const e of set.events) {
		if (!isMeasureEvent(e.data)) continue;
		if (!measureById.has(e.data.measure)) continue; // reported by validate.ts
		const list = measureEvents.get(e.data.measure) ?? [];
		list.push(e as Located<MeasureEventEntry>);
		measureEvents.set(e.data.measure, list);
	}
	const measureHistories = new Map<string, MeasureHistory>();
	const changes: Change[] = [];
	for (const measure of measureById.values()) {
		const document = documentById.get(measure.source.document);
		if (!document) continue; // reported by validate.ts
		const presented = meetingsOf(document.id)[0];
		const steps: MeasureStep[] = [{ kind: 'proposed', date: presented?.date, status: measure.status, document, meeting: presented }];
		// Same day: the decision first, then what followed it.
		const pending = [
			...(decisionsByMeasure.get(measure.id) ?? []).map((d) => ({ date: meetingById.get(d.data.meeting)!.date, order: 0, d })),
			...(measureEvents.get(measure.id) ?? []).map((d) => ({ date: d.data.date, order: 1, d })),
		].sort((a, b) => byDate(a, b) || a.order - b.order);
		let status: MeasureStatus = measure.status;
		for (const p of pending) {
			if (p.order === 0) {
				const d = p.d as Located<DecisionEntry>;
				if (!UNDECIDED.includes(status)) {
					at(d, 'outcome', `"${measure.id}" is already ${status} on ${p.date}: a meeting decides only on a measure not yet decided (proposed, recommended or deferred)`);
					continue;
				}
				status = OUTCOME_STATUS[d.data.outcome] ?? status;
				const meeting = meetingById.get(d.data.meeting)!;
				steps.push({ kind: 'decision', date: p.date, status, decision: d.data, meeting, weight: d.data.change });
				changes.push({ kind: 'decision', id: d.data.id, date: p.date, weight: d.data.change, decision: d.data, meeting, measure, status });
			} else {
				const e = p.d as Located<MeasureEventEntry>;
				const from = MEASURE_EVENT_FROM[e.data.type];
				if (!from.includes(status)) {
					at(e, 'type', `"${measure.id}" cannot go from ${status} to ${e.data.type} on ${e.data.date} (${e.data.type} follows ${from.join(' or ')})`);
					continue;
				}
				status = e.data.type;
				const decision = e.data.decision ? decisionById.get(e.data.decision) : undefined;
				steps.push({ kind: 'event', date: e.data.date, status, event: e.data, decision, weight: e.data.change });
				changes.push({ kind: 'measure-event', id: e.data.id, date: e.data.date, weight: e.data.change, event: e.data, measure, status });
			}
		}
		const last = steps.length > 1 ? (steps[steps.length - 1] as MeasureHistory['last']) : undefined;
		measureHistories.set(measure.id, { measure, steps, status, last, decided: steps.some((s) => s.kind === 'decision') });
	}

	// Bodies: the decks' structure, then each event in date order, each legal, the reporting graph acyclic after each.
	const baseline = new Map<string, BodyState>();
	const created = new Set(set.events.filter((e) => !isMeasureEvent(e.data) && e.data.type === 'created').map((e) => (e.data as BodyEventEntry).body));
	for (const b of bodyById.values()) {
		const isNew = created.has(b.id);
		baseline.set(b.id, { id: b.id, exists: !isNew, dissolved: false, converted: false, reportsTo: isNew ? null : b.reportsTo });
	}
	const bodyEvents = set.events
		.filter((e): e is Located<BodyEventEntry> => !isMeasureEvent(e.data))
		.map((e, order) => ({ e, order }))
		.sort((a, b) => byDate(a.e.data, b.e.data) || a.order - b.order)
		.map(({ e }) => e);
	const timeline: { date: string; states: Map<string, BodyState> }[] = [];
	const bodySteps = new Map<string, BodyStep[]>();
	let states = new Map([...baseline].map(([k, v]) => [k, { ...v }]));
	for (const e of bodyEvents) {
		const ev = e.data;
		const before = states.get(ev.body);
		if (!before) continue; // reported by validate.ts
		const refused = bodyTransitionRefusal(before, ev, states, bodySteps.get(ev.body)?.length ?? 0);
		if (refused) {
			at(e, refused.field, refused.message);
			continue;
		}
		const after: BodyState = { ...before };
		if (ev.type === 'created') Object.assign(after, { exists: true, reportsTo: ev.reportsTo ?? null });
		if (ev.type === 'dissolved') Object.assign(after, { exists: false, dissolved: true });
		if (ev.type === 'converted-to-community-of-practice') after.converted = true;
		if (ev.type === 'reporting-line-changed') after.reportsTo = ev.reportsTo;
		const next = new Map(states);
		next.set(ev.body, after);
		const cycle = reportingCycle(next);
		if (cycle) {
			at(e, 'reportsTo', `on ${ev.date} the reporting lines would form a cycle: ${cycle.join(' → ')}`);
			continue;
		}
		states = next;
		timeline.push({ date: ev.date, states });
		const decision = ev.decision ? decisionById.get(ev.decision) : undefined;
		const list = bodySteps.get(ev.body) ?? [];
		list.push({ date: ev.date, event: ev, decision, weight: ev.change });
		bodySteps.set(ev.body, list);
		changes.push({ kind: 'body-event', id: ev.id, date: ev.date, weight: ev.change, event: ev, from: before, to: after });
	}

	// Newest first; same day, last recorded first.
	const order = new Map([...set.decisions, ...set.events].map((e, i) => [e.data.id, i]));
	changes.sort((a, b) => byDate(b, a) || (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0));
	const majorChanges = changes.filter((c) => c.weight === 'major');

	const history: History = {
		measure(id) {
			const h = measureHistories.get(id);
			if (!h) throw new Error(`Unknown measure "${id}"`);
			return h;
		},
		bodiesAsOf(date) {
			let found = baseline;
			for (const step of timeline) if (date === undefined || step.date <= date) found = step.states;
			return found;
		},
		bodySteps: (id) => bodySteps.get(id) ?? [],
		changes,
		majorChanges,
		meetings,
		decisionsAt: (meetingId) => set.decisions.map((d) => d.data).filter((d) => d.meeting === meetingId),
		meetingsOf,
		lastMajorChange: (filter) => majorChanges.find(filter)?.date,
	};
	return { history, issues };
}

/** Why a body event cannot happen in the body's current state, if it cannot. */
function bodyTransitionRefusal(
	state: BodyState,
	ev: BodyEventEntry,
	states: Map<string, BodyState>,
	stepsSoFar: number,
): { field: string; message: string } | undefined {
	if (ev.type === 'created') {
		if (stepsSoFar > 0) return { field: 'type', message: `"${ev.body}" already has earlier events: "created" must be its first` };
	} else if (!state.exists) {
		const why = state.dissolved ? 'was dissolved' : 'is created later (its "created" event)';
		return { field: 'type', message: `"${ev.body}" ${why}: nothing can happen to it on ${ev.date}` };
	}
	if (ev.type === 'converted-to-community-of-practice' && state.converted)
		return { field: 'type', message: `"${ev.body}" is already a community of practice on ${ev.date}` };
	if (ev.type === 'reporting-line-changed' || (ev.type === 'created' && ev.reportsTo)) {
		const target = ev.reportsTo;
		if (ev.type === 'reporting-line-changed' && target === state.reportsTo)
			return { field: 'reportsTo', message: `"${ev.body}" already reports to ${target ?? 'no body'} on ${ev.date}` };
		if (target === ev.body) return { field: 'reportsTo', message: 'a body cannot report to itself' };
		if (target) {
			const to = states.get(target);
			if (to && !to.exists) return { field: 'reportsTo', message: `"${target}" does not exist on ${ev.date} (not yet created, or dissolved)` };
		}
	}
	return undefined;
}

/** The first cycle of reporting lines among existing bodies, if there is one. */
function reportingCycle(states: Map<string, BodyState>): string[] | undefined {
	for (const start of states.keys()) {
		const path: string[] = [];
		let cur: string | null | undefined = start;
		while (cur && !path.includes(cur)) {
			path.push(cur);
			const s = states.get(cur);
			cur = s?.exists ? s.reportsTo : null;
		}
		if (cur === start) return [...path, start];
	}
	return undefined;
}
