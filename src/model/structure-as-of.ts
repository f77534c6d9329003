// The structure on a date: the bodies as the decks describe them, with every
// recorded body event up to that date applied; and what changed between two
// dates. Meeting pages draw the first and list the second.
import type { BodyEntry } from '../schemas/bodies.ts';
import type { BodyState } from './history.ts';
import type { SiteModel } from './site-model.ts';

/** The bodies that exist on `date`, each with its kind and reporting line of that date (no proposed change). */
export function bodiesAsOf(model: SiteModel, date: string): BodyEntry[] {
	const states = model.history.bodiesAsOf(date);
	return model.content.bodies
		.map((b) => b.data)
		.filter((b) => states.get(b.id)?.exists)
		.map((b) => asOf(b, states.get(b.id)!));
}

function asOf(body: BodyEntry, state: BodyState): BodyEntry {
	const moved = state.reportsTo !== body.reportsTo;
	return {
		...body,
		kind: state.converted ? 'community-of-practice' : body.kind,
		reportsTo: state.reportsTo,
		// A recorded line is a fact of the records, not the site's inference.
		...(moved ? { reportsToBasis: state.reportsTo ? 'stated' : undefined, reportsToNote: undefined } : {}),
		proposedChanges: [],
	};
}

export interface StructureComparison {
	added: BodyEntry[];
	removed: BodyEntry[];
	/** Bodies whose reporting line differs: from and to (null: none). */
	moved: { body: BodyEntry; from: string | null; to: string | null }[];
	/** Bodies converted to a community of practice between the dates. */
	converted: BodyEntry[];
	empty: boolean;
}

/** What differs in the structure between two dates (from < to; no `to`: as of the latest record). */
export function compareStructures(model: SiteModel, from: string, to?: string): StructureComparison {
	const a = model.history.bodiesAsOf(from);
	const b = model.history.bodiesAsOf(to);
	const bodies = model.content.bodies.map((e) => e.data);
	const added = bodies.filter((x) => !a.get(x.id)?.exists && b.get(x.id)?.exists);
	const removed = bodies.filter((x) => a.get(x.id)?.exists && !b.get(x.id)?.exists);
	const both = bodies.filter((x) => a.get(x.id)?.exists && b.get(x.id)?.exists);
	const moved = both.filter((x) => a.get(x.id)!.reportsTo !== b.get(x.id)!.reportsTo).map((x) => ({ body: x, from: a.get(x.id)!.reportsTo, to: b.get(x.id)!.reportsTo }));
	const converted = both.filter((x) => !a.get(x.id)!.converted && b.get(x.id)!.converted);
	return { added, removed, moved, converted, empty: !added.length && !removed.length && !moved.length && !converted.length };
}
