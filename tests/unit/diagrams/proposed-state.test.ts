import { describe, expect, it } from 'vitest';
import { CLASSES, proposedOrgChart } from '../../../src/diagrams/org-chart.ts';
import { applyProposedChanges, applyProposedChangesToBody } from '../../../src/diagrams/proposed-state.ts';
import { CHANGE_TYPES, type ChangeType } from '../../../src/schemas/bodies.ts';
import { body, fixtureBodies, hasClass, nodeByLabel, parseSource } from './helpers.ts';

const base = () => body('wg', 'working-group', 'Groupe', 'Group', { reportsTo: 'jc' });

describe('applyProposedChangesToBody: one case per change type', () => {
	it('no change', () => {
		const r = applyProposedChangesToBody(base());
		expect(r).toMatchObject({ changed: false, phasedOut: false, kindChanged: false, reportsToChanged: false, otherChanges: [] });
		expect(r.body).toEqual(r.original);
	});

	it('phase-out: kept, flagged, with its condition', () => {
		const condition = { fr: 'après son rapport', en: 'after its report' };
		const r = applyProposedChangesToBody({ ...base(), proposedChanges: [{ type: 'phase-out', measure: 'm1', condition }] });
		expect(r).toMatchObject({ changed: true, phasedOut: true, phaseOutCondition: condition, kindChanged: false, reportsToChanged: false });
		expect(r.body.reportsTo).toBe('jc');
	});

	it('convert-to-community-of-practice: kind changes', () => {
		const r = applyProposedChangesToBody({ ...base(), proposedChanges: [{ type: 'convert-to-community-of-practice', measure: 'm1' }] });
		expect(r).toMatchObject({ changed: true, kindChanged: true, phasedOut: false });
		expect(r.body.kind).toBe('community-of-practice');
		expect(r.original.kind).toBe('working-group');
	});

	it('report-to: reportsTo becomes the target', () => {
		const r = applyProposedChangesToBody({ ...base(), proposedChanges: [{ type: 'report-to', measure: 'm1', target: 'council' }] });
		expect(r).toMatchObject({ changed: true, reportsToChanged: true, otherChanges: [] });
		expect(r.body.reportsTo).toBe('council');
		expect(r.original.reportsTo).toBe('jc');
	});

	it('report-to without a target (or to itself): changed, no structural change', () => {
		for (const target of [undefined, 'wg']) {
			const r = applyProposedChangesToBody({
				...base(),
				proposedChanges: [{ type: 'report-to', measure: 'm1', ...(target ? { target } : {}) }],
			});
			expect(r).toMatchObject({ changed: true, reportsToChanged: false, otherChanges: ['report-to'] });
			expect(r.body.reportsTo).toBe('jc');
		}
	});

	const others = CHANGE_TYPES.filter(
		(t): t is Exclude<ChangeType, 'phase-out' | 'convert-to-community-of-practice' | 'report-to'> =>
			!['phase-out', 'convert-to-community-of-practice', 'report-to'].includes(t),
	);
	it.each(others)('%s: changed, no structural change', (type) => {
		const r = applyProposedChangesToBody({ ...base(), proposedChanges: [{ type, measure: 'm1', target: 'jc' }] });
		expect(r).toMatchObject({ changed: true, phasedOut: false, kindChanged: false, reportsToChanged: false, otherChanges: [type] });
		expect(r.body).toEqual(r.original);
	});

	it('several changes combine; input is not mutated', () => {
		const input = {
			...base(),
			proposedChanges: [
				{ type: 'convert-to-community-of-practice' as const, measure: 'm1' },
				{ type: 'report-to' as const, measure: 'm2', target: 'council' },
				{ type: 'review-mandate' as const, measure: 'm3' },
			],
		};
		const copy = structuredClone(input);
		const r = applyProposedChangesToBody(input);
		expect(r).toMatchObject({ kindChanged: true, reportsToChanged: true, otherChanges: ['review-mandate'] });
		expect(input).toEqual(copy);
		expect(applyProposedChanges([input, base()]).map((x) => x.changed)).toEqual([true, false]);
	});
});

