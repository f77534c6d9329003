import { describe, expect, it } from 'vitest';
import { CLASSES, neighbourhoodChart } from '../../../src/diagrams/org-chart.ts';
import { numberChanges, structureChart } from '../../../src/diagrams/structure-chart.ts';
import { ui } from '../../../src/i18n/ui.ts';
import { body, fixtureBodies, hasClass, nodeByLabel, parseSource, SRC } from './helpers.ts';

/** The fixture plus a body no link connects. */
const withLoner = () => [...fixtureBodies(), body('loner', 'working-group', 'Groupe seul', 'Lone Group')];

describe('structureChart', () => {
	const spec = structureChart(withLoner(), 'en');
	const p = parseSource(spec.source);
	const id = (label: string) => nodeByLabel(p, label).id;

	it('is a right-to-left flowchart (the joint councils on the left) of the linked bodies only', () => {
		expect(p.direction).toBe('RL');
		expect(p.nodes.size).toBe(7);
		expect(spec.unlinked.map((b) => b.id)).toEqual(['loner']);
		expect([...p.nodes.values()].some((n) => n.label.startsWith('Lone Group'))).toBe(false);
	});

	it('labels nodes with the localized name and acronym, and a non-active status in words', () => {
		expect(p.nodes.get(id('Test Joint Councils (TJC)'))).toBeDefined();
		expect(p.nodes.get(id('South Council (SC)'))).toBeDefined();
		expect(nodeByLabel(p, 'Beta Subcommittee').label).toBe('Beta Subcommittee<br/>(under review)');
		expect(hasClass(p, id('Beta Subcommittee'), 'status-under-review')).toBe(true);
	});

	it('draws reporting lines child → parent, solid', () => {
		const reports = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeReportsTo));
		expect(reports.map((e) => [e.from, e.to, e.link])).toEqual([
			[id('North Council'), id('Test Joint Councils (TJC)'), '-->'],
			[id('South Council (SC)'), id('Test Joint Councils (TJC)'), '-->'],
			[id('Alpha Group'), id('North Council'), '-->'],
			[id('Beta Subcommittee'), id('South Council (SC)'), '-->'],
		]);
		expect(reports.every((e) => e.label === undefined)).toBe(true);
	});

	it('draws part-of dashed, supports and liaises-with dotted and labelled (liaison once)', () => {
		const partOf = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgePartOf));
		expect(partOf).toEqual([expect.objectContaining({ from: id('Beta Subcommittee'), to: id('South Council (SC)'), link: '-.->' })]);
		expect(partOf[0]!.label).toBeUndefined();
		const supports = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeSupports));
		expect(supports).toEqual([expect.objectContaining({ from: id('Gamma Institute'), to: id('Test Joint Councils (TJC)'), label: 'supports' })]);
		const liaison = p.edges.filter((e) => hasClass(p, e.id, CLASSES.edgeLiaison));
		expect(liaison).toHaveLength(1);
		expect(liaison[0]).toMatchObject({ link: '-. .-', label: 'liaises with' });
		expect(p.edges).toHaveLength(7);
	});

	it('marks an inferred line with its own dash and the word, never style alone', () => {
		const bodies = fixtureBodies().map((b) =>
			b.id === 'wg-alpha'
				? { ...b, reportsToBasis: 'inferred' as const }
				: b.id === 'sub-beta'
					? { ...b, relationships: [{ ...b.relationships[0]!, basis: 'inferred' as const, note: { fr: 'd’après…', en: 'from…' } }] }
					: b,
		);
		const q = parseSource(structureChart(bodies, 'en').source);
		const inferred = q.edges.filter((e) => hasClass(q, e.id, CLASSES.edgeInferred));
		expect(inferred.map((e) => e.label)).toEqual(['inferred', 'inferred']);
		expect(q.classDefs.get(CLASSES.edgeInferred)).toMatch(/stroke-dasharray/);
		const text = structureChart(bodies, 'fr').outline.find((o) => o.id === 'wg-alpha')!.children[0]!;
		expect(text.relation).toBe('relève de (déduit)');
	});

	it('numbers each proposed change deck by deck, marks its node, and draws a new line only for a move', () => {
		const bodies = withLoner().map((b) =>
			b.id === 'wg-alpha'
				? { ...b, proposedChanges: [{ type: 'move-to' as const, measure: 'gov-1', target: 'jc' }, { type: 'report-activities-to' as const, measure: 'deck-1', target: 'jc' }] }
				: b.id === 'loner'
					? { ...b, proposedChanges: [{ type: 'phase-out' as const, measure: 'deck-2' }] }
					: b,
		);
		const documentOf = (m: string) => (m.startsWith('gov') ? 'governance' : 'deck-2020');
		const changes = numberChanges(bodies, documentOf, ['deck-2020', 'governance']);
		// The 2020 deck first, in body order; then the governance deck.
		expect(changes.map((c) => [`${c.deckLetter}${c.number}`, c.body.id, c.change.type, c.document])).toEqual([
			['A1', 'wg-alpha', 'report-activities-to', 'deck-2020'],
			['A2', 'loner', 'phase-out', 'deck-2020'],
			['B1', 'wg-alpha', 'move-to', 'governance'],
		]);
		const chart = structureChart(bodies, 'en', { changes, deckName: (d) => (d === 'governance' ? 'governance deck' : '2020 deck') });
		const q = parseSource(chart.source);
		expect(nodeByLabel(q, 'Alpha Group').label).toBe('Alpha Group<br/>▲ A1 ▲ B1');
		expect(hasClass(q, nodeByLabel(q, 'Alpha Group').id, CLASSES.changed)).toBe(true);
		const proposed = q.edges.filter((e) => hasClass(q, e.id, CLASSES.edgeChanged));
		// Only the move (B1) draws a line; reporting on activities (A1) changes no line the deck states.
		expect(proposed).toEqual([expect.objectContaining({ from: nodeByLabel(q, 'Alpha Group').id, to: nodeByLabel(q, 'Test Joint Councils (TJC)').id, link: '== ==>', label: '▲ B1' })]);
		// Each change in words with its deck; the phased-out loner is listed with the unlinked bodies.
		expect(chart.outline.find((o) => o.id === 'wg-alpha')!.note).toBe(
			'▲ A1 Report on its activities to the Test Joint Councils (TJC) (2020 deck); ▲ B1 Move to the Test Joint Councils (TJC) (governance deck)',
		);
		expect(chart.outline.at(-1)!.children).toEqual([expect.objectContaining({ id: 'loner', note: '✕ A2 Phase-out (2020 deck)', changed: true })]);
	});

	it('puts title and description in the source and returns them', () => {
		expect(spec.title).toBe(ui('en').diagrams.titles.structure);
		expect(spec.description).toMatch(/^The chart connects 7 bodies through 4 reporting lines and 3 other relationships\./);
		expect(spec.description).toMatch(/1 body with no stated link is listed separately\.$/);
		expect(p.accDescr).not.toMatch(/[\n:]|;(?<!#\d+;)/); // every ; ends a numeric entity code
	});

	it('returns an outline: each drawn body with its links, then the unlinked bodies', () => {
		expect(spec.outline.map((o) => o.id)).toEqual(['jc', 'council-north', 'council-south', 'wg-alpha', 'sub-beta', 'institute-gamma', 'table-delta', 'unlinked']);
		expect(spec.outline.find((o) => o.id === 'sub-beta')!.children.map((c) => [c.id, c.relation])).toEqual([
			['council-south', 'reports to'],
			['council-south', 'part of'],
		]);
		expect(spec.outline.at(-1)).toMatchObject({ label: 'Bodies with no link stated in the decks', children: [expect.objectContaining({ id: 'loner' })] });
	});

	it('tells its legend what it draws: the drawn bodies\' kinds, stated lines by type, inferred lines apart', () => {
		expect(spec.drawn).toEqual({
			kinds: ['joint-councils', 'council', 'working-group', 'subcommittee', 'institute', 'external-table'],
			reportsTo: true,
			relations: ['liaises-with', 'part-of', 'supports'],
			inferred: false,
		});
		// The loner's kind is listed only if a drawn body has it; a reporting line drawn as inferred is not a stated one.
		const inferredOnly = [
			body('jc', 'joint-councils', 'C', 'C'),
			body('wg', 'working-group', 'G', 'G', { reportsTo: 'jc', reportsToBasis: 'inferred' }),
			body('lone', 'subcommittee', 'S', 'S'),
		];
		expect(structureChart(inferredOnly, 'fr').drawn).toEqual({ kinds: ['joint-councils', 'working-group'], reportsTo: false, relations: [], inferred: true });
	});

	it('skips lines to bodies that are not in the list (e.g. drafts filtered out)', () => {
		const bodies = [
			body('a', 'council', 'A', 'A', { reportsTo: 'missing' }),
			body('b', 'council', 'B', 'B', { relationships: [{ type: 'supports', target: 'missing', sources: SRC, basis: 'stated' }] }),
		];
		const chart = structureChart(bodies, 'fr');
		expect(parseSource(chart.source).edges).toHaveLength(0);
		expect(chart.unlinked.map((b) => b.id)).toEqual(['a', 'b']);
	});
});

