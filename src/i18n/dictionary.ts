// The shape of one language's dictionary: interface strings, the names of
// the content model's enumerations, and the words of the diagrams. Each
// language of languages.ts has one dictionary file (fr.ts, en.ts) typed
// `Dictionary`, so a string missing in any language fails the type check.
import type { BodyKind, BodyStatus, ChangeType, RelationshipType } from '../schemas/bodies.ts';
import type { FrameworkSection } from '../schemas/operating-framework.ts';
import type { LogicLevel } from '../schemas/logic-model.ts';
import type { MeasureKind, MeasureStatus } from '../schemas/measures.ts';
import type { DecisionOutcome } from '../schemas/decisions.ts';
import type { BodyEvent } from '../schemas/events.ts';
import type { ChangeWeight } from '../schemas/common.ts';
import type { DatasetName } from '../open-data/schemas.ts';
import type { DataFormat } from '../open-data/formats.ts';
import type { TraceKind } from '../model/traceability.ts';
import type { frStrings } from './fr.ts';

/** Content types offered as a search filter (Pagefind `type` filter). */
export const SEARCH_TYPES = ['page', 'body', 'priority', 'measure', 'meeting', 'document'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A body's name as generated sentences need it: the name and the article its language puts before it. */
export interface NameRef {
	name: string;
	article: string;
}

/** How a language joins a name to the words before it. */
export interface Grammar {
	/** The articles a body's `article` may take in this language. */
	articles: readonly string[];
	/** "of" + the name, contracted as the language requires (« du Conseil… », « de l’Institut… »). */
	of: (n: NameRef) => string;
	/** "to" + the name (« au Conseil… », « à la Table… », « aux Conseils mixtes »). */
	to: (n: NameRef) => string;
	/** The name with its article (« le Sous-comité… », "the Joint Councils"). */
	the: (n: NameRef) => string;
	/** Words of four letters or more too common to tell statements apart (the citation check), accents folded, lower case. */
	stopWords: readonly string[];
}

/** Names of the content model's enumerations: a kind or status added to a schema needs one in every language. */
export interface EnumLabels {
	bodyKinds: Record<BodyKind, { singular: string; plural: string }>;
	bodyStatuses: Record<BodyStatus, string>;
	/**
	 * A relationship as a phrase before the other body's name, seen from each end
	 * (« Fait partie des conseils mixtes », « Soutenu par l’Institut… »): the
	 * preposition and article contracted as the name needs.
	 */
	relationships: Record<RelationshipType, { outgoing: (other: { article: string }) => string; incoming: (other: { article: string }) => string }>;
	/**
	 * Each proposed change, as the deck words it: with its target body, the words
	 * before the target's name (the preposition and article contracted); without,
	 * the whole label. Never a dangling preposition.
	 */
	changes: Record<ChangeType, (target?: { article: string }) => string>;
	measureKinds: Record<MeasureKind, string>;
	measureStatuses: Record<MeasureStatus, string>;
	/** A decision's outcome, as a label after « Décision : » (a measure: feminine in French). */
	decisionOutcomes: Record<DecisionOutcome, string>;
	/**
	 * What happened to a body, as a label: for a reporting line, the words before
	 * the new parent's name (contracted as the name needs), or the whole label when it has none.
	 */
	bodyEvents: Record<Exclude<BodyEvent, 'reporting-line-changed'>, string> & {
		'reporting-line-changed': (to?: { article: string }) => string;
	};
	changeWeights: Record<ChangeWeight, string>;
	/** The open data's datasets and file formats (data page). */
	datasets: Record<DatasetName, { title: string; description: string }>;
	dataFormats: Record<DataFormat, string>;
	logicLevels: Record<LogicLevel, string>;
	frameworkSections: Record<FrameworkSection, string>;
	searchTypes: Record<SearchType, string>;
	/** What kind of site element restates a slide (document pages, « Repris dans cette publication »). */
	traceKinds: Record<TraceKind, string>;
}

/** The word with its first letter in lower case, unless it is an acronym (for labels inside sentences). */
export function lowerFirst(word: string): string {
	return /^\p{Lu}{2}/u.test(word) ? word : word.charAt(0).toLowerCase() + word.slice(1);
}

/** Interface strings: the keys of the French dictionary, each a string in every language. */
export type UiStrings = { readonly [K in keyof typeof frStrings]: string };

export interface Dictionary extends UiStrings {
	grammar: Grammar;
	labels: EnumLabels;
	diagrams: DiagramLabels;
}

/** UI words used by the diagram generators. Callers may pass their own to the generators. */
export interface DiagramLabels {
	/** Bodies no stated or inferred link connects (listed beside the structure chart). */
	unstatedGroup: string;
	/** Legend: a body or line a proposal changes (its number follows the symbol). */
	proposedChange: string;
	/** Legend: the line a proposal would draw (thick). */
	proposedLine: string;
	/** Legend: a body a deck proposes to phase out. */
	phaseOutProposed: string;
	/** Legend: any link the site infers (reporting line or relationship), drawn with its own dash. */
	inferredLink: string;
	/** Marks a reporting line the site infers from a deck's words (edge label, outline). */
	inferred: string;
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
	/** What a screen reader calls a chart (the SVG's aria-roledescription). */
	roleDescription: string;
	/** Above a chart wider than the window: it scrolls sideways. */
	scrollHint: string;
	/** Summary of the <details> holding the text version. */
	textVersion: string;
	/** Shown instead of the outline when a diagram has no element. */
	empty: string;
	/** A box standing for several bodies of one kind (a large chart, fold.ts): « 24 groupes de travail ». */
	fold: (n: number, kind: BodyKind) => string;
	/** Second line of that box: where its bodies are named. */
	foldNote: string;
	/** Heading of the list of the bodies a chart groups. */
	foldsHeading: string;
	/** One group of that list, before its bodies: « 24 groupes de travail qui relèvent du Sous-comité… ». */
	foldCaption: (label: string, relation: RelationshipType | 'reports-to', target: NameRef, inferred: boolean) => string;
	titles: {
		structure: string;
		neighbourhood: (body: NameRef) => string;
		logicModel: string;
	};
	descriptions: {
		structure: (c: StructureCounts) => string;
		neighbourhood: (body: NameRef, c: NeighbourhoodCounts) => string;
	};
}

export interface StructureCounts {
	/** Bodies drawn. */
	bodies: number;
	reportingLines: number;
	/** Links (reporting lines and relationships) the site infers. */
	inferred: number;
	otherRelations: number;
	/** New lines the proposals draw. */
	proposedLines: number;
	/** Proposed changes, all numbered. */
	changes: number;
	/** Bodies no link connects, listed beside the chart. */
	unlinked: number;
	/** Bodies drawn in a box of several (a large chart), and those boxes. */
	folded: number;
	folds: number;
}
export interface NeighbourhoodCounts {
	/** Display name of the parent, if the decks state or imply one. */
	parent: NameRef | undefined;
	/** The line to the parent is the site's inference. */
	parentInferred: boolean;
	/** The body's name as a sentence starts with it (capitalized, with its acronym). */
	title: string;
	/** The body heads the structure (joint councils): no reporting line to state. */
	topLevel: boolean;
	children: number;
	supports: number;
	supportedBy: number;
	other: number;
	/** Neighbours drawn in a box of several (a large chart). */
	folded: number;
}

/** `n thing(s)` by the language's plural rules (in French, 0 and 1 take the singular). */
export function counter(locale: string): (n: number, one: string, other: string) => string {
	const rules = new Intl.PluralRules(locale);
	const number = new Intl.NumberFormat(locale);
	return (n, one, other) => `${number.format(n)} ${rules.select(n) === 'one' ? one : other}`;
}

export function mapValues<K extends string, V, W>(table: Record<K, V>, f: (v: V) => W): Record<K, W> {
	return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;
}