describe('proposedOrgChart marks every change with a class and a text marker', () => {
	const bodies = fixtureBodies();
	const find = (id: string) => bodies.find((b) => b.id === id)!;
	find('wg-alpha').proposedChanges = [{ type: 'phase-out', measure: 'm1', condition: { fr: 'après X', en: 'after X' } }];
	find('sub-beta').proposedChanges = [{ type: 'convert-to-community-of-practice', measure: 'm2' }];
	find('institute-gamma').proposedChanges = [{ type: 'report-to', measure: 'm3', target: 'council-north' }];
	find('table-delta').proposedChanges = [{ type: 'clarify-relationship', measure: 'm4', target: 'jc' }];

	for (const lang of ['fr', 'en'] as const) {
		const spec = proposedOrgChart(bodies, lang);
		const p = parseSource(spec.source);
		const t = lang === 'fr'
			? { alpha: 'Groupe Alpha', beta: 'Sous-comité Bêta', gamma: 'Institut Gamma', delta: 'Table Delta', north: 'Conseil du Nord', change: '▲ changement proposé', out: '✕ Dissolution proposée', cop: '▲ deviendrait : Communauté de pratique' }
			: { alpha: 'Alpha Group', beta: 'Beta Subcommittee', gamma: 'Gamma Institute', delta: 'Delta Table', north: 'North Council', change: '▲ proposed change', out: '✕ Proposed phase-out', cop: '▲ would become: Community of practice' };

		it(`${lang}: phase-out → node kept, class phased-out, text marker, its edges dashed`, () => {
			const n = nodeByLabel(p, t.alpha);
			expect(n.label.split('<br/>')).toContain(t.out);
			expect(hasClass(p, n.id, CLASSES.phasedOut)).toBe(true);
			expect(hasClass(p, n.id, CLASSES.changed)).toBe(true);
			const e = p.edges.find((x) => x.from === n.id)!;
			expect(hasClass(p, e.id, CLASSES.edgePhasedOut)).toBe(true);
		});

		it(`${lang}: convert → community-of-practice shape and class, text marker`, () => {
			const n = nodeByLabel(p, t.beta);
			expect(n.open).toBe('{{');
			expect(hasClass(p, n.id, 'kind-community-of-practice')).toBe(true);
			expect(n.label.split('<br/>')).toContain(t.cop);
		});

		it(`${lang}: report-to → new reporting edge with class and label marker; leaves the unstated group`, () => {
			const n = nodeByLabel(p, t.gamma);
			const e = p.edges.find((x) => x.from === n.id && hasClass(p, x.id, CLASSES.edgeReportsTo))!;
			expect(e.to).toBe(nodeByLabel(p, t.north).id);
			expect(hasClass(p, e.id, CLASSES.edgeChanged)).toBe(true);
			expect(e.label).toBe(t.change);
			expect(n.label.split('<br/>')).toContain(t.change);
			expect(p.subgraphs[0]!.members).toEqual([nodeByLabel(p, t.delta).id]);
		});

		it(`${lang}: other change types → marked changed, structure unchanged`, () => {
			const n = nodeByLabel(p, t.delta);
			expect(hasClass(p, n.id, CLASSES.changed)).toBe(true);
			expect(n.label.split('<br/>')).toContain(t.change);
		});

		it(`${lang}: unchanged bodies carry no marker; outline notes say what changes`, () => {
			const north = nodeByLabel(p, t.north);
			expect(north.label).toBe(t.north);
			expect(hasClass(p, north.id, CLASSES.changed)).toBe(false);
			const all = (nodes: typeof spec.outline): typeof spec.outline => nodes.flatMap((o) => [o, ...all(o.children)]);
			const gamma = all(spec.outline).find((o) => o.id === 'institute-gamma' && o.changed)!;
			expect(gamma.note).toContain(t.north);
			const alpha = all(spec.outline).find((o) => o.id === 'wg-alpha')!;
			expect(alpha.note).toContain('X');
			expect(spec.description).toContain('4');
		});
	}
});
