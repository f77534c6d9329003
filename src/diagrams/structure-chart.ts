/**
 * The structure chart of the governance page: one drawing of the links the
 * decks state or imply, with every proposed change overlaid on it, so the
 * structure and its proposed changes are compared in one place.
 *
 * - Drawn: the bodies that a stated or inferred link (reporting line or
 *   relationship) or a proposed new line connects. Bodies with no link at all
 *   are not drawn: the view lists them beside the chart.
 * - Every proposed change has a reference made of its deck's letter (A, B…,
 *   in the decks' order) and its number within that deck (see `numberChanges`),
 *   shown on its node (« ✕ A1 », « ▲ B3 ») and on its new line; the legend says
 *   which deck each letter is, and the list of changes by deck says what each
 *   change is. Two decks' changes are never merged: each has its own reference.
 * - Direction `RL`: the Joint Councils on the left, the bodies linked to them
 *   in a column to the right, and so on; the drawing stays narrow enough to be
 *   read at full size.
 */
import type { BodyEntry, ProposedChange, RelationshipType } from '../schemas/bodies.ts';
import type { Lang } from '../schemas/common.ts';
import type { DiagramLabels, NameRef } from '../i18n/dictionary.ts';
import { ui } from '../i18n/ui.ts';
import { edgeId, nodeId, quoteLabel } from './escape.ts';
import { FlowchartSource } from './flowchart-source.ts';
import { CLASSES, KIND_SHAPES, addClassDefs, bodyDisplayName, bodyListName, drawnElements, foldBox, relationEdgeClass, relationEdgeKind } from './org-chart.ts';
import type { DiagramSpec, DrawnElements, OutlineNode } from './types.ts';
import { STRUCTURE_BOX_LIMIT, foldLeaves, foldedCount, placeFolds, type Fold } from './fold.ts';

/** A proposed change, numbered for the chart and the list of changes. */
export interface NumberedChange {
	/** Position of the change within its deck's changes, from 1. */
	number: number;
	/** The deck's letter, by the decks' order (A for the first). */
	deckLetter: string;
	body: BodyEntry;
	change: ProposedChange;
	/** Id of the deck whose measure proposes the change. */
	document: string;
}

/**
 * Change types that draw a new line to their target: 000's « muter » moves a
 * group. 001's « rendre compte de leurs activités » does not change a
 * reporting line (the deck does not say so): it is a marker on its body only.
 */
const STRUCTURAL = new Set<ProposedChange['type']>(['move-to']);

/**
 * Every proposed change, numbered deck by deck (in the decks' order), then in
 * body order and change order within a deck.
 */
export function numberChanges(bodies: readonly BodyEntry[], documentOf: (measureId: string) => string, documents: readonly string[]): NumberedChange[] {
	const all = bodies.flatMap((body) => body.proposedChanges.map((change) => ({ body, change, document: documentOf(change.measure) })));
	return documents.flatMap((d, i) => all.filter((c) => c.document === d).map((c, n) => ({ ...c, number: n + 1, deckLetter: deckLetter(i) })));
}

/** A, B, C…: the letter of the i-th deck in the change references. */
export function deckLetter(i: number): string {
	return String.fromCharCode(65 + i);
}

/** « ▲ B5 », « ✕ A1 »: the marker of a change, by what it does. */
export function changeMarker(c: NumberedChange): string {
	return `${c.change.type === 'phase-out' ? '✕' : '▲'} ${c.deckLetter}${c.number}`;
}

/** A line of the structure: stated or inferred, or a new line a proposal draws. */
export interface StructureLink {
	from: BodyEntry;
	to: BodyEntry;
	type: RelationshipType | 'reports-to';
	inferred: boolean;
	proposed?: NumberedChange[];
}

export interface StructureChart extends DiagramSpec {
	/** Bodies no link connects: listed beside the chart. */
	unlinked: BodyEntry[];
	/** Bodies drawn as one box (the chart is large): the page lists their members. */
	folds: (Fold<StructureLink> & { label: string })[];
	drawn: DrawnElements;
}

export interface StructureChartOptions {
	labels?: DiagramLabels;
	changes?: readonly NumberedChange[];
	/** How the outline names the deck behind a change (« document de 2020 »). */
	deckName?: (documentId: string) => string;
	/** The chart's title, when it is not the governance page's structure (the structure as of a date). */
	title?: string;
}

