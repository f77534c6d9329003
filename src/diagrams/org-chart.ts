/**
 * Org charts of the bodies, as Mermaid flowchart source plus a text outline.
 *
 * - currentOrgChart: reporting lines today (child → parent), part-of (dashed),
 *   supports / liaises-with (dotted, labelled); bodies whose reporting line the
 *   decks do not state are grouped in their own subgraph.
 * - proposedOrgChart: the same after proposed-state.ts has applied the
 *   proposals; every changed node and edge gets a class AND a text marker.
 * - neighbourhoodChart: one body, its parent, its children, what it supports
 *   and what supports it (plus part-of / liaises-with), one level deep.
 *
 * Direction is `BT` (bottom → top), not `TB`: edges go child → parent, and with
 * `TB` the layout puts each parent *below* its children. `BT` keeps the parent
 * on top and the arrows pointing up to it, as in an organisation chart.
 *
 * Callers pass bodies with drafts already filtered out. A reporting line or a
 * relationship to a body that is not in the list is not drawn.
 */
import type { BodyEntry, BodyKind, BodyStatus, ChangeType, RelationshipType } from '../schemas/bodies.ts';
import type { Lang } from '../schemas/common.ts';
import { edgeId, nodeId, quoteLabel } from './escape.ts';
import { FlowchartSource, type EdgeKind, type NodeShape } from './flowchart-source.ts';
import type { DiagramLabels, NameRef } from '../i18n/dictionary.ts';
import { ui } from '../i18n/ui.ts';
import { applyProposedChanges, type ProposedBody } from './proposed-state.ts';
import type { DiagramSpec, OutlineNode } from './types.ts';

