/**
 * Org-chart building blocks (shapes, fills, classes, names) and the
 * neighbourhood chart of a body page: one body, its parent, its children, what
 * it supports and what supports it (plus part-of / liaises-with), one level
 * deep. The governance page's structure chart is in structure-chart.ts.
 *
 * Direction is `BT` (bottom → top), not `TB`: edges go child → parent, and with
 * `TB` the layout puts each parent *below* its children. `BT` keeps the parent
 * on top and the arrows pointing up to it, as in an organisation chart.
 *
 * Callers pass bodies with drafts already filtered out. A reporting line or a
 * relationship to a body that is not in the list is not drawn.
 */
import type { BodyEntry, BodyKind, BodyStatus, RelationshipType } from '../schemas/bodies.ts';
import type { Lang } from '../schemas/common.ts';
import { edgeId, nodeId, quoteLabel } from './escape.ts';
import { FlowchartSource, type EdgeKind, type NodeDef, type NodeShape } from './flowchart-source.ts';
import type { DiagramLabels, NameRef } from '../i18n/dictionary.ts';
import { ui } from '../i18n/ui.ts';
import { upperFirst } from '../i18n/languages.ts';
import type { DiagramSpec, DrawnElements, OutlineNode } from './types.ts';
import { PALETTE as P } from './palette.ts';
import { NEIGHBOURHOOD_BOX_LIMIT, foldLeaves, foldedCount, placeFolds, type Fold } from './fold.ts';

export interface OrgChartOptions {
	/** UI words; defaults to ui(lang).diagrams. */
	labels?: DiagramLabels;
}

/** Shape per kind, so kind is not conveyed by fill colour alone. */
export const KIND_SHAPES: Record<BodyKind, NodeShape> = {
	'joint-councils': 'subroutine',
	council: 'rect',
	institute: 'stadium',
	'working-group': 'rounded',
	'community-of-practice': 'hexagon',
	subcommittee: 'parallelogram',
	'external-table': 'trapezoid',
	participants: 'flag',
};

/**
 * Fills and ink from the palette: the rendered SVG names them as CSS custom
 * properties (palette.ts), so the charts follow the page's colour scheme, dark
 * included; print forces black on white.
 */
