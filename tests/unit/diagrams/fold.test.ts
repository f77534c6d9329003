// Large charts fold like leaves into one box (fold.ts): the governance scale
// fixture (200 synthetic bodies beside the real ones) must draw a legible
// structure chart and body charts, and lose no body from the text version.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLD_MIN, NEIGHBOURHOOD_BOX_LIMIT, STRUCTURE_BOX_LIMIT, foldLeaves } from '../../../src/diagrams/fold.ts';
import { CLASSES, neighbourhoodChart } from '../../../src/diagrams/org-chart.ts';
import { numberChanges, structureChart } from '../../../src/diagrams/structure-chart.ts';
import type { OutlineNode } from '../../../src/diagrams/types.ts';
import { LANGS } from '../../../src/i18n/languages.ts';
import { loadContent } from '../../../src/model/load-content.ts';
import { bodiesOf } from '../../../src/model/relations.ts';
import { bodySchema } from '../../../src/schemas/bodies.ts';
import { syntheticBodies } from '../../fixtures/governance-scale/synthetic-bodies.ts';
import { hasClass, parseSource } from './helpers.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../../..'));
const real = bodiesOf(set);
const scaled = [...real, ...syntheticBodies(200).map((b) => bodySchema.parse(b))];
const changesOf = (bodies: typeof real) =>
	numberChanges(bodies, (m) => set.measures.find((x) => x.data.id === m)!.data.source.document, set.documents.map((d) => d.data.id));
const ids = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);

describe('foldLeaves', () => {
	const leaf = (id: string, key: string, kind: 'working-group' | 'subcommittee' | 'participants' = 'working-group') => ({
		body: bodySchema.parse({ id, kind, article: { fr: 'le', en: 'the' }, name: { fr: id, en: id }, sources: [{ document: 'd', slide: 's' }] }),
		link: key,
		key,
	});
	const leaves = [...['a1', 'a2', 'a3', 'a4'].map((id) => leaf(id, 'A')), ...['b1', 'b2', 'b3'].map((id) => leaf(id, 'B')), leaf('c1', 'C'), leaf('c2', 'C')];

	it('folds nothing while the chart fits', () => {
		expect(foldLeaves(leaves, 10, 10)).toEqual([]);
	});
	it('folds the largest like groups first, only until the chart fits', () => {
		expect(foldLeaves(leaves, 12, 10).map((f) => f.members.map((b) => b.id))).toEqual([['a1', 'a2', 'a3', 'a4']]);
		expect(foldLeaves(leaves, 20, 10).map((f) => f.link)).toEqual(['A', 'B']);
	});
	it(`never folds fewer than ${FOLD_MIN} bodies, nor bodies of different kinds, nor participants`, () => {
		expect(foldLeaves([leaf('x1', 'X'), leaf('x2', 'X'), leaf('y1', 'X', 'subcommittee')], 50, 1)).toEqual([]);
		expect(foldLeaves(['p1', 'p2', 'p3'].map((id) => leaf(id, 'P', 'participants')), 50, 1)).toEqual([]);
	});
});

describe('the structure chart at governance scale', () => {
	it('draws the real structure whole: nothing folds', () => {
		for (const lang of LANGS) expect(structureChart(real, lang, { changes: changesOf(real) }).folds).toEqual([]);
	});

	for (const lang of LANGS) {
		const chart = structureChart(scaled, lang, { changes: changesOf(scaled) });
		const p = parseSource(chart.source);
		const folded = chart.folds.flatMap((f) => f.members);

		it(`${lang}: with 200 more bodies it draws at most ${STRUCTURE_BOX_LIMIT} boxes, grouped bodies in boxes that say how many`, () => {
			expect(p.nodes.size).toBeLessThanOrEqual(STRUCTURE_BOX_LIMIT);
			expect(folded.length).toBeGreaterThanOrEqual(150);
			const boxes = [...(p.classes.get(CLASSES.folded) ?? [])].map((id) => p.nodes.get(id)!.label);
			expect(boxes).toHaveLength(chart.folds.length);
			const words = lang === 'fr' ? /^\d+ (groupes de travail|communautés de pratique)<br\/>\(voir la liste sous le diagramme\)$/ : /^\d+ (working groups|communities of practice)<br\/>\(see the list below the chart\)$/;
			for (const label of boxes) expect(label).toMatch(words);
			expect(chart.description).toContain(lang === 'fr' ? `le diagramme regroupe ${folded.length} organismes en ${chart.folds.length} cases` : `the chart groups ${folded.length} bodies into ${chart.folds.length} boxes`);
		});

		it(`${lang}: each box holds like bodies with one line to the same body, and only leaves with no change or status`, () => {
			for (const f of chart.folds) {
				expect(new Set(f.members.map((b) => b.kind))).toEqual(new Set([f.kind]));
				for (const b of f.members) {
					expect(b.reportsTo === f.link.to.id || b.relationships.some((r) => r.target === f.link.to.id)).toBe(true);
					expect(b.proposedChanges).toEqual([]);
					expect(scaled.some((o) => o.reportsTo === b.id || o.relationships.some((r) => r.target === b.id))).toBe(false);
				}
			}
			// The bodies the decks' proposals change keep their own box.
			for (const b of real.filter((b) => b.proposedChanges.length)) expect(folded).not.toContain(b);
		});

		it(`${lang}: the text version still names every body`, () => {
			const named = new Set(ids(chart.outline));
			for (const b of scaled) expect(named.has(b.id), b.id).toBe(true);
		});
	}
});

describe('a body chart at governance scale', () => {
	it('folds the 18 working groups of a subcommittee into one box, and lists each in its text version', () => {
		const chart = neighbourhoodChart(scaled, 'test-subcommittee-01', 'en');
		const p = parseSource(chart.source);
		expect(p.nodes.size).toBe(3);
		const [box] = [...p.nodes.values()].filter((n) => hasClass(p, n.id, CLASSES.folded));
		expect(box!.label).toBe('18 working groups<br/>(see the list below the chart)');
		expect(p.edges.filter((e) => e.from === box!.id)).toHaveLength(1);
		expect(chart.outline[0]!.children).toHaveLength(19);
		expect(chart.description).toContain('The chart groups 18 bodies by kind');
	});

	it(`keeps every body page's chart within ${NEIGHBOURHOOD_BOX_LIMIT} boxes, and the real ones unfolded`, () => {
		for (const b of scaled) expect(parseSource(neighbourhoodChart(scaled, b.id, 'fr').source).nodes.size, b.id).toBeLessThanOrEqual(NEIGHBOURHOOD_BOX_LIMIT);
		for (const b of real) expect(neighbourhoodChart(real, b.id, 'fr').source).not.toContain(CLASSES.folded);
	});
});
