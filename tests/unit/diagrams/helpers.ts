/**
 * Test helpers: a strict reader of the Mermaid source our generators write,
 * and fixtures. Every line must match one of the statement shapes the
 * generators emit; anything else (e.g. a label that escaped its quotes) throws.
 */
import type { BodyEntry, BodyKind } from '../../../src/schemas/bodies.ts';
import type { LogicElementEntry, LogicLevel } from '../../../src/schemas/logic-model.ts';

export interface ParsedNode {
	id: string;
	open: string;
	label: string;
}
export interface ParsedEdge {
	id: string;
	from: string;
	to: string;
	link: string;
	label?: string;
}
export interface ParsedSubgraph {
	id: string;
	label: string;
	members: string[];
	direction?: string;
}
export interface ParsedSource {
	direction: string;
	accTitle?: string;
	accDescr?: string;
	nodes: Map<string, ParsedNode>;
	edges: ParsedEdge[];
	subgraphs: ParsedSubgraph[];
	/** Invisible `~~~` links (layout only). */
	layoutLinks: [string, string][];
	classDefs: Map<string, string>;
	/** class name → ids */
	classes: Map<string, Set<string>>;
}

const LABEL = '"([^"\\n]*)"';
const NODE = new RegExp(`^(n\\d+)(\\[\\[|\\(\\[|\\[\\(|\\[/|\\[|\\(|\\{\\{|>)${LABEL}(\\]\\]|\\]\\)|\\)\\]|\\\\\\]|/\\]|\\]|\\)|\\}\\})$`);
const EDGE_PLAIN = /^(n\d+) (e\d+)@(-->|-\.->|-\.-|==>) (n\d+)$/;
const EDGE_LABEL = new RegExp(`^(n\\d+) (e\\d+)@(--|-\\.|==) ${LABEL} (-->|\\.->|\\.-|==>) (n\\d+)$`);
const SUBGRAPH = new RegExp(`^subgraph ([A-Za-z]\\w*)\\[${LABEL}\\]$`);

export function parseSource(source: string): ParsedSource {
	const lines = source.split('\n');
	if (lines.at(-1) === '') lines.pop();
	const head = /^flowchart (TB|BT|LR|RL)$/.exec(lines.shift() ?? '');
	if (!head) throw new Error('first line must be "flowchart <dir>"');
	const out: ParsedSource = {
		direction: head[1]!,
		nodes: new Map(),
		edges: [],
		subgraphs: [],
		layoutLinks: [],
		classDefs: new Map(),
		classes: new Map(),
	};
	let sub: ParsedSubgraph | undefined;
	for (const line of lines) {
		let m: RegExpExecArray | null;
		if (sub) {
			if (line === 'end') {
				out.subgraphs.push(sub);
				sub = undefined;
			} else if ((m = /^direction (TB|BT|LR|RL)$/.exec(line))) sub.direction = m[1]!;
			else if (/^n\d+$/.test(line)) sub.members.push(line);
			else throw new Error(`unexpected line in subgraph: ${line}`);
		} else if ((m = /^accTitle: ([^\n]*)$/.exec(line))) out.accTitle = m[1]!;
		else if ((m = /^accDescr: ([^\n]*)$/.exec(line))) out.accDescr = m[1]!;
		else if ((m = NODE.exec(line))) {
			if (out.nodes.has(m[1]!)) throw new Error(`node ${m[1]} declared twice`);
			out.nodes.set(m[1]!, { id: m[1]!, open: m[2]!, label: m[3]! });
		} else if ((m = EDGE_PLAIN.exec(line))) out.edges.push({ from: m[1]!, id: m[2]!, link: m[3]!, to: m[4]! });
		else if ((m = EDGE_LABEL.exec(line)))
			out.edges.push({ from: m[1]!, id: m[2]!, link: `${m[3]} ${m[5]}`, label: m[4]!, to: m[6]! });
		else if ((m = SUBGRAPH.exec(line))) sub = { id: m[1]!, label: m[2]!, members: [] };
		else if ((m = /^(n\d+) ~~~ (n\d+)$/.exec(line))) out.layoutLinks.push([m[1]!, m[2]!]);
		else if ((m = /^classDef ([A-Za-z][\w-]*) ([^\n;]+)$/.exec(line))) out.classDefs.set(m[1]!, m[2]!);
		else if ((m = /^class ([\w,]+) ([A-Za-z][\w-]*)$/.exec(line))) {
			const set = out.classes.get(m[2]!) ?? new Set<string>();
			for (const id of m[1]!.split(',')) set.add(id);
			out.classes.set(m[2]!, set);
		} else throw new Error(`unexpected line: ${line}`);
	}
	if (sub) throw new Error('unterminated subgraph');
	return out;
}

