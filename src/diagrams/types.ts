/** Shapes shared by the diagram generators, the renderer and Diagram.astro. */
import type { BodyKind, RelationshipType } from '../schemas/bodies.ts';

/** One item of a diagram's text version, rendered as a nested list. */
export interface OutlineNode {
	/** Id of the entry (body id, logic element id) or of the group (e.g. `level-input`). */
	id: string;
	/** Localized name as shown in the chart (without status markers). */
	label: string;
	/** How this item relates to its parent item, e.g. « relève de », "supports". */
	relation?: string;
	/** True when a proposal changes this item (text marker in `note`). */
	changed?: boolean;
	/** Extra text shown after the label: status, proposed change, condition. */
	note?: string;
	children: OutlineNode[];
}

/** What every generator returns. `title`/`description` are also in the source as accTitle/accDescr. */
export interface DiagramSpec {
	source: string;
	title: string;
	description: string;
	outline: OutlineNode[];
	/** What an org chart draws, for its legend (only what is drawn is explained). */
	drawn?: DrawnElements;
}

export interface DrawnElements {
	kinds: readonly BodyKind[];
	/** Whether a stated reporting line is drawn (an inferred one has the inferred style). */
	reportsTo: boolean;
	/** Other relationship types drawn as stated lines, each in its own style. */
	relations: readonly RelationshipType[];
	/** Whether an inferred line is drawn (one style, whatever its type). */
	inferred: boolean;
}