const nameRef = (body: BodyEntry, lang: Lang): NameRef => ({
	name: bodyDisplayName({ ...body, name: body.nameInText ?? body.name }, lang),
	article: body.article[lang],
});

export function structureChart(bodies: readonly BodyEntry[], lang: Lang, options: StructureChartOptions = {}): StructureChart {
	const t = ui(lang);
	const labels = options.labels ?? t.diagrams;
	const changes = options.changes ?? [];
	const byId = new Map(bodies.map((b) => [b.id, b]));
	const has = (id: string | null | undefined): id is string => !!id && byId.has(id);

	// What connects the bodies: stated or inferred lines, and proposed new lines.
	type Link = StructureLink;
	const links: Link[] = [];
	const seen = new Set<string>();
	for (const b of bodies) {
		if (has(b.reportsTo) && b.reportsTo !== b.id) links.push({ from: b, to: byId.get(b.reportsTo)!, type: 'reports-to', inferred: b.reportsToBasis === 'inferred' });
		for (const r of b.relationships) {
			if (!has(r.target) || r.target === b.id) continue;
			// A liaison declared on both sides is one line.
			const key = r.type === 'liaises-with' ? `${r.type}:${[b.id, r.target].sort().join('|')}` : `${r.type}:${b.id}>${r.target}`;
			if (seen.has(key)) continue;
			seen.add(key);
			links.push({ from: b, to: byId.get(r.target)!, type: r.type, inferred: r.basis === 'inferred' });
		}
	}
	// One new line per body and target, carrying the number of every change that proposes it.
	const proposedLines = new Map<string, Link>();
	for (const c of changes) {
		if (!STRUCTURAL.has(c.change.type) || !has(c.change.target) || !byId.has(c.body.id)) continue;
		const key = `${c.body.id}>${c.change.target}`;
		const line = proposedLines.get(key) ?? { from: c.body, to: byId.get(c.change.target)!, type: 'reports-to', inferred: false, proposed: [] };
		line.proposed!.push(c);
		proposedLines.set(key, line);
	}
	const linked = new Set([...links, ...proposedLines.values()].flatMap((l) => [l.from.id, l.to.id]));
	const drawn = bodies.filter((b) => linked.has(b.id) || b.kind === 'joint-councils');
	const unlinked = bodies.filter((b) => !drawn.includes(b));
	const ids = new Map(drawn.map((b, i) => [b.id, nodeId(i)]));
	const changesOf = (id: string) => changes.filter((c) => c.body.id === id);

	// A large structure folds its leaves (fold.ts): one line out, none in, no change, no status of note.
	const outgoing = (id: string) => links.filter((l) => l.from.id === id);
	const ends = new Set([...links.map((l) => l.to.id), ...[...proposedLines.values()].flatMap((l) => [l.from.id, l.to.id])]);
	const leaves = drawn
		.filter((b) => b.kind !== 'joint-councils' && !ends.has(b.id) && outgoing(b.id).length === 1 && !changesOf(b.id).length && (!b.status || b.status === 'active'))
		.map((b) => {
			const link = outgoing(b.id)[0]!;
			return { body: b, link, key: `${link.to.id}|${link.type}|${link.inferred}` };
		});
	const folds = foldLeaves(leaves, drawn.length, STRUCTURE_BOX_LIMIT).map((f) => ({ ...f, label: labels.fold(f.members.length, f.kind) }));
	const placed = placeFolds(folds, (i) => nodeId(drawn.length + i));

	const fc = new FlowchartSource('RL');
	addClassDefs(fc);
	for (const b of drawn) {
		const p = placed(b.id);
		if (p) {
			if (p.first) fc.node(foldBox(p.box, p.fold, labels));
			continue;
		}
		const own = changesOf(b.id);
		const classes = [CLASSES.kind(b.kind)];
		if (own.length) classes.push(CLASSES.changed);
		const status = b.status && b.status !== 'active' ? `(${labels.statuses[b.status]})` : undefined;
		if (b.status) classes.push(CLASSES.status(b.status));
		fc.node({
			id: ids.get(b.id)!,
			label: quoteLabel(bodyListName(b, lang), status, ...(own.length ? [own.map(changeMarker).join(' ')] : [])),
			shape: KIND_SHAPES[b.kind],
			classes,
		});
	}
	let edge = 0;
	const drawLine = (from: string, l: Link) => {
		// An inferred line has the inferred style alone, whatever its type (the legend's one entry for both).
		const classes = l.inferred ? [CLASSES.edgeInferred] : l.type === 'reports-to' ? [CLASSES.edgeReportsTo] : [relationEdgeClass(l.type)];
		const words = l.type === 'reports-to' || l.type === 'part-of' ? undefined : labels.relations[l.type];
		const label = l.inferred ? (words ? `${words} (${labels.inferred})` : labels.inferred) : words;
		fc.edge({
			id: edgeId(edge++),
			from,
			to: ids.get(l.to.id)!,
			kind: l.type === 'reports-to' ? 'arrow' : relationEdgeKind(l.type),
			label: label ? quoteLabel(label) : undefined,
			classes,
		});
	};
	for (const l of links) {
		const p = placed(l.from.id);
		// A fold's one line, where its first member's would be.
		if (!p) drawLine(ids.get(l.from.id)!, l);
		else if (p.first) drawLine(p.box, l);
	}
	for (const l of proposedLines.values()) {
		fc.edge({
			id: edgeId(edge++),
			from: ids.get(l.from.id)!,
			to: ids.get(l.to.id)!,
			kind: 'thick-arrow',
			label: quoteLabel(l.proposed!.map(changeMarker).join(' ')),
			classes: [CLASSES.edgeReportsTo, CLASSES.edgeChanged],
		});
	}

	// Text version: each drawn body with its links worded from it, and its changes in words.
	const deck = (id: string) => options.deckName?.(id);
	const changeNote = (c: NumberedChange): string => {
		const target = c.change.target ? byId.get(c.change.target) : undefined;
		const words = t.labels.changes[c.change.type](target && { article: target.article[lang] }) + (target ? nameRef(target, lang).name : '');
		const by = deck(c.document);
		return `${changeMarker(c)} ${words}${by ? ` (${by})` : ''}`;
	};
	const noteOf = (b: BodyEntry) => {
		const parts = [
			b.status && b.status !== 'active' ? `(${labels.statuses[b.status]})` : undefined,
			...changesOf(b.id).map(changeNote),
		].filter((x) => x !== undefined);
		return parts.length ? parts.join(t.listSep) : undefined;
	};
	const relationOf = (l: Link): string => {
		const words = labels.relations[l.type];
		return l.inferred ? `${words} (${labels.inferred})` : words;
	};
	const outline: OutlineNode[] = drawn.map((b) => {
		const out = links.filter((l) => l.from.id === b.id);
		const note = noteOf(b);
		return {
			id: b.id,
			label: bodyDisplayName(b, lang),
			...(changesOf(b.id).length ? { changed: true } : {}),
			...(note ? { note } : {}),
			children: out.map((l) => ({ id: l.to.id, label: bodyDisplayName(l.to, lang), relation: relationOf(l), children: [] })),
		};
	});
	if (unlinked.length)
		outline.push({
			id: 'unlinked',
			label: labels.unstatedGroup,
			children: unlinked.map((b) => {
				const note = noteOf(b);
				return { id: b.id, label: bodyDisplayName(b, lang), ...(note ? { note, changed: true } : {}), children: [] };
			}),
		});

	const reporting = links.filter((l) => l.type === 'reports-to');
	const counts = {
		bodies: drawn.length,
		reportingLines: reporting.length,
		inferred: links.filter((l) => l.inferred).length,
		otherRelations: links.length - reporting.length,
		proposedLines: proposedLines.size,
		changes: changes.length,
		unlinked: unlinked.length,
		folded: foldedCount(folds),
		folds: folds.length,
	};
	const title = options.title ?? labels.titles.structure;
	const description = labels.descriptions.structure(counts);
	fc.acc(title, description);
	const drawnLines = links.map((l) => ({ type: l.type, inferred: l.inferred }));
	return { source: fc.toString(), title, description, outline, unlinked, folds, drawn: drawnElements(drawn.map((b) => b.kind), drawnLines) };
}
