/**
 * A tiny writer for Mermaid flowchart source. Callers give generated ids and
 * already-quoted labels (see escape.ts `quoteLabel`); this module only knows
 * the syntax, so no user text is ever spliced in unescaped.
 */
import { escapeAccText } from './escape.ts';

export type Direction = 'TB' | 'BT' | 'LR' | 'RL';

export type NodeShape =
	| 'rect'
	| 'rounded'
	| 'stadium'
	| 'subroutine'
	| 'hexagon'
	| 'trapezoid'
	| 'flag'
	| 'parallelogram';

/**
 * - arrow: solid line with arrowhead (`-->`)
 * - dashed-arrow: Mermaid's dotted link (`-.->`) drawn dashed by a class
 * - dotted-arrow / dotted-line: Mermaid's dotted link, with / without arrowhead
 * - thick-arrow: `==>`
 */
export type EdgeKind = 'arrow' | 'dashed-arrow' | 'dotted-arrow' | 'dotted-line' | 'thick-arrow';

const SHAPES: Record<NodeShape, (q: string) => string> = {
	rect: (q) => `[${q}]`,
	rounded: (q) => `(${q})`,
	stadium: (q) => `([${q}])`,
	subroutine: (q) => `[[${q}]]`,
	hexagon: (q) => `{{${q}}}`,
	trapezoid: (q) => `[/${q}\\]`,
	flag: (q) => `>${q}]`,
	parallelogram: (q) => `[/${q}/]`,
};

/** [plain, labelled-open, labelled-close] link tokens. */
const LINKS: Record<EdgeKind, [string, string, string]> = {
	arrow: ['-->', '--', '-->'],
	'dashed-arrow': ['-.->', '-.', '.->'],
	'dotted-arrow': ['-.->', '-.', '.->'],
	'dotted-line': ['-.-', '-.', '.-'],
	'thick-arrow': ['==>', '==', '==>'],
};

const ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const CLASS = /^[A-Za-z][A-Za-z0-9_-]*$/;

function checkId(id: string): string {
	if (!ID.test(id)) throw new Error(`flowchart-source: invalid generated id "${id}"`);
	return id;
}
function checkClass(name: string): string {
	if (!CLASS.test(name)) throw new Error(`flowchart-source: invalid class name "${name}"`);
	return name;
}

export interface NodeDef {
	id: string;
	/** Already quoted with quoteLabel(). */
	label: string;
	shape?: NodeShape;
	classes?: readonly string[];
}
export interface EdgeDef {
	id: string;
	from: string;
	to: string;
	kind?: EdgeKind;
	/** Already quoted with quoteLabel(). */
	label?: string;
	classes?: readonly string[];
}
export interface SubgraphDef {
	id: string;
	/** Already quoted with quoteLabel(). */
	label: string;
	members: readonly string[];
	direction?: Direction;
	classes?: readonly string[];
}

export class FlowchartSource {
	readonly #direction: Direction;
	#title = '';
	#description = '';
	readonly #nodes: NodeDef[] = [];
	readonly #edges: EdgeDef[] = [];
	readonly #subgraphs: SubgraphDef[] = [];
	readonly #layoutLinks: [string, string][] = [];
	readonly #classDefs = new Map<string, string>();

	constructor(direction: Direction) {
		this.#direction = direction;
	}

	acc(title: string, description: string): this {
		this.#title = title;
		this.#description = description;
		return this;
	}
	node(def: NodeDef): this {
		checkId(def.id);
		this.#nodes.push(def);
		return this;
	}
	edge(def: EdgeDef): this {
		checkId(def.id);
		checkId(def.from);
		checkId(def.to);
		this.#edges.push(def);
		return this;
	}
	subgraph(def: SubgraphDef): this {
		checkId(def.id);
		def.members.forEach(checkId);
		this.#subgraphs.push(def);
		return this;
	}
	/**
	 * Invisible link (`~~~`) that only steers the layout (e.g. to wrap a group
	 * of unconnected nodes into rows). Not a relationship: never in an outline.
	 */
	layoutLink(from: string, to: string): this {
		this.#layoutLinks.push([checkId(from), checkId(to)]);
		return this;
	}
	/** `css` is generator-owned (never user text), e.g. `fill:#fff,stroke:#000`. */
	classDef(name: string, css: string): this {
		if (/[\n;]/.test(css)) throw new Error(`flowchart-source: invalid classDef for "${name}"`);
		this.#classDefs.set(checkClass(name), css);
		return this;
	}
	toString(): string {
		const lines: string[] = [`flowchart ${this.#direction}`];
		if (this.#title) lines.push(`accTitle: ${escapeAccText(this.#title)}`);
		if (this.#description) lines.push(`accDescr: ${escapeAccText(this.#description)}`);

		const classMembers = new Map<string, string[]>();
		const addClasses = (id: string, classes: readonly string[] | undefined) => {
			for (const c of classes ?? []) {
				checkClass(c);
				const list = classMembers.get(c) ?? [];
				list.push(id);
				classMembers.set(c, list);
			}
		};

		for (const n of this.#nodes) {
			lines.push(`${n.id}${SHAPES[n.shape ?? 'rect'](n.label)}`);
			addClasses(n.id, n.classes);
		}
		for (const s of this.#subgraphs) {
			lines.push(`subgraph ${s.id}[${s.label}]`);
			if (s.direction) lines.push(`direction ${s.direction}`);
			for (const m of s.members) lines.push(m);
			lines.push('end');
			addClasses(s.id, s.classes);
		}
		for (const e of this.#edges) {
			const [plain, open, close] = LINKS[e.kind ?? 'arrow'];
			const link = e.label ? `${open} ${e.label} ${close}` : plain;
			lines.push(`${e.from} ${e.id}@${link} ${e.to}`);
			addClasses(e.id, e.classes);
		}
		for (const [from, to] of this.#layoutLinks) lines.push(`${from} ~~~ ${to}`);
		for (const [name, css] of this.#classDefs) lines.push(`classDef ${name} ${css}`);
		for (const [name, ids] of classMembers) lines.push(`class ${ids.join(',')} ${name}`);
		return lines.join('\n') + '\n';
	}
}
