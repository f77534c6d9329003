// Labels for the content model's enumerations. Typed as Record<Enum, Localized>:
// adding a kind or status without both translations fails the type check.
import type { BodyKind, BodyStatus, ChangeType, RelationshipType } from '../schemas/bodies.ts';
import type { Lang, Localized } from '../schemas/common.ts';
import type { FrameworkSection } from '../schemas/operating-framework.ts';
import type { LogicLevel } from '../schemas/logic-model.ts';
import type { MeasureKind, MeasureStatus } from '../schemas/measures.ts';

export const BODY_KIND_LABELS: Record<BodyKind, { singular: Localized; plural: Localized }> = {
	'joint-councils': { singular: { fr: 'Conseils mixtes', en: 'Joint Councils' }, plural: { fr: 'Conseils mixtes', en: 'Joint Councils' } },
	council: { singular: { fr: 'Conseil', en: 'Council' }, plural: { fr: 'Conseils', en: 'Councils' } },
	institute: { singular: { fr: 'Institut', en: 'Institute' }, plural: { fr: 'Instituts', en: 'Institutes' } },
	'working-group': { singular: { fr: 'Groupe de travail', en: 'Working group' }, plural: { fr: 'Groupes de travail', en: 'Working groups' } },
	'community-of-practice': {
		singular: { fr: 'Communauté de pratique', en: 'Community of practice' },
		plural: { fr: 'Communautés de pratique', en: 'Communities of practice' },
	},
	subcommittee: { singular: { fr: 'Sous-comité', en: 'Subcommittee' }, plural: { fr: 'Sous-comités', en: 'Subcommittees' } },
	'external-table': { singular: { fr: 'Table externe', en: 'External table' }, plural: { fr: 'Tables externes', en: 'External tables' } },
	participants: { singular: { fr: 'Participants', en: 'Participants' }, plural: { fr: 'Participants', en: 'Participants' } },
};

export const BODY_STATUS_LABELS: Record<BodyStatus, Localized> = {
	active: { fr: 'Actif', en: 'Active' },
	'under-review': { fr: 'En examen', en: 'Under review' },
	'phasing-out': { fr: 'En dissolution', en: 'Phasing out' },
	dissolved: { fr: 'Dissous', en: 'Dissolved' },
};

export const RELATIONSHIP_LABELS: Record<RelationshipType, { outgoing: Localized; incoming: Localized }> = {
	supports: { outgoing: { fr: 'Soutient', en: 'Supports' }, incoming: { fr: 'Soutenu par', en: 'Supported by' } },
	'liaises-with': { outgoing: { fr: 'Assure la liaison avec', en: 'Liaises with' }, incoming: { fr: 'Liaison avec', en: 'Liaises with' } },
	'part-of': { outgoing: { fr: 'Fait partie de', en: 'Part of' }, incoming: { fr: 'Comprend', en: 'Includes' } },
};

export const CHANGE_LABELS: Record<ChangeType, Localized> = {
	'phase-out': { fr: 'Dissolution progressive', en: 'Phase out' },
	'convert-to-community-of-practice': { fr: 'Conversion en communauté de pratique', en: 'Convert to a community of practice' },
	'report-to': { fr: 'Rendre compte à', en: 'Report to' },
	'clarify-relationship': { fr: 'Clarifier le lien avec', en: 'Clarify the relationship with' },
	'expand-role': { fr: 'Élargir le rôle', en: 'Expand the role' },
	'formalize-relationship': { fr: 'Officialiser la relation avec', en: 'Formalize the relationship with' },
	'encourage-participation': { fr: 'Encourager la participation', en: 'Encourage participation' },
	'review-mandate': { fr: 'Revoir le mandat', en: 'Review the mandate' },
};

export const MEASURE_KIND_LABELS: Record<MeasureKind, Localized> = {
	'proposed-measure': { fr: 'Mesure proposée', en: 'Proposed measure' },
	'recommended-measure': { fr: 'Mesure recommandée', en: 'Recommended measure' },
	commitment: { fr: 'Engagement', en: 'Commitment' },
	'process-change': { fr: 'Changement de processus', en: 'Process change' },
	'external-relations': { fr: 'Relations externes', en: 'External relations' },
	'next-step': { fr: 'Prochaine étape', en: 'Next step' },
	'quick-win': { fr: 'Gain rapide', en: 'Quick win' },
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, Localized> = {
	proposed: { fr: 'Proposée', en: 'Proposed' },
	recommended: { fr: 'Recommandée', en: 'Recommended' },
	approved: { fr: 'Approuvée', en: 'Approved' },
	'in-progress': { fr: 'En cours', en: 'In progress' },
	done: { fr: 'Réalisée', en: 'Done' },
	'not-pursued': { fr: 'Abandonnée', en: 'Not pursued' },
};

export const LOGIC_LEVEL_LABELS: Record<LogicLevel, Localized> = {
	input: { fr: 'Intrants', en: 'Inputs' },
	activity: { fr: 'Activités', en: 'Activities' },
	output: { fr: 'Extrants', en: 'Outputs' },
	immediate: { fr: 'Résultats immédiats', en: 'Immediate outcomes' },
	intermediate: { fr: 'Résultats intermédiaires', en: 'Intermediate outcomes' },
	ultimate: { fr: 'Résultat ultime', en: 'Ultimate outcome' },
};

export const FRAMEWORK_SECTION_LABELS: Record<FrameworkSection, Localized> = {
	roles: { fr: 'Rôles', en: 'Roles' },
	'meeting-formats': { fr: 'Formats des réunions', en: 'Meeting formats' },
	groups: { fr: 'Groupes de travail et communautés de pratique', en: 'Working groups and communities of practice' },
	representation: { fr: 'Représentation des coprésidents', en: 'Co-chair representation' },
	planning: { fr: 'Cycle de planification stratégique', en: 'Strategic planning cycle' },
	funding: { fr: 'Examen des demandes de financement', en: 'Review of funding requests' },
	'external-relations': { fr: 'Relations externes', en: 'External relations' },
};

/** Pick the string for a language. */
export function t(value: Localized, lang: Lang): string {
	return value[lang];
}

/** Content types offered as a search filter (Pagefind `type` filter). */
export const SEARCH_TYPES = ['page', 'body', 'priority', 'measure', 'document'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_TYPE_LABELS: Record<SearchType, Localized> = {
	page: { fr: 'Page', en: 'Page' },
	body: { fr: 'Organisme', en: 'Body' },
	priority: { fr: 'Priorité', en: 'Priority' },
	measure: { fr: 'Mesure', en: 'Measure' },
	document: { fr: 'Document source', en: 'Source document' },
};