export const KIND_FILLS: Record<BodyKind, string> = {
	'joint-councils': `fill:${P['jc-fill-joint-councils']},stroke:${P['jc-ink']},stroke-width:2px,color:${P['jc-ink']}`,
	council: `fill:${P['jc-fill-council']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	institute: `fill:${P['jc-fill-institute']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	'working-group': `fill:${P['jc-fill-working-group']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	'community-of-practice': `fill:${P['jc-fill-community-of-practice']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	subcommittee: `fill:${P['jc-fill-subcommittee']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	'external-table': `fill:${P['jc-fill-external-table']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
	participants: `fill:${P['jc-fill-participants']},stroke:${P['jc-ink']},color:${P['jc-ink']}`,
};

const STATUS_STYLES: Record<BodyStatus, string | undefined> = {
	active: undefined,
	'under-review': 'stroke-dasharray:6 3',
	'phasing-out': 'stroke-dasharray:3 3',
	dissolved: `fill:${P['jc-fill-external-table']},stroke-dasharray:2 3`,
};

/** Class names written into the source (stable: tests and CSS may use them). */
export const CLASSES = {
	kind: (k: BodyKind) => `kind-${k}`,
	/** A body whose status no deck states gets `status-not-stated`. */
	status: (s: BodyStatus | undefined) => `status-${s ?? 'not-stated'}`,
	changed: 'changed',
	/** A box standing for several like bodies (fold.ts); its label says how many. */
	folded: 'folded',
	focus: 'focus',
	edgeReportsTo: 'edge-reports-to',
	edgePartOf: 'edge-part-of',
	edgeSupports: 'edge-supports',
	edgeLiaison: 'edge-liaises-with',
	edgeChanged: 'edge-changed',
	/** A reporting line the site infers from a deck's words (labelled, never style alone). */
	edgeInferred: 'edge-inferred',
} as const;


/** Localized name followed by the acronym in parentheses, when there is one. */
export function bodyDisplayName(body: BodyEntry, lang: Lang): string {
	const name = body.name[lang];
	const acronym = body.acronym?.[lang];
	return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** The name where it starts a line (a chart's box, a list item, a title): with a capital. */
export function bodyListName(body: BodyEntry, lang: Lang): string {
	return upperFirst(bodyDisplayName(body, lang), lang);
}

/** The name as generated sentences use it (running-text form), with its article. */
export function nameRef(body: BodyEntry, lang: Lang): NameRef {
	return { name: bodyDisplayName({ ...body, name: body.nameInText ?? body.name }, lang), article: body.article[lang] };
}

/** What a chart of these nodes and lines draws, for its legend: the styles follow the edges' classes above. */
export function drawnElements(kinds: readonly BodyKind[], lines: readonly { type: RelationshipType | 'reports-to'; inferred?: boolean }[]): DrawnElements {
	const stated = lines.filter((l) => !l.inferred);
	return {
		kinds: [...new Set(kinds)],
		reportsTo: stated.some((l) => l.type === 'reports-to'),
		relations: [...new Set(stated.flatMap((l) => (l.type === 'reports-to' ? [] : [l.type])))],
		inferred: lines.some((l) => l.inferred),
	};
}

export function addClassDefs(fc: FlowchartSource): void {
	for (const [kind, css] of Object.entries(KIND_FILLS) as [BodyKind, string][]) fc.classDef(CLASSES.kind(kind), css);
	for (const [status, css] of Object.entries(STATUS_STYLES) as [BodyStatus, string | undefined][]) {
		if (css) fc.classDef(CLASSES.status(status), css);
	}
	fc.classDef(CLASSES.changed, `stroke:${P['jc-ink']},stroke-width:3px`);
	fc.classDef(CLASSES.focus, `stroke:${P['jc-ink']},stroke-width:4px`);
	fc.classDef(CLASSES.edgePartOf, 'stroke-dasharray:8 4');
	fc.classDef(CLASSES.edgeSupports, 'stroke-dasharray:2 3');
	fc.classDef(CLASSES.edgeLiaison, 'stroke-dasharray:2 3');
	fc.classDef(CLASSES.edgeChanged, `stroke:${P['jc-ink']},stroke-width:3px`);
	fc.classDef(CLASSES.edgeInferred, 'stroke-dasharray:10 3 2 3');
}

export function relationEdgeKind(type: RelationshipType): EdgeKind {
	return type === 'part-of' ? 'dashed-arrow' : type === 'supports' ? 'dotted-arrow' : 'dotted-line';
}
export function relationEdgeClass(type: RelationshipType): string {
	return type === 'part-of' ? CLASSES.edgePartOf : type === 'supports' ? CLASSES.edgeSupports : CLASSES.edgeLiaison;
}

/** A fold's box (fold.ts): the shape and fill of its members' kind, its label saying how many and where they are named. */
export function foldBox(id: string, fold: Fold<unknown>, labels: DiagramLabels): NodeDef {
	return {
		id,
		label: quoteLabel(labels.fold(fold.members.length, fold.kind), labels.foldNote),
		shape: KIND_SHAPES[fold.kind],
		classes: [CLASSES.kind(fold.kind), CLASSES.folded],
	};
}

function statusNote(body: BodyEntry, labels: DiagramLabels): string | undefined {
	return !body.status || body.status === 'active' ? undefined : `(${labels.statuses[body.status]})`;
}

/**
 * One body and its direct neighbours today: parent, children, what it supports,
 * what supports it, what it is part of / what is part of it, and liaisons.
 */
export function neighbourhoodChart(
	bodies: readonly BodyEntry[],
	focusId: string,
	lang: Lang,
	options: OrgChartOptions = {},
): DiagramSpec {
	const labels = options.labels ?? ui(lang).diagrams;
	const byId = new Map(bodies.map((b) => [b.id, b]));
	const focus = byId.get(focusId);
	if (!focus) throw new Error(`neighbourhoodChart: no body "${focusId}" in the list`);

	type Link = { from: string; to: string; type: RelationshipType | 'reports-to'; inferred?: boolean };
	const links: Link[] = [];
	const seen = new Set<string>();
	const addLink = (l: Link) => {
		if (l.from === l.to || !byId.has(l.from) || !byId.has(l.to)) return;
		const key =
			l.type === 'liaises-with' ? `${l.type}:${[l.from, l.to].sort().join('|')}` : `${l.type}:${l.from}>${l.to}`;
		if (seen.has(key)) return;
		seen.add(key);
		links.push(l);
	};
	const inferred = (b: BodyEntry) => b.reportsToBasis === 'inferred';
	if (focus.reportsTo) addLink({ from: focus.id, to: focus.reportsTo, type: 'reports-to', inferred: inferred(focus) });
	for (const b of bodies) if (b.reportsTo === focus.id) addLink({ from: b.id, to: focus.id, type: 'reports-to', inferred: inferred(b) });
	for (const rel of focus.relationships) addLink({ from: focus.id, to: rel.target, type: rel.type, inferred: rel.basis === 'inferred' });
	for (const b of bodies) {
		for (const rel of b.relationships) if (rel.target === focus.id) addLink({ from: b.id, to: focus.id, type: rel.type, inferred: rel.basis === 'inferred' });
	}

	// Nodes: focus first, then neighbours in link order.
	const order: string[] = [focus.id];
	for (const l of links) for (const id of [l.from, l.to]) if (!order.includes(id)) order.push(id);
	const ids = new Map(order.map((id, i) => [id, nodeId(i)]));

	// Many like neighbours fold into one box (fold.ts): those with one line to the focus and no status of note.
	const linksOf = (id: string) => links.filter((l) => l.from === id || l.to === id);
	const leaves = order.slice(1).flatMap((id) => {
		const b = byId.get(id)!;
		const own = linksOf(id);
		if (own.length !== 1 || (b.status && b.status !== 'active')) return [];
		const l = own[0]!;
		return [{ body: b, link: l, key: `${l.type}|${!!l.inferred}|${l.from === focus.id ? 'out' : 'in'}` }];
	});
	const folds = foldLeaves(leaves, order.length, NEIGHBOURHOOD_BOX_LIMIT);
	const placed = placeFolds(folds, (i) => nodeId(order.length + i));
	/** The box a body is drawn in: its own, or its fold's; undefined for a fold's other members. */
	const boxOf = (id: string): string | undefined => {
		const p = placed(id);
		return !p ? ids.get(id)! : p.first ? p.box : undefined;
	};

	const fc = new FlowchartSource('BT');
	addClassDefs(fc);
	for (const id of order) {
		const b = byId.get(id)!;
		const p = placed(id);
		if (p) {
			if (p.first) fc.node(foldBox(p.box, p.fold, labels));
			continue;
		}
		const classes = [CLASSES.kind(b.kind), CLASSES.status(b.status)];
		if (id === focus.id) classes.push(CLASSES.focus);
		fc.node({
			id: ids.get(id)!,
			label: quoteLabel(bodyListName(b, lang), statusNote(b, labels)),
			shape: KIND_SHAPES[b.kind],
			classes,
		});
	}
	let edge = 0;
	for (const l of links) {
		const from = boxOf(l.from);
		const to = boxOf(l.to);
		if (!from || !to) continue;
		const isReport = l.type === 'reports-to';
		fc.edge({
			id: edgeId(edge++),
			from,
			to,
			kind: isReport ? 'arrow' : relationEdgeKind(l.type as RelationshipType),
			label: l.inferred ? quoteLabel(labels.inferred) : isReport || l.type === 'part-of' ? undefined : quoteLabel(labels.relations[l.type]),
			// An inferred line has the inferred style alone, as in the structure chart and the legend.
			classes: [l.inferred ? CLASSES.edgeInferred : isReport ? CLASSES.edgeReportsTo : relationEdgeClass(l.type as RelationshipType)],
		});
	}

	// Outline: the focus with one item per neighbour, worded from the focus.
	const children: OutlineNode[] = links.map((l) => {
		const outgoing = l.from === focus.id;
		const other = byId.get(outgoing ? l.to : l.from)!;
		const worded =
			l.type === 'liaises-with'
				? labels.relations['liaises-with']
				: outgoing
					? labels.relations[l.type]
					: labels.inverseRelations[l.type];
		const relation = l.inferred ? `${worded} (${labels.inferred})` : worded;
		const note = statusNote(other, labels);
		return { id: other.id, label: bodyDisplayName(other, lang), relation, ...(note ? { note } : {}), children: [] };
	});
	const focusNote = statusNote(focus, labels);
	const outline: OutlineNode[] = [
		{ id: focus.id, label: bodyDisplayName(focus, lang), ...(focusNote ? { note: focusNote } : {}), children },
	];

	const parent = focus.reportsTo ? byId.get(focus.reportsTo) : undefined;
	const title = labels.titles.neighbourhood(nameRef(focus, lang));
	const description = labels.descriptions.neighbourhood(nameRef(focus, lang), {
		parent: parent ? nameRef(parent, lang) : undefined,
		parentInferred: !!parent && focus.reportsToBasis === 'inferred',
		title: bodyListName(focus, lang),
		topLevel: !focus.reportsTo && focus.kind === 'joint-councils',
		children: links.filter((l) => l.type === 'reports-to' && l.to === focus.id).length,
		supports: links.filter((l) => l.type === 'supports' && l.from === focus.id).length,
		supportedBy: links.filter((l) => l.type === 'supports' && l.to === focus.id).length,
		other: links.filter((l) => l.type === 'part-of' || l.type === 'liaises-with').length,
		folded: foldedCount(folds),
	});
	fc.acc(title, description);
	const drawn = drawnElements(
		order.map((id) => byId.get(id)!.kind),
		links.map((l) => ({ type: l.type, inferred: l.inferred })),
	);
	return { source: fc.toString(), title, description, outline, drawn };
}
