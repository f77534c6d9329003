/**
 * The structure as it would be if every change the decks propose were adopted.
 * Pure data: the org chart generator draws it, the tests check it.
 *
 * - phase-out: the body stays in the list with `phasedOut: true` (charts mark
 *   it « Dissolution proposée » rather than dropping it silently);
 * - convert-to-community-of-practice: `kind` becomes community-of-practice;
 * - report-to (with a target): `reportsTo` becomes the target;
 * - any other change type (or report-to without a target): `changed: true`,
 *   no structural change.
 */
import type { BodyEntry, BodyKind, ChangeType, ProposedChange } from '../schemas/bodies.ts';
import type { Localized } from '../schemas/common.ts';

export interface ProposedBody {
	/** The body with the proposals applied (new `kind`, new `reportsTo`). */
	body: BodyEntry;
	/** The body as the decks describe it today. */
	original: BodyEntry;
	/** Every change proposed for this body, in data order. */
	changes: readonly ProposedChange[];
	/** At least one change is proposed. */
	changed: boolean;
	phasedOut: boolean;
	/** Condition attached to the phase-out, if any. */
	phaseOutCondition?: Localized;
	kindChanged: boolean;
	/** `reportsTo` differs from today's. */
	reportsToChanged: boolean;
	/** Change types that alter nothing the chart can draw. */
	otherChanges: ChangeType[];
}

/** Apply one body's proposed changes. */
export function applyProposedChangesToBody(original: BodyEntry): ProposedBody {
	let kind: BodyKind = original.kind;
	let reportsTo = original.reportsTo;
	let phasedOut = false;
	let phaseOutCondition: Localized | undefined;
	const otherChanges: ChangeType[] = [];

	for (const change of original.proposedChanges) {
		switch (change.type) {
			case 'phase-out':
				phasedOut = true;
				phaseOutCondition ??= change.condition;
				break;
			case 'convert-to-community-of-practice':
				kind = 'community-of-practice';
				break;
			case 'report-to':
				if (change.target && change.target !== original.id) reportsTo = change.target;
				else otherChanges.push(change.type);
				break;
			default:
				otherChanges.push(change.type);
		}
	}

	const body: BodyEntry = { ...original, kind, reportsTo };
	return {
		body,
		original,
		changes: original.proposedChanges,
		changed: original.proposedChanges.length > 0,
		phasedOut,
		...(phaseOutCondition ? { phaseOutCondition } : {}),
		kindChanged: kind !== original.kind,
		reportsToChanged: reportsTo !== original.reportsTo,
		otherChanges,
	};
}

/** Apply every body's proposed changes. Order is kept. */
export function applyProposedChanges(bodies: readonly BodyEntry[]): ProposedBody[] {
	return bodies.map(applyProposedChangesToBody);
}
