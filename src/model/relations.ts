// Relations derived from the data (never stored twice): who reports to whom,
// incoming relationships, measures touching a body or a priority.
import type { BodyEntry, BodyKind } from '../schemas/bodies.ts';
import { BODY_KINDS } from '../schemas/bodies.ts';
import type { MeasureEntry } from '../schemas/measures.ts';
import type { ContentSet } from './content-set.ts';

export function bodiesOf(set: ContentSet): BodyEntry[] {
	return set.bodies.map((b) => b.data);
}

export function reportsToIt(set: ContentSet, id: string): BodyEntry[] {
	return bodiesOf(set).filter((b) => b.reportsTo === id);
}

export function incomingRelationships(set: ContentSet, id: string): { from: BodyEntry; relationship: BodyEntry['relationships'][number] }[] {
	return bodiesOf(set).flatMap((b) => b.relationships.filter((r) => r.target === id).map((r) => ({ from: b, relationship: r })));
}

export function measuresForBody(set: ContentSet, id: string): MeasureEntry[] {
	return set.measures.map((m) => m.data).filter((m) => m.bodies.includes(id));
}

export function measuresForPriority(set: ContentSet, id: string): MeasureEntry[] {
	return set.measures.map((m) => m.data).filter((m) => m.priorities.includes(id));
}

export function bodiesByKind(set: ContentSet): { kind: BodyKind; bodies: BodyEntry[] }[] {
	return BODY_KINDS.map((kind) => ({ kind, bodies: bodiesOf(set).filter((b) => b.kind === kind) })).filter((g) => g.bodies.length > 0);
}

/** Bodies ordered as a tree along reporting lines, roots first (for the nested reporting list). */
export interface ReportingNode {
	body: BodyEntry;
	children: ReportingNode[];
}
export function reportingTree(set: ContentSet): { roots: ReportingNode[]; unstated: BodyEntry[] } {
	const all = bodiesOf(set);
	const node = (b: BodyEntry): ReportingNode => ({ body: b, children: all.filter((c) => c.reportsTo === b.id).map(node) });
	const partOf = (b: BodyEntry) => b.relationships.some((r) => r.type === 'part-of');
	const roots = all.filter((b) => b.reportsTo === null && (b.kind === 'joint-councils' || partOf(b) || all.some((c) => c.reportsTo === b.id)));
	const inTree = new Set<string>();
	const walk = (n: ReportingNode) => {
		inTree.add(n.body.id);
		n.children.forEach(walk);
	};
	const rootNodes = roots.map(node);
	rootNodes.forEach(walk);
	return { roots: rootNodes, unstated: all.filter((b) => !inTree.has(b.id)) };
}
