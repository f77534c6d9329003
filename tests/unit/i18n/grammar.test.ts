// How each language joins a body's name to the words before it.
import { describe, expect, it } from 'vitest';
import { CHANGE_TYPES } from '../../../src/schemas/bodies.ts';
import { formatDate, LANGS } from '../../../src/i18n/languages.ts';
import { ui } from '../../../src/i18n/ui.ts';

describe('French name forms', () => {
	const g = ui('fr').grammar;
	it('contracts « de » and « à » with the article, and elides before a vowel', () => {
		expect(g.of({ name: 'Conseil de la prestation', article: 'le' })).toBe('du Conseil de la prestation');
		expect(g.of({ name: 'Conseils mixtes', article: 'les' })).toBe('des Conseils mixtes');
		expect(g.of({ name: 'Institut des services', article: "l'" })).toBe('de l’Institut des services');
		expect(g.of({ name: 'Table des SM FPT', article: 'la' })).toBe('de la Table des SM FPT');
		expect(g.to({ name: 'Groupe de travail', article: 'le' })).toBe('au Groupe de travail');
		expect(g.to({ name: 'Table des SM FPT', article: 'la' })).toBe('à la Table des SM FPT');
		expect(g.to({ name: 'Conseils mixtes', article: 'les' })).toBe('aux Conseils mixtes');
		expect(g.to({ name: 'Institut', article: 'l’' })).toBe('à l’Institut');
		expect(g.the({ name: 'Sous-comité', article: 'le' })).toBe('le Sous-comité');
	});
});

describe('English name forms', () => {
	const g = ui('en').grammar;
	it('puts "the" before official names, and nothing before a common noun', () => {
		expect(g.of({ name: 'Joint Councils', article: 'the' })).toBe('of the Joint Councils');
		expect(g.to({ name: 'Joint Councils', article: 'the' })).toBe('to the Joint Councils');
		expect(g.of({ name: 'chief digital officers', article: '' })).toBe('of chief digital officers');
	});
});

/** The changes that name another body (validation requires a target for report-to). */
const TARGETED = new Set(['report-activities-to', 'move-to', 'formalize-relationship', 'review-links', 'encourage-participation']);

describe('proposed changes in words', () => {
	for (const lang of LANGS) {
		it(`${lang}: never end on a preposition or an article, with or without a target`, () => {
			const { labels, grammar } = ui(lang);
			for (const type of CHANGE_TYPES) {
				expect(labels.changes[type]().trim(), type).not.toMatch(/\s(à|de|avec|to|with|of|in|the|le|la|les)$/i);
				for (const article of grammar.articles) {
					const lead = labels.changes[type]({ article });
					// With a target, the words lead into its name: they end on a space or an elided article.
					if (TARGETED.has(type)) expect(lead, `${type} (${article})`).toMatch(/(\s|’)$/);
					else expect(lead, type).toBe(labels.changes[type]());
				}
			}
		});
	}
});

describe('dates in prose', () => {
	it('are in words by Intl, with the first of the month as each language writes it', () => {
		expect(formatDate('2020-02-27', 'fr')).toBe('27 février 2020');
		expect(formatDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
		expect(formatDate('2020-02-27', 'en')).toBe('February 27, 2020');
		expect(formatDate('2026-12-01', 'en')).toBe('December 1, 2026');
	});
});
