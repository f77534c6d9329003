/**
 * Large charts stay legible by folding: beyond a number of boxes, the bodies
 * that hang from the same body by the same kind of line, and are of the same
 * kind, are drawn as one box (« 24 groupes de travail ») with one line. Only
 * leaves fold: a body with lines of its own, a proposed change or a stated
 * status keeps its own box. The chart's text version still names every body,
 * and so does the page around it (the governance page's list of grouped
 * bodies, a body page's relationships).
 */
import type { BodyEntry, BodyKind } from '../schemas/bodies.ts';

/** Boxes the governance page's structure chart draws before it folds leaves (drawn RL, it grows in height). */
export const STRUCTURE_BOX_LIMIT = 30;
/** Boxes a body page's chart draws before it folds its neighbours (drawn BT, it grows in width). */
export const NEIGHBOURHOOD_BOX_LIMIT = 10;
/** Fewer like bodies than this stay drawn one by one: a box for two would save nothing. */
export const FOLD_MIN = 3;
/** Kinds never folded: the joint councils head the structure, and « 5 participants » would read as five people. */
const NEVER_FOLDED = new Set<BodyKind>(['joint-councils', 'participants']);

/** A leaf that may fold, with the line that ties it to the rest of the chart. */
export interface Leaf<L> {
	body: BodyEntry;
	link: L;
	/** Leaves with the same key fold together: the body they hang from, the line's type and basis, their direction. */
	key: string;
}

/** Bodies drawn as one box, tied to the chart by one line like theirs. */
export interface Fold<L> {
	kind: BodyKind;
	/** The line of the first member: every member's line is alike (same key). */
	link: L;
	members: BodyEntry[];
}

/**
 * The folds for these leaves, largest first until the chart fits: a chart of
 * `boxes` boxes folds only while it has more than `limit`. Each fold keeps
 * its members in the order given.
 */
export function foldLeaves<L>(leaves: readonly Leaf<L>[], boxes: number, limit: number, min = FOLD_MIN): Fold<L>[] {
	if (boxes <= limit) return [];
	const groups = new Map<string, Leaf<L>[]>();
	for (const leaf of leaves) {
		if (NEVER_FOLDED.has(leaf.body.kind)) continue;
		const key = `${leaf.key}|${leaf.body.kind}`;
		groups.set(key, [...(groups.get(key) ?? []), leaf]);
	}
	// Largest first (ties in the order met), so the fewest boxes change.
	const candidates = [...groups.values()].filter((g) => g.length >= min).sort((a, b) => b.length - a.length);
	const folds: Fold<L>[] = [];
	let count = boxes;
	for (const group of candidates) {
		if (count <= limit) break;
		folds.push({ kind: group[0]!.body.kind, link: group[0]!.link, members: group.map((l) => l.body) });
		count -= group.length - 1;
	}
	return folds;
}

/** Where a folded body is drawn: its fold's box, which stands where the fold's first member would; the other members are not drawn. */
export interface Placement<L> {
	fold: Fold<L>;
	/** The fold's box id. */
	box: string;
	/** Whether the body is the fold's first member (its box and line are drawn there). */
	first: boolean;
}

/** Each folded body's placement, the i-th fold's box named `boxId(i)`; undefined for a body that keeps its own box. */
export function placeFolds<L>(folds: readonly Fold<L>[], boxId: (i: number) => string): (id: string) => Placement<L> | undefined {
	const at = new Map(folds.flatMap((fold, i) => fold.members.map((m, n) => [m.id, { fold, box: boxId(i), first: n === 0 }] as const)));
	return (id) => at.get(id);
}

/** Bodies drawn in folds, all told. */
export function foldedCount(folds: readonly Fold<unknown>[]): number {
	return folds.reduce((n, f) => n + f.members.length, 0);
}