export interface OrgChartOptions {
	/** UI words; defaults to ui(lang).diagrams. */
	labels?: DiagramLabels;
	/**
	 * The deck that proposes a measure, as the chart names it (« document de 2020 »):
	 * each proposed change in the text version says which deck proposes it, so two
	 * decks' proposals are never shown as one.
	 */
	proposedBy?: (measureId: string) => string | undefined;
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

/** Light fills that print well; text stays black. */
export const KIND_FILLS: Record<BodyKind, string> = {
	'joint-councils': 'fill:#dde7f5,stroke:#1a1a1a,stroke-width:2px,color:#000',
	council: 'fill:#e6f1e1,stroke:#1a1a1a,color:#000',
	institute: 'fill:#f5ead8,stroke:#1a1a1a,color:#000',
	'working-group': 'fill:#efe3f0,stroke:#1a1a1a,color:#000',
	'community-of-practice': 'fill:#dff0ef,stroke:#1a1a1a,color:#000',
	subcommittee: 'fill:#f1f1dc,stroke:#1a1a1a,color:#000',
	'external-table': 'fill:#ffffff,stroke:#1a1a1a,color:#000',
	participants: 'fill:#eeeeee,stroke:#1a1a1a,color:#000',
};

const STATUS_STYLES: Record<BodyStatus, string | undefined> = {
	active: undefined,
	'under-review': 'stroke-dasharray:6 3',
	'phasing-out': 'stroke-dasharray:3 3,color:#333',
	dissolved: 'fill:#ffffff,stroke-dasharray:2 3,color:#333',
};

/** Class names written into the source (stable: tests and CSS may use them). */
export const CLASSES = {
	kind: (k: BodyKind) => `kind-${k}`,
	/** A body whose status no deck states gets `status-not-stated`. */
	status: (s: BodyStatus | undefined) => `status-${s ?? 'not-stated'}`,
	changed: 'changed',
	phasedOut: 'phased-out',
	focus: 'focus',
	edgeReportsTo: 'edge-reports-to',
	edgePartOf: 'edge-part-of',
	edgeSupports: 'edge-supports',
	edgeLiaison: 'edge-liaises-with',
	edgeChanged: 'edge-changed',
	/** A reporting line the site infers from a deck's words (labelled, never style alone). */
	edgeInferred: 'edge-inferred',
	edgePhasedOut: 'edge-phased-out',
	unstatedGroup: 'unstated-group',
} as const;

/** Subgraph id of the "reporting line not stated" group. */
export const UNSTATED_SUBGRAPH_ID = 'unstated';

/** Localized name followed by the acronym in parentheses, when there is one. */
export function bodyDisplayName(body: BodyEntry, lang: Lang): string {
	const name = body.name[lang];
	const acronym = body.acronym?.[lang];
	return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** The name as generated sentences use it (running-text form), with its article. */
function nameRef(body: BodyEntry, lang: Lang): NameRef {
	return { name: bodyDisplayName({ ...body, name: body.nameInText ?? body.name }, lang), article: body.article[lang] };
}

function addClassDefs(fc: FlowchartSource): void {
	for (const [kind, css] of Object.entries(KIND_FILLS) as [BodyKind, string][]) fc.classDef(CLASSES.kind(kind), css);
	for (const [status, css] of Object.entries(STATUS_STYLES) as [BodyStatus, string | undefined][]) {
		if (css) fc.classDef(CLASSES.status(status), css);
	}
	fc.classDef(CLASSES.changed, 'stroke:#000,stroke-width:3px');
	fc.classDef(CLASSES.phasedOut, 'fill:#ffffff,stroke:#000,stroke-width:2px,stroke-dasharray:5 4,color:#333');
	fc.classDef(CLASSES.focus, 'stroke:#000,stroke-width:4px');
	fc.classDef(CLASSES.edgePartOf, 'stroke-dasharray:8 4');
	fc.classDef(CLASSES.edgeSupports, 'stroke-dasharray:2 3');
	fc.classDef(CLASSES.edgeLiaison, 'stroke-dasharray:2 3');
	fc.classDef(CLASSES.edgeChanged, 'stroke:#000,stroke-width:3px');
	fc.classDef(CLASSES.edgeInferred, 'stroke-dasharray:10 3 2 3');
	fc.classDef(CLASSES.edgePhasedOut, 'stroke-dasharray:4 4,stroke:#555');
	fc.classDef(CLASSES.unstatedGroup, 'fill:#fafafa,stroke:#555,stroke-dasharray:6 3');
}

function relationEdgeKind(type: RelationshipType): EdgeKind {
	return type === 'part-of' ? 'dashed-arrow' : type === 'supports' ? 'dotted-arrow' : 'dotted-line';
}
function relationEdgeClass(type: RelationshipType): string {
	return type === 'part-of' ? CLASSES.edgePartOf : type === 'supports' ? CLASSES.edgeSupports : CLASSES.edgeLiaison;
}

/** Columns of the grid the "not stated" group is wrapped into (all in one row up to 4). */
export function unstatedGridColumns(count: number): number {
	return count <= 4 ? count : Math.ceil(Math.sqrt(count)) + 1;
}

/** A body as a chart draws it: effective state plus, in the proposed view, what changed. */
interface ChartItem {
	body: BodyEntry;
	proposal?: ProposedBody;
}

type Mode = 'current' | 'proposed';

function statusNote(body: BodyEntry, labels: DiagramLabels): string | undefined {
	return !body.status || body.status === 'active' ? undefined : `(${labels.statuses[body.status]})`;
}

/** Text markers of a proposal, for the node label (short) and the outline (full). */
function proposalMarkers(
	item: ChartItem,
	byId: Map<string, ChartItem>,
	lang: Lang,
	labels: DiagramLabels,
	proposedBy: OrgChartOptions['proposedBy'],
): { label: string[]; note: string[] } {
	const p = item.proposal;
	if (!p?.changed) return { label: [], note: [] };
	const label: string[] = [];
	const note: string[] = [];
	/** "(the decks that propose changes of these types)", or nothing when not known. */
	const by = (...types: ChangeType[]) => {
		const decks = [...new Set(p.changes.filter((c) => types.includes(c.type)).map((c) => proposedBy?.(c.measure)))].filter(Boolean);
		return decks.length ? ` (${decks.join(ui(lang).listSep)})` : '';
	};
	if (p.phasedOut) {
		label.push(labels.phaseOutProposed);
		note.push(labels.phaseOutProposed + by('phase-out'));
		if (p.phaseOutCondition) note.push(labels.condition(p.phaseOutCondition[lang]));
	}
	if (p.kindChanged) {
		const becomes = labels.becomes(labels.kinds[p.body.kind]);
		label.push(becomes);
		note.push(becomes + by('convert-to-community-of-practice'));
	}
	if (p.reportsToChanged || p.otherChanges.length > 0) {
		if (!label.includes(labels.proposedChange)) label.push(labels.proposedChange);
		const details: string[] = [];
		if (p.reportsToChanged && p.body.reportsTo) {
			const target = byId.get(p.body.reportsTo)?.body;
			const old = p.original.reportsTo ? byId.get(p.original.reportsTo)?.body : undefined;
			details.push(
				labels.wouldReportTo(
					target ? nameRef(target, lang) : { name: p.body.reportsTo, article: '' },
					old ? nameRef(old, lang) : undefined,
				) + by('report-to'),
			);
		}
		for (const t of new Set(p.otherChanges)) details.push(labels.changeTypes[t] + by(t));
		note.push(labels.changeDetail(details.join(ui(lang).listSep)));
	}
	return { label, note };
}

function structureChart(
	items: ChartItem[],
	lang: Lang,
	labels: DiagramLabels,
	mode: Mode,
	proposedBy?: OrgChartOptions['proposedBy'],
): DiagramSpec {
	const fc = new FlowchartSource('BT');
	addClassDefs(fc);

	const byId = new Map(items.map((it) => [it.body.id, it]));
	const ids = new Map(items.map((it, i) => [it.body.id, nodeId(i)]));
	const idOf = (bodyId: string) => ids.get(bodyId)!;
	const notes = new Map<string, string | undefined>();

	// Nodes
	for (const item of items) {
		const { body } = item;
		const markers = proposalMarkers(item, byId, lang, labels, proposedBy);
		const status = statusNote(body, labels);
		const classes = [CLASSES.kind(body.kind), CLASSES.status(body.status)];
		if (item.proposal?.changed) classes.push(CLASSES.changed);
		if (item.proposal?.phasedOut) classes.push(CLASSES.phasedOut);
		fc.node({
			id: idOf(body.id),
			label: quoteLabel(bodyDisplayName(body, lang), status, ...markers.label),
			shape: KIND_SHAPES[body.kind],
			classes,
		});
		const note = [status, ...markers.note].filter(Boolean).join(' — ');
		notes.set(body.id, note || undefined);
	}

	// Unstated reporting line: no parent and not the joint councils themselves.
	const unstated = items.filter((it) => it.body.reportsTo === null && it.body.kind !== 'joint-councils');
	if (unstated.length > 0) {
		const members = unstated.map((it) => idOf(it.body.id));
		fc.subgraph({
			id: UNSTATED_SUBGRAPH_ID,
			label: quoteLabel(labels.unstatedGroup),
			members,
			classes: [CLASSES.unstatedGroup],
		});
		// Unconnected members would all sit in one row; wrap them into a grid.
		const cols = unstatedGridColumns(members.length);
		for (let i = cols; i < members.length; i++) fc.layoutLink(members[i - cols]!, members[i]!);
	}

	// Edges
	let edgeIndex = 0;
	let reportingLines = 0;
	let otherRelations = 0;
	let newReportingLines = 0;
	const seen = new Set<string>();
	const isPhasedOut = (bodyId: string) => byId.get(bodyId)?.proposal?.phasedOut === true;

	for (const item of items) {
		const { body } = item;
		const parent = body.reportsTo;
		if (parent && parent !== body.id && byId.has(parent)) {
			const classes: string[] = [CLASSES.edgeReportsTo];
			let label: string | undefined;
			if (mode === 'proposed' && item.proposal?.reportsToChanged) {
				classes.push(CLASSES.edgeChanged);
				label = quoteLabel(labels.proposedChange);
				newReportingLines++;
			} else if (body.reportsToBasis === 'inferred') {
				classes.push(CLASSES.edgeInferred);
				label = quoteLabel(labels.inferred);
			}
			if (mode === 'proposed' && (isPhasedOut(body.id) || isPhasedOut(parent))) classes.push(CLASSES.edgePhasedOut);
			fc.edge({ id: edgeId(edgeIndex++), from: idOf(body.id), to: idOf(parent), kind: 'arrow', label, classes });
			reportingLines++;
		}
	}
	for (const item of items) {
		const { body } = item;
		for (const rel of body.relationships) {
			if (rel.target === body.id || !byId.has(rel.target)) continue;
			const key =
				rel.type === 'liaises-with'
					? `${rel.type}:${[body.id, rel.target].sort().join('|')}`
					: `${rel.type}:${body.id}>${rel.target}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const classes = [relationEdgeClass(rel.type)];
			if (mode === 'proposed' && (isPhasedOut(body.id) || isPhasedOut(rel.target))) classes.push(CLASSES.edgePhasedOut);
			fc.edge({
				id: edgeId(edgeIndex++),
				from: idOf(body.id),
				to: idOf(rel.target),
				kind: relationEdgeKind(rel.type),
				label: rel.type === 'part-of' ? undefined : quoteLabel(labels.relations[rel.type]),
				classes,
			});
			otherRelations++;
		}
	}

	// Outline: reporting tree, then the unstated group.
	const childrenOf = new Map<string, ChartItem[]>();
	for (const item of items) {
		const p = item.body.reportsTo;
		if (p && p !== item.body.id && byId.has(p)) {
			const list = childrenOf.get(p) ?? [];
			list.push(item);
			childrenOf.set(p, list);
		}
	}
	const visited = new Set<string>();
	const outlineFor = (item: ChartItem, relation: string | undefined): OutlineNode => {
		visited.add(item.body.id);
		const children: OutlineNode[] = [];
		// Bodies reporting to this one (nested), then its other relationships (leaves).
		for (const child of childrenOf.get(item.body.id) ?? []) {
			if (visited.has(child.body.id)) continue; // cycles are rejected by validation; never loop here
			const inferred = child.body.reportsToBasis === 'inferred' && !child.proposal?.reportsToChanged;
			children.push(outlineFor(child, inferred ? `${labels.inverseRelations['reports-to']} (${labels.inferred})` : labels.inverseRelations['reports-to']));
		}
		for (const rel of item.body.relationships) {
			const target = byId.get(rel.target);
			if (!target || rel.target === item.body.id) continue;
			children.push({
				id: rel.target,
				label: bodyDisplayName(target.body, lang),
				relation: labels.relations[rel.type],
				children: [],
			});
		}
		const note = notes.get(item.body.id);
		return {
			id: item.body.id,
			label: bodyDisplayName(item.body, lang),
			...(relation ? { relation } : {}),
			...(item.proposal?.changed ? { changed: true } : {}),
			...(note ? { note } : {}),
			children,
		};
	};
	const unstatedIds = new Set(unstated.map((it) => it.body.id));
	const roots = items.filter(
		(it) => !unstatedIds.has(it.body.id) && !(it.body.reportsTo && it.body.reportsTo !== it.body.id && byId.has(it.body.reportsTo)),
	);
	roots.sort((a, b) => Number(b.body.kind === 'joint-councils') - Number(a.body.kind === 'joint-councils'));
	const outline: OutlineNode[] = roots.map((it) => outlineFor(it, undefined));
	if (unstated.length > 0) {
		outline.push({
			id: UNSTATED_SUBGRAPH_ID,
			label: labels.unstatedGroup,
			children: unstated.filter((it) => !visited.has(it.body.id)).map((it) => outlineFor(it, undefined)),
		});
	}
	// Anything left (only possible with a reporting cycle) still gets listed.
	for (const it of items) if (!visited.has(it.body.id)) outline.push(outlineFor(it, undefined));

	const counts = { bodies: items.length, reportingLines, unstated: unstated.length, otherRelations };
	let title: string;
	let description: string;
	if (mode === 'current') {
		title = labels.titles.currentStructure;
		description = labels.descriptions.currentStructure(counts);
	} else {
		title = labels.titles.proposedStructure;
		description = labels.descriptions.proposedStructure({
			...counts,
			changed: items.filter((it) => it.proposal?.changed).length,
			phasedOut: items.filter((it) => it.proposal?.phasedOut).length,
			newReportingLines,
		});
	}
	fc.acc(title, description);
	return { source: fc.toString(), title, description, outline };
}

/** Reporting structure as the decks describe it today. */
export function currentOrgChart(bodies: readonly BodyEntry[], lang: Lang, options: OrgChartOptions = {}): DiagramSpec {
	const labels = options.labels ?? ui(lang).diagrams;
	return structureChart(
		bodies.map((body) => ({ body })),
		lang,
		labels,
		'current',
	);
}

/** Structure with every proposed change applied and marked. */
export function proposedOrgChart(bodies: readonly BodyEntry[], lang: Lang, options: OrgChartOptions = {}): DiagramSpec {
	const labels = options.labels ?? ui(lang).diagrams;
	return structureChart(
		applyProposedChanges(bodies).map((proposal) => ({ body: proposal.body, proposal })),
		lang,
		labels,
		'proposed',
		options.proposedBy,
	);
}

/** Either view, by name. */
export function orgChart(
	bodies: readonly BodyEntry[],
	lang: Lang,
	options: OrgChartOptions & { view?: Mode } = {},
): DiagramSpec {
	return options.view === 'proposed' ? proposedOrgChart(bodies, lang, options) : currentOrgChart(bodies, lang, options);
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
	for (const rel of focus.relationships) addLink({ from: focus.id, to: rel.target, type: rel.type });
	for (const b of bodies) {
		for (const rel of b.relationships) if (rel.target === focus.id) addLink({ from: b.id, to: focus.id, type: rel.type });
	}

	// Nodes: focus first, then neighbours in link order.
	const order: string[] = [focus.id];
	for (const l of links) for (const id of [l.from, l.to]) if (!order.includes(id)) order.push(id);
	const ids = new Map(order.map((id, i) => [id, nodeId(i)]));

	const fc = new FlowchartSource('BT');
	addClassDefs(fc);
	for (const id of order) {
		const b = byId.get(id)!;
		const classes = [CLASSES.kind(b.kind), CLASSES.status(b.status)];
		if (id === focus.id) classes.push(CLASSES.focus);
		fc.node({
			id: ids.get(id)!,
			label: quoteLabel(bodyDisplayName(b, lang), statusNote(b, labels)),
			shape: KIND_SHAPES[b.kind],
			classes,
		});
	}
	links.forEach((l, i) => {
		const isReport = l.type === 'reports-to';
		fc.edge({
			id: edgeId(i),
			from: ids.get(l.from)!,
			to: ids.get(l.to)!,
			kind: isReport ? 'arrow' : relationEdgeKind(l.type as RelationshipType),
			label: l.inferred ? quoteLabel(labels.inferred) : isReport || l.type === 'part-of' ? undefined : quoteLabel(labels.relations[l.type]),
			classes: isReport ? [CLASSES.edgeReportsTo, ...(l.inferred ? [CLASSES.edgeInferred] : [])] : [relationEdgeClass(l.type as RelationshipType)],
		});
	});

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
		topLevel: !focus.reportsTo && focus.kind === 'joint-councils',
		children: links.filter((l) => l.type === 'reports-to' && l.to === focus.id).length,
		supports: links.filter((l) => l.type === 'supports' && l.from === focus.id).length,
		supportedBy: links.filter((l) => l.type === 'supports' && l.to === focus.id).length,
		other: links.filter((l) => l.type === 'part-of' || l.type === 'liaises-with').length,
	});
	fc.acc(title, description);
	return { source: fc.toString(), title, description, outline };
}
