import { describe, expect, it } from 'vitest';
import {
	CLASSES,
	UNSTATED_SUBGRAPH_ID,
	currentOrgChart,
	neighbourhoodChart,
	orgChart,
} from '../../../src/diagrams/org-chart.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { body, fixtureBodies, hasClass, nodeByLabel, parseSource, SRC } from './helpers.ts';

describe('currentOrgChart', () => {
	const spec = currentOrgChart(fixtureBodies(), 'en');
	const p = parseSource(spec.source);
	const id = (label: string) => nodeByLabel(p, label).id;

	it('is a bottom-to-top flowchart (parents above children) with one node per body', () => {
		expect(p.direction).toBe('BT');
		expect(p.nodes.size).toBe(7);
	});

	it('labels nodes with the localized name and acronym', () => {
		expect(p.nodes.get(id('Test Joint Councils (TJC)'))).toBeDefined();
		expect(p.nodes.get(id('South Council (SC)'))).toBeDefined();
		expect(p.nodes.get(id('North Council'))).toBeDefined();
		// non-active status is written in the label, not only styled
		expect(nodeByLabel(p, 'Beta Subcommittee').label).toBe('Beta Subcommittee<br/>(under review)');
	});

	it('draws reporting lines child → parent, solid', () => {
		const reports = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeReportsTo));
		expect(reports.map((e) => [e.from, e.to, e.link])).toEqual([
			[id('North Council'), id('Test Joint Councils (TJC)'), '-->'],
			[id('South Council (SC)'), id('Test Joint Councils (TJC)'), '-->'],
			[id('Alpha Group'), id('North Council'), '-->'],
			[id('Beta Subcommittee'), id('South Council (SC)'), '-->'],
		]);
	});

	it('draws part-of dashed, supports and liaises-with dotted and labelled (liaison once)', () => {
		const partOf = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgePartOf));
		expect(partOf).toEqual([
			expect.objectContaining({ from: id('Beta Subcommittee'), to: id('South Council (SC)'), link: '-.->' }),
		]);
		expect(partOf[0]!.label).toBeUndefined();
		expect(p.classDefs.get(CLASSES.edgePartOf)).toMatch(/stroke-dasharray/);

		const supports = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeSupports));
		expect(supports).toEqual([
			expect.objectContaining({ from: id('Gamma Institute'), to: id('Test Joint Councils (TJC)'), label: 'supports' }),
		]);
		const liaison = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeLiaison));
		expect(liaison).toHaveLength(1); // declared on both sides, drawn once
		expect(liaison[0]).toMatchObject({ link: '-. .-', label: 'liaises with' });
		expect(p.edges).toHaveLength(4 + 1 + 1 + 1);
	});

	it('groups bodies without a stated reporting line (joint councils excepted)', () => {
		expect(p.subgraphs).toEqual([
			{ id: UNSTATED_SUBGRAPH_ID, label: 'Reporting line not stated in the decks', members: [id('Gamma Institute'), id('Delta Table')] },
		]);
		expect(hasClass(p, UNSTATED_SUBGRAPH_ID, CLASSES.unstatedGroup)).toBe(true);
	});

	it('gives each node a class per kind (with its own shape) and per status', () => {
		expect(hasClass(p, id('North Council'), 'kind-council')).toBe(true);
		expect(hasClass(p, id('Beta Subcommittee'), 'status-under-review')).toBe(true);
		expect(nodeByLabel(p, 'Test Joint Councils (TJC)').open).toBe('[[');
		expect(nodeByLabel(p, 'Alpha Group').open).toBe('(');
		expect(nodeByLabel(p, 'Gamma Institute').open).toBe('([');
		expect(nodeByLabel(p, 'Delta Table').open).toBe('[/');
	});

	it('puts title and description in the source and returns them', () => {
		expect(spec.title).toBe(ui('en').diagrams.titles.currentStructure);
		expect(p.accTitle).toBe('Structure described in the decks (2020)#58; reporting lines');
		expect(spec.description).toBe(
			'7 bodies, 4 reporting lines and 3 other relationships. Reporting line not stated in the decks: 2 bodies.',
		);
		expect(p.accDescr).not.toMatch(/[\n:]|;(?<!#\d+;)/); // every ; ends a numeric entity code
	});

	it('returns an outline: reporting tree, relationships as leaves, then the unstated group', () => {
		expect(spec.outline.map((o) => o.id)).toEqual(['jc', UNSTATED_SUBGRAPH_ID]);
		const jc = spec.outline[0]!;
		expect(jc.children.map((c) => [c.id, c.relation])).toEqual([
			['council-north', 'reports to it'],
			['council-south', 'reports to it'],
			['table-delta', 'liaises with'],
		]);
		const south = jc.children[1]!;
		expect(south.children[0]).toMatchObject({ id: 'sub-beta', note: '(under review)' });
		expect(south.children[0]!.children).toEqual([
			{ id: 'council-south', label: 'South Council (SC)', relation: 'part of', children: [] },
		]);
		expect(spec.outline[1]!.children.map((c) => c.id)).toEqual(['institute-gamma', 'table-delta']);
	});

	it('wraps a large "not stated" group into rows with invisible links (layout only)', () => {
		expect(p.layoutLinks).toEqual([]); // 2 members: one row
		const many = Array.from({ length: 11 }, (_, i) => body(`b${i}`, 'working-group', `G${i}`, `G${i}`));
		const q = parseSource(currentOrgChart(many, 'en').source);
		expect(q.subgraphs[0]!.members).toHaveLength(11);
		// 5 columns: member i is linked under member i-5
		expect(q.layoutLinks).toEqual([0, 1, 2, 3, 4, 5].map((i) => [`n${i}`, `n${i + 5}`]));
		expect(q.edges).toHaveLength(0);
	});

	it('skips lines to bodies that are not in the list (e.g. drafts filtered out)', () => {
		const bodies = [body('a', 'council', 'A', 'A', { reportsTo: 'missing' }), body('b', 'council', 'B', 'B', {
			relationships: [{ type: 'supports', target: 'missing', sources: SRC }],
		})];
		const q = parseSource(currentOrgChart(bodies, 'fr').source);
		expect(q.nodes.size).toBe(2);
		expect(q.edges).toHaveLength(0);
		// a stated (if unlisted) parent is not "not stated"
		expect(q.subgraphs[0]?.members).toEqual(['n1']);
	});
});

