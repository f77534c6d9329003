/**
 * UI words used by the diagram generators, in both official languages.
 *
 * `DiagramLabels` lists every key; `LABELS` is checked with `satisfies` so a key
 * missing in either language is a type error (French and English must stay in
 * step). Callers may pass their own `DiagramLabels` object to the generators.
 */
import type { BodyKind, BodyStatus, ChangeType, RelationshipType } from '../schemas/bodies.ts';
import type { Lang, Localized } from '../schemas/common.ts';
import type { LogicLevel } from '../schemas/logic-model.ts';

import { BODY_KIND_LABELS, LOGIC_LEVEL_LABELS } from '../i18n/labels.ts';

export type { Lang };

/** One language of a site-wide label table: kinds and levels are named once, in src/i18n/labels.ts. */
function pick<K extends string, V>(table: Record<K, V>, lang: Lang, label: (v: V) => Localized): Record<K, string> {
	return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, label(v as V)[lang]])) as Record<K, string>;
}

export interface DiagramLabels {
	/** Subgraph for bodies whose reporting line the decks do not state. */
	unstatedGroup: string;
	/** Text marker for a node or an edge changed by a proposal. Starts with a symbol so it is not colour alone. */
	proposedChange: string;
	/** Outline note: the change marker followed by what the change is. */
	changeDetail: (details: string) => string;
	/** Text marker for a body the decks propose to phase out. */
	phaseOutProposed: string;
	/** Text marker for a body whose kind a proposal changes (shows the new kind). */
	becomes: (kind: string) => string;
	/** Outline note for a proposed new reporting line. */
	wouldReportTo: (newParent: string, oldParent: string | undefined) => string;
	/** Outline note for a conditional phase-out. */
	condition: (text: string) => string;
	/** Words for each type of proposed change (outline notes). */
	changeTypes: Record<ChangeType, string>;
	/** Words for each kind of body. */
	kinds: Record<BodyKind, string>;
	/** Words for each current status (only non-active ones are shown in labels). */
	statuses: Record<BodyStatus, string>;
	/** Edge labels and outline relations, seen from the source of the edge. */
	relations: Record<RelationshipType | 'reports-to', string>;
	/** The same relations seen from the target (outline of a body page). */
	inverseRelations: Record<RelationshipType | 'reports-to', string>;
	/** Logic model levels, in model order. */
	levels: Record<LogicLevel, string>;
	/** Logic model edge / outline relation. */
	leadsTo: string;
	/** Summary of the <details> holding the text version. */
	textVersion: string;
	/** Shown instead of the outline when a diagram has no element. */
	empty: string;
	titles: {
		currentStructure: string;
		proposedStructure: string;
		neighbourhood: (bodyName: string) => string;
		logicModel: string;
	};
	descriptions: {
		currentStructure: (c: StructureCounts) => string;
		proposedStructure: (c: StructureCounts & ProposalCounts) => string;
		neighbourhood: (bodyName: string, c: NeighbourhoodCounts) => string;
		logicModel: (c: LogicModelCounts) => string;
	};
}