/** Node id whose label starts with `text` (labels are escaped; pass plain words). */
export function nodeByLabel(p: ParsedSource, text: string): ParsedNode {
	const found = [...p.nodes.values()].filter((n) => n.label.split('<br/>')[0] === text);
	if (found.length !== 1) throw new Error(`expected one node labelled "${text}", found ${found.length}`);
	return found[0]!;
}

export function hasClass(p: ParsedSource, id: string, cls: string): boolean {
	return p.classes.get(cls)?.has(id) ?? false;
}

export const SRC = [{ document: 'deck-test', slide: 'slide-1' }];

export function body(
	id: string,
	kind: BodyKind,
	fr: string,
	en: string,
	extra: Partial<BodyEntry> = {},
): BodyEntry {
	return {
		id,
		kind,
		name: { fr, en },
		article: { fr: 'le', en: 'the' },
		aliases: [],
		reportsTo: null,
		relationships: [],
		status: 'active',
		mandate: [],
		proposedChanges: [],
		sources: SRC,
		draft: false,
		...extra,
	};
}

export function element(
	id: string,
	level: LogicLevel,
	order: number,
	fr: string,
	en: string,
	leadsTo: string[] = [],
): LogicElementEntry {
	return { id, level, order, label: { fr, en }, basis: { fr, en }, sources: SRC, leadsTo, draft: false };
}

/**
 * A small structure, names invented for the tests:
 *   jc (joint councils) ← council-north ← wg-alpha
 *                       ← council-south ← sub-beta (part-of council-south too)
 *   institute-gamma: no reporting line, supports jc
 *   table-delta: no reporting line, liaises with jc (both sides say so)
 */
export function fixtureBodies(): BodyEntry[] {
	return [
		body('jc', 'joint-councils', 'Conseils conjoints d’essai', 'Test Joint Councils', {
			acronym: { fr: 'CCE', en: 'TJC' },
			relationships: [{ type: 'liaises-with', target: 'table-delta', sources: SRC, basis: 'stated' }],
		}),
		body('council-north', 'council', 'Conseil du Nord', 'North Council', { reportsTo: 'jc' }),
		body('council-south', 'council', 'Conseil du Sud', 'South Council', {
			reportsTo: 'jc',
			acronym: { fr: 'CS', en: 'SC' },
		}),
		body('wg-alpha', 'working-group', 'Groupe Alpha', 'Alpha Group', { reportsTo: 'council-north' }),
		body('sub-beta', 'subcommittee', 'Sous-comité Bêta', 'Beta Subcommittee', {
			reportsTo: 'council-south',
			status: 'under-review',
			relationships: [{ type: 'part-of', target: 'council-south', sources: SRC, basis: 'stated' }],
		}),
		body('institute-gamma', 'institute', 'Institut Gamma', 'Gamma Institute', {
			relationships: [{ type: 'supports', target: 'jc', sources: SRC, basis: 'stated' }],
		}),
		body('table-delta', 'external-table', 'Table Delta', 'Delta Table', {
			relationships: [{ type: 'liaises-with', target: 'jc', sources: SRC, basis: 'stated' }],
		}),
	];
}

/** The six hostile names of the escaping requirement, exactly. */
export const HOSTILE_NAMES = [
	'"]',
	'-->',
	'%%',
	';',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
] as const;

/**
 * One body per hostile name: the first is the joint councils, the others
 * report to it; #2 supports #3, #4 liaises with #5. 6 nodes, 7 edges.
 */
export function hostileBodies(): BodyEntry[] {
	return HOSTILE_NAMES.map((name, i) =>
		body(`hostile-${i}`, i === 0 ? 'joint-councils' : 'working-group', name, name, {
			reportsTo: i === 0 ? null : 'hostile-0',
			relationships:
				i === 2
					? [{ type: 'supports', target: 'hostile-3', sources: SRC, basis: 'stated' }]
					: i === 4
						? [{ type: 'liaises-with', target: 'hostile-5', sources: SRC, basis: 'stated' }]
						: [],
		}),
	);
}
export const HOSTILE_EDGES = 7;
