/**
 * The logic model as a left-to-right flowchart: one subgraph per level in
 * model order (inputs → ultimate outcome), elements sorted by `order`, edges
 * from `leadsTo`. Callers pass elements with drafts already filtered out; a
 * `leadsTo` pointing to an element not in the list is not drawn.
 */
import type { Lang } from '../schemas/common.ts';
import { LOGIC_LEVELS, type LogicElementEntry, type LogicLevel } from '../schemas/logic-model.ts';
import { edgeId, nodeId, quoteLabel } from './escape.ts';
import { FlowchartSource } from './flowchart-source.ts';
import type { DiagramLabels } from '../i18n/dictionary.ts';
import { ui } from '../i18n/ui.ts';
import type { DiagramSpec, OutlineNode } from './types.ts';

export interface LogicModelChartOptions {
	labels?: DiagramLabels;
}

/** Subgraph id of a level (generated, fixed). */
export function levelSubgraphId(level: LogicLevel): string {
	return `level_${level}`;
}

const LEVEL_CLASS = (level: LogicLevel) => `level-${level}`;
const LEVEL_FILLS: Record<LogicLevel, string> = {
	input: 'fill:#f3f3f3,stroke:#1a1a1a,color:#000',
	activity: 'fill:#e6f1e1,stroke:#1a1a1a,color:#000',
	output: 'fill:#dde7f5,stroke:#1a1a1a,color:#000',
	immediate: 'fill:#f5ead8,stroke:#1a1a1a,color:#000',
	intermediate: 'fill:#efe3f0,stroke:#1a1a1a,color:#000',
	ultimate: 'fill:#dff0ef,stroke:#1a1a1a,stroke-width:2px,color:#000',
};

export function logicModelChart(
	elements: readonly LogicElementEntry[],
	lang: Lang,
	options: LogicModelChartOptions = {},
): DiagramSpec {
	const labels = options.labels ?? ui(lang).diagrams;
	const levelIndex = (l: LogicLevel) => LOGIC_LEVELS.indexOf(l);
	const sorted = [...elements].sort(
		(a, b) => levelIndex(a.level) - levelIndex(b.level) || a.order - b.order || a.id.localeCompare(b.id),
	);
	const ids = new Map(sorted.map((e, i) => [e.id, nodeId(i)]));
	const byId = new Map(sorted.map((e) => [e.id, e]));

	const fc = new FlowchartSource('LR');
	for (const level of LOGIC_LEVELS) fc.classDef(LEVEL_CLASS(level), LEVEL_FILLS[level]);
	fc.classDef('level-group', 'fill:#fcfcfc,stroke:#555');

	for (const e of sorted) {
		fc.node({ id: ids.get(e.id)!, label: quoteLabel(e.label[lang]), shape: 'rounded', classes: [LEVEL_CLASS(e.level)] });
	}
	const levelsUsed = LOGIC_LEVELS.filter((level) => sorted.some((e) => e.level === level));
	for (const level of levelsUsed) {
		fc.subgraph({
			id: levelSubgraphId(level),
			label: quoteLabel(labels.levels[level]),
			members: sorted.filter((e) => e.level === level).map((e) => ids.get(e.id)!),
			direction: 'TB',
			classes: ['level-group'],
		});
	}
	let edges = 0;
	const seen = new Set<string>();
	for (const e of sorted) {
		for (const target of e.leadsTo) {
			const key = `${e.id}>${target}`;
			if (target === e.id || !byId.has(target) || seen.has(key)) continue;
			seen.add(key);
			fc.edge({ id: edgeId(edges++), from: ids.get(e.id)!, to: ids.get(target)!, kind: 'arrow' });
		}
	}

	const outline: OutlineNode[] = levelsUsed.map((level) => ({
		id: `level-${level}`,
		label: labels.levels[level],
		children: sorted
			.filter((e) => e.level === level)
			.map((e) => ({
				id: e.id,
				label: e.label[lang],
				children: e.leadsTo
					.filter((t) => t !== e.id && byId.has(t))
					.map((t) => ({ id: t, label: byId.get(t)!.label[lang], relation: labels.leadsTo, children: [] })),
			})),
	}));

	const title = labels.titles.logicModel;
	const description = labels.descriptions.logicModel({ elements: sorted.length, levels: levelsUsed.length, links: edges });
	fc.acc(title, description);
	return { source: fc.toString(), title, description, outline };
}