describe('labels in each language', () => {
	it('French', () => {
		const spec = currentOrgChart(fixtureBodies(), 'fr');
		const p = parseSource(spec.source);
		expect(nodeByLabel(p, 'Conseils conjoints d’essai (CCE)')).toBeDefined();
		expect(nodeByLabel(p, 'Sous-comité Bêta').label).toBe('Sous-comité Bêta<br/>(en examen)');
		expect(p.subgraphs[0]!.label).toBe('Rattachement non précisé dans les documents');
		expect(p.edges.map((e) => e.label).filter(Boolean)).toEqual(['assure la liaison avec', 'soutient']);
		expect(spec.title).toBe('Structure décrite dans les documents (2020) : liens de rattachement');
		expect(spec.description).toMatch(/^7 organes, 4 liens de rattachement et 3 autres relations\./);
		expect(spec.outline[0]!.children[0]!.relation).toBe('en relève');
	});

	it('same structure in both languages', () => {
		const fr = parseSource(currentOrgChart(fixtureBodies(), 'fr').source);
		const en = parseSource(currentOrgChart(fixtureBodies(), 'en').source);
		expect(fr.edges.map(({ from, to, link }) => [from, to, link])).toEqual(en.edges.map(({ from, to, link }) => [from, to, link]));
		expect(fr.classes).toEqual(en.classes);
	});

	it('accepts a custom labels object', () => {
		const labels = { ...ui('en').diagrams, unstatedGroup: 'Unknown line' };
		expect(parseSource(orgChart(fixtureBodies(), 'en', { labels }).source).subgraphs[0]!.label).toBe('Unknown line');
	});
});

describe('neighbourhoodChart', () => {
	it('shows parent, children, part-of, and marks the focus', () => {
		const spec = neighbourhoodChart(fixtureBodies(), 'council-south', 'en');
		const p = parseSource(spec.source);
		expect([...p.nodes.values()].map((n) => n.label.split('<br/>')[0])).toEqual([
			'South Council (SC)',
			'Test Joint Councils (TJC)',
			'Beta Subcommittee',
		]);
		expect(hasClass(p, 'n0', CLASSES.focus)).toBe(true);
		expect(p.edges.map((e) => [e.from, e.to, e.link])).toEqual([
			['n0', 'n1', '-->'],
			['n2', 'n0', '-->'],
			['n2', 'n0', '-.->'],
		]);
		expect(spec.outline).toHaveLength(1);
		expect(spec.outline[0]!.children.map((c) => [c.id, c.relation])).toEqual([
			['jc', 'reports to'],
			['sub-beta', 'reports to it'],
			['sub-beta', 'part of it'],
		]);
		expect(spec.title).toBe('Relationships of the South Council (SC)');
		expect(spec.description).toBe('South Council (SC): reports to the Test Joint Councils (TJC); 1 body reports to it; 1 other relationship.');
	});

	it('shows what supports the body and its liaisons, one level only', () => {
		const spec = neighbourhoodChart(fixtureBodies(), 'jc', 'fr');
		const p = parseSource(spec.source);
		// jc, its two children, table-delta (liaison, once), institute-gamma (supports jc); not wg-alpha / sub-beta
		expect(p.nodes.size).toBe(5);
		expect(spec.outline[0]!.children.map((c) => [c.id, c.relation])).toEqual([
			['council-north', 'en relève'],
			['council-south', 'en relève'],
			['table-delta', 'assure la liaison avec'],
			['institute-gamma', 'le soutient'],
		]);
		expect(p.edges.filter((e) => e.label === 'soutient')).toHaveLength(1);
		// the joint councils head the structure: no "not stated" for them
		expect(spec.description).toBe(
			'Conseils conjoints d’essai (CCE) : 2 organes en relèvent ; soutenu par 1 organe ; 1 autre relation.',
		);
		expect(neighbourhoodChart(fixtureBodies(), 'institute-gamma', 'en').description).toBe(
			'Gamma Institute: reporting line not stated in the decks; supports 1 body.',
		);
		expect(neighbourhoodChart([body('solo', 'council', 'Seul', 'Alone')], 'solo', 'en').description).toBe(
			'Alone: reporting line not stated in the decks.',
		);
	});

	it('rejects an unknown body', () => {
		expect(() => neighbourhoodChart(fixtureBodies(), 'nope', 'en')).toThrow(/nope/);
	});
});
