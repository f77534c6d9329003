// Every language's dictionary has the same keys, and no word is empty.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { ui } from '../../../src/i18n/ui.ts';

function shape(value: unknown): unknown {
	if (typeof value === 'function') return 'function';
	// Lists (a language's articles) differ in length from one language to another.
	if (Array.isArray(value)) return 'list';
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
	return typeof value;
}

describe('dictionaries', () => {
	it('every language has exactly the keys of the first', () => {
		for (const lang of LANGS.slice(1)) expect(shape(ui(lang)), lang).toEqual(shape(ui(LANGS[0])));
	});

	it('no empty word, and French plural rules in the diagrams’ counts', () => {
		const walk = (v: unknown): void => {
			if (typeof v === 'string') expect(v.trim()).not.toBe('');
			else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(walk);
		};
		for (const lang of LANGS) walk(ui(lang));
		const counts = { bodies: 0, reportingLines: 1, inferred: 2, otherRelations: 0, proposedLines: 1, changes: 2, unlinked: 1, folded: 0, folds: 0 };
		// French: 0 and 1 take the singular.
		expect(ui('fr').diagrams.descriptions.structure(counts)).toMatch(/^Le diagramme relie 0 organisme par 1 lien hiérarchique; cette publication a déduit 2 de ces liens\./);
		expect(ui('en').diagrams.descriptions.structure(counts)).toMatch(/^The chart connects 0 bodies through 1 reporting line; this publication inferred 2 of these links\./);
		// A folded chart says so, and where the names are; a fold of one box reads in the singular.
		const folded = { ...counts, folded: 24, folds: 1 };
		expect(ui('fr').diagrams.descriptions.structure(folded)).toContain('Pour rester lisible, le diagramme regroupe 24 organismes en 1 case, une par type d’organisme');
		expect(ui('en').diagrams.descriptions.structure(folded)).toContain('To stay legible, the chart groups 24 bodies into 1 box, one per kind');
		expect(ui('fr').diagrams.descriptions.structure(counts)).not.toContain('regroupe');
	});
});
