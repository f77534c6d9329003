import { describe, expect, it } from 'vitest';
import { levelSubgraphId, logicModelChart } from '../../../src/diagrams/logic-model-chart.ts';
import { element, parseSource } from './helpers.ts';

const elements = [
	element('out-1', 'output', 1, 'Avis', 'Advice', ['imm-1']),
	element('act-2', 'activity', 2, 'Analyses', 'Analyses', ['out-1']),
	element('act-1', 'activity', 1, 'Réunions', 'Meetings', ['out-1', 'missing']),
	element('in-1', 'input', 1, 'Ressources', 'Resources', ['act-1', 'act-2']),
	element('imm-1', 'immediate', 1, 'Coordination', 'Coordination', ['ult-1']),
	element('ult-1', 'ultimate', 1, 'Services "meilleurs" <b>', 'Better services'),
];

describe('logicModelChart', () => {
	it('one subgraph per level, in model order, with localized names', () => {
		const spec = logicModelChart(elements, 'fr');
		const p = parseSource(spec.source);
		expect(p.direction).toBe('LR');
		expect(p.subgraphs.map((s) => [s.id, s.label])).toEqual([
			[levelSubgraphId('input'), 'Intrants'],
			[levelSubgraphId('activity'), 'Activités'],
			[levelSubgraphId('output'), 'Extrants'],
			[levelSubgraphId('immediate'), 'Résultats immédiats'],
			[levelSubgraphId('ultimate'), 'Résultat ultime'],
		]);
		const labelOf = (id: string) => p.nodes.get(id)!.label;
		expect(p.subgraphs[1]!.members.map(labelOf)).toEqual(['Réunions', 'Analyses']); // sorted by order
		expect(labelOf(p.subgraphs[4]!.members[0]!)).toBe('Services “meilleurs” #lt;b#gt;');
		expect(parseSource(logicModelChart(elements, 'en').source).subgraphs[0]!.label).toBe('Inputs');
	});

	it('edges from leadsTo; unknown targets skipped', () => {
		const p = parseSource(logicModelChart(elements, 'en').source);
		const name = (id: string) => p.nodes.get(id)!.label;
		expect(p.edges.map((e) => `${name(e.from)} > ${name(e.to)}`)).toEqual([
			'Resources > Meetings',
			'Resources > Analyses',
			'Meetings > Advice',
			'Analyses > Advice',
			'Advice > Coordination',
			'Coordination > Better services',
		]);
	});

	it('outline: levels, elements, what each leads to; title and description', () => {
		const spec = logicModelChart(elements, 'en');
		expect(spec.outline.map((o) => o.label)).toEqual(['Inputs', 'Activities', 'Outputs', 'Immediate outcomes', 'Ultimate outcome']);
		expect(spec.outline[0]!.children[0]).toEqual({
			id: 'in-1',
			label: 'Resources',
			children: [
				{ id: 'act-1', label: 'Meetings', relation: 'leads to', children: [] },
				{ id: 'act-2', label: 'Analyses', relation: 'leads to', children: [] },
			],
		});
		expect(spec.title).toBe('Logic model');
		expect(spec.description).toBe(
			'6 elements across 5 levels, from inputs on the left to the ultimate outcome on the right, joined by 6 links.',
		);
	});
});