describe('labels in each language', () => {
	it('French', () => {
		const spec = structureChart(withLoner(), 'fr');
		const p = parseSource(spec.source);
		expect(nodeByLabel(p, 'Conseils conjoints d’essai (CCE)')).toBeDefined();
		expect(nodeByLabel(p, 'Sous-comité Bêta').label).toBe('Sous-comité Bêta<br/>(en examen)');
		expect(p.edges.map((e) => e.label).filter(Boolean)).toEqual(['assure la liaison avec', 'soutient']);
		expect(spec.title).toBe('Structure selon les documents et changements proposés');
		expect(spec.description).toMatch(/^Le diagramme relie 7 organismes par 4 liens hiérarchiques et 3 autres relations\./);
		expect(spec.outline.at(-1)!.label).toBe('Organismes sans lien précisé dans les documents');
	});

	it('same structure in both languages', () => {
		const fr = parseSource(structureChart(fixtureBodies(), 'fr').source);
		const en = parseSource(structureChart(fixtureBodies(), 'en').source);
		expect(fr.edges.map(({ from, to, link }) => [from, to, link])).toEqual(en.edges.map(({ from, to, link }) => [from, to, link]));
		expect(fr.classes).toEqual(en.classes);
	});

	it('accepts a custom labels object', () => {
		const labels = { ...ui('en').diagrams, unstatedGroup: 'Unknown line' };
		expect(structureChart(withLoner(), 'en', { labels }).outline.at(-1)!.label).toBe('Unknown line');
	});
});

describe('neighbourhoodChart', () => {
	it('tells its legend what it draws around the focus only', () => {
		expect(neighbourhoodChart(fixtureBodies(), 'institute-gamma', 'en').drawn).toEqual({
			kinds: ['institute', 'joint-councils'],
			reportsTo: false,
			relations: ['supports'],
			inferred: false,
		});
	});

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
			'Conseils conjoints d’essai (CCE) : 2 organismes en relèvent; soutien reçu de 1 organisme; 1 autre relation.',
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