export interface StructureCounts {
	bodies: number;
	reportingLines: number;
	unstated: number;
	otherRelations: number;
}
export interface ProposalCounts {
	changed: number;
	phasedOut: number;
	newReportingLines: number;
}
export interface NeighbourhoodCounts {
	/** Display name of the parent, if the decks state one. */
	parent: string | undefined;
	/** The body heads the structure (joint councils): no reporting line to state. */
	topLevel: boolean;
	children: number;
	supports: number;
	supportedBy: number;
	other: number;
}
export interface LogicModelCounts {
	elements: number;
	levels: number;
	links: number;
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
/** French: 0 and 1 take the singular. */
function pluralFr(n: number, one: string, many: string): string {
	return `${n} ${n <= 1 ? one : many}`;
}

export const LABELS = {
	fr: {
		unstatedGroup: 'Rattachement non précisé dans les documents',
		proposedChange: '▲ changement proposé',
		changeDetail: (d) => `▲ changement proposé : ${d}`,
		phaseOutProposed: '✕ Dissolution proposée',
		becomes: (kind) => `▲ deviendrait : ${kind}`,
		wouldReportTo: (p, old) => (old ? `relèverait de ${p} (aujourd’hui : ${old})` : `relèverait de ${p}`),
		condition: (t) => `condition : ${t}`,
		changeTypes: {
			'phase-out': 'dissolution',
			'convert-to-community-of-practice': 'conversion en communauté de pratique',
			'report-to': 'nouveau rattachement',
			'clarify-relationship': 'clarifier la relation',
			'expand-role': 'élargir le rôle',
			'formalize-relationship': 'officialiser la relation',
			'encourage-participation': 'encourager la participation',
			'review-mandate': 'revoir le mandat',
		},
		kinds: pick(BODY_KIND_LABELS, 'fr', (l) => l.singular),
		statuses: {
			active: 'actif',
			'under-review': 'en cours d’examen',
			'phasing-out': 'en voie de dissolution',
			dissolved: 'dissous',
		},
		relations: {
			'reports-to': 'relève de',
			'part-of': 'fait partie de',
			supports: 'soutient',
			'liaises-with': 'assure la liaison avec',
		},
		inverseRelations: {
			'reports-to': 'en relève',
			'part-of': 'en fait partie',
			supports: 'le soutient',
			'liaises-with': 'assure la liaison avec',
		},
		levels: pick(LOGIC_LEVEL_LABELS, 'fr', (l) => l),
		leadsTo: 'mène à',
		textVersion: 'Version texte',
		empty: 'Aucun élément.',
		titles: {
			currentStructure: 'Structure actuelle : liens de rattachement',
			proposedStructure: 'Structure proposée : changements de rattachement',
			neighbourhood: (name) => `Relations de ${name}`,
			logicModel: 'Modèle logique',
		},
		descriptions: {
			currentStructure: (c) =>
				`${pluralFr(c.bodies, 'organe', 'organes')}, ${pluralFr(c.reportingLines, 'lien de rattachement', 'liens de rattachement')} et ${pluralFr(c.otherRelations, 'autre relation', 'autres relations')}. ` +
				`Rattachement non précisé dans les documents : ${pluralFr(c.unstated, 'organe', 'organes')}.`,
			proposedStructure: (c) =>
				`${pluralFr(c.bodies, 'organe', 'organes')}, dont ${pluralFr(c.changed, 'visé', 'visés')} par un changement proposé ` +
				`(${pluralFr(c.phasedOut, 'dissolution proposée', 'dissolutions proposées')}, ${pluralFr(c.newReportingLines, 'nouveau lien de rattachement', 'nouveaux liens de rattachement')}). ` +
				`Les changements sont signalés par « ▲ » et les dissolutions par « ✕ ».`,
			neighbourhood: (name, c) => {
				const parts = [
					c.parent ? `relève de ${c.parent}` : c.topLevel ? undefined : 'rattachement non précisé dans les documents',
					c.children ? pluralFr(c.children, 'organe en relève', 'organes en relèvent') : undefined,
					c.supports ? `soutient ${pluralFr(c.supports, 'organe', 'organes')}` : undefined,
					c.supportedBy ? `soutenu par ${pluralFr(c.supportedBy, 'organe', 'organes')}` : undefined,
					c.other ? pluralFr(c.other, 'autre relation', 'autres relations') : undefined,
				].filter(Boolean);
				return `${name} : ${parts.length ? parts.join(' ; ') : 'aucune relation indiquée dans les documents'}.`;
			},
			logicModel: (c) =>
				`${pluralFr(c.elements, 'élément', 'éléments')} répartis sur ${pluralFr(c.levels, 'niveau', 'niveaux')}, de gauche à droite des intrants au résultat ultime, reliés par ${pluralFr(c.links, 'lien', 'liens')}.`,
		},
	},
	en: {
		unstatedGroup: 'Reporting line not stated in the decks',
		proposedChange: '▲ proposed change',
		changeDetail: (d) => `▲ proposed change: ${d}`,
		phaseOutProposed: '✕ Proposed phase-out',
		becomes: (kind) => `▲ would become: ${kind}`,
		wouldReportTo: (p, old) => (old ? `would report to ${p} (today: ${old})` : `would report to ${p}`),
		condition: (t) => `condition: ${t}`,
		changeTypes: {
			'phase-out': 'phase-out',
			'convert-to-community-of-practice': 'conversion to a community of practice',
			'report-to': 'new reporting line',
			'clarify-relationship': 'clarify the relationship',
			'expand-role': 'expand the role',
			'formalize-relationship': 'formalize the relationship',
			'encourage-participation': 'encourage participation',
			'review-mandate': 'review the mandate',
		},
		kinds: pick(BODY_KIND_LABELS, 'en', (l) => l.singular),
		statuses: {
			active: 'active',
			'under-review': 'under review',
			'phasing-out': 'phasing out',
			dissolved: 'dissolved',
		},
		relations: {
			'reports-to': 'reports to',
			'part-of': 'part of',
			supports: 'supports',
			'liaises-with': 'liaises with',
		},
		inverseRelations: {
			'reports-to': 'reports to it',
			'part-of': 'part of it',
			supports: 'supports it',
			'liaises-with': 'liaises with',
		},
		levels: pick(LOGIC_LEVEL_LABELS, 'en', (l) => l),
		leadsTo: 'leads to',
		textVersion: 'Text version',
		empty: 'No element.',
		titles: {
			currentStructure: 'Current structure: reporting lines',
			proposedStructure: 'Proposed structure: changes to reporting lines',
			neighbourhood: (name) => `Relationships of ${name}`,
			logicModel: 'Logic model',
		},
		descriptions: {
			currentStructure: (c) =>
				`${plural(c.bodies, 'body', 'bodies')}, ${plural(c.reportingLines, 'reporting line', 'reporting lines')} and ${plural(c.otherRelations, 'other relationship', 'other relationships')}. ` +
				`Reporting line not stated in the decks: ${plural(c.unstated, 'body', 'bodies')}.`,
			proposedStructure: (c) =>
				`${plural(c.bodies, 'body', 'bodies')}, ${c.changed} of them affected by a proposed change ` +
				`(${plural(c.phasedOut, 'proposed phase-out', 'proposed phase-outs')}, ${plural(c.newReportingLines, 'new reporting line', 'new reporting lines')}). ` +
				`Changes are marked “▲” and phase-outs “✕”.`,
			neighbourhood: (name, c) => {
				const parts = [
					c.parent ? `reports to ${c.parent}` : c.topLevel ? undefined : 'reporting line not stated in the decks',
					c.children ? `${plural(c.children, 'body reports', 'bodies report')} to it` : undefined,
					c.supports ? `supports ${plural(c.supports, 'body', 'bodies')}` : undefined,
					c.supportedBy ? `supported by ${plural(c.supportedBy, 'body', 'bodies')}` : undefined,
					c.other ? plural(c.other, 'other relationship', 'other relationships') : undefined,
				].filter(Boolean);
				return `${name}: ${parts.length ? parts.join('; ') : 'no relationship stated in the decks'}.`;
			},
			logicModel: (c) =>
				`${plural(c.elements, 'element', 'elements')} across ${plural(c.levels, 'level', 'levels')}, from inputs on the left to the ultimate outcome on the right, joined by ${plural(c.links, 'link', 'links')}.`,
		},
	},
} satisfies Record<Lang, DiagramLabels>;

export function labelsFor(lang: Lang): DiagramLabels {
	return LABELS[lang];
}
