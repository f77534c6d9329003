// The typography rules, on strings and on trees (languages by `lang`
// attribute, code and scripts left as written).
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { typeset, typesetTree } from '../../../src/html/typography.ts';

const NBSP = '\u00a0';

describe('French (Canada)', () => {
	const fr = (s: string) => typeset(s, 'fr');

	it('uses the typographic apostrophe', () => {
		expect(fr("l'Institut d'aujourd'hui")).toBe('l’Institut d’aujourd’hui');
	});

	it('puts a no-break space before a colon, whatever space was typed', () => {
		for (const typed of ['Statut:', 'Statut :', `Statut${NBSP}:`, 'Statut\u202f:', 'Statut  :']) {
			expect(fr(`${typed} actif`)).toBe(`Statut${NBSP}: actif`);
		}
		expect(fr('Sources:')).toBe(`Sources${NBSP}:`);
		// After an inline element, the text node starts with the colon.
		expect(fr(': texte')).toBe(`${NBSP}: texte`);
		expect(fr('« Contexte » :')).toBe(`«${NBSP}Contexte${NBSP}»${NBSP}:`);
	});

	it('leaves colons that are not punctuation alone', () => {
		expect(fr('à 14:30, voir https://example.ca/a:b et 1:2')).toBe('à 14:30, voir https://example.ca/a:b et 1:2');
	});

	it('puts no-break spaces inside guillemets', () => {
		expect(fr('«Modèle logique»')).toBe(`«${NBSP}Modèle logique${NBSP}»`);
		expect(fr('« Modèle logique »')).toBe(`«${NBSP}Modèle logique${NBSP}»`);
	});

	it("keeps a date's day and month together", () => {
		expect(fr('la réunion du 27 février 2020')).toBe(`la réunion du 27${NBSP}février 2020`);
		expect(fr('le 1er décembre 2026')).toBe(`le 1er${NBSP}décembre 2026`);
		// Not a month: a number before another word, or a month name inside a word.
		expect(fr('les 16 changements, 3 maisons')).toBe('les 16 changements, 3 maisons');
	});

	it('puts no space before a semicolon, a question mark or an exclamation mark', () => {
		expect(fr('actif ; dissous ? oui !')).toBe('actif; dissous? oui!');
		expect(fr(`actif${NBSP}; dissous\u202f?`)).toBe('actif; dissous?');
	});

	it('is idempotent', () => {
		const once = fr("« Statut » : l'organe ; actif ?");
		expect(fr(once)).toBe(once);
	});
});

describe('English', () => {
	it("keeps a date's month and day together", () => {
		expect(typeset('the meeting of February 27, 2020', 'en')).toBe('the meeting of February\u00a027, 2020');
		// Not a date: a month name with no day after it, or inside a word.
		expect(typeset('in May 2020, Mayor 12', 'en')).toBe('in May 2020, Mayor 12');
	});

	it('sets apostrophes and quotation marks, and leaves spacing as written', () => {
		expect(typeset(`Status: active; the JC's role ? "Quick wins" and 'asides'`, 'en')).toBe('Status: active; the JC’s role ? “Quick wins” and ‘asides’');
		// A quotation split by a link: the closing mark starts the next text node.
		expect(typeset('" and the rest', 'en')).toBe('” and the rest');
		expect(typeset('(see "this")', 'en')).toBe('(see “this”)');
		expect(typeset("the councils' role", 'en')).toBe('the councils’ role');
		// After an abbreviation or a link the next text node starts with the apostrophe or the closing mark.
		expect(typeset("'s intergovernmental platform", 'en')).toBe('’s intergovernmental platform');
		expect(typeset('", and more', 'en')).toBe('”, and more');
	});

	it('is idempotent', () => {
		const once = typeset(`"It's" 'x'`, 'en');
		expect(typeset(once, 'en')).toBe(once);
	});
});

describe('typesetTree', () => {
	const run = (html: string, lang: 'fr' | 'en') => {
		const tree = fromHtml(html, { fragment: true }) as Root;
		typesetTree(tree, lang);
		return toHtml(tree);
	};

	it('follows lang attributes, sets prose attributes, and never touches code, scripts, styles, URLs or other attributes', () => {
		const out = run(
			`<p title="a : b" data-x="a : b">Statut : <a href="/x?a=1:2" lang="en" title="the JC's">Status : here</a> ; <code>a : b</code></p><script>var a = 'x' ;</script><style>a{b:c}</style>`,
			'fr',
		);
		expect(out).toBe(
			`<p title="a${NBSP}: b" data-x="a : b">Statut${NBSP}: <a href="/x?a=1:2" lang="en" title="the JC’s">Status : here</a>; <code>a : b</code></p><script>var a = 'x' ;</script><style>a{b:c}</style>`,
		);
		expect(run(`<meta name="description" content="l'ISAC : rôle"><meta name="robots" content="a : b"><img alt="l'ISAC" src="a:b">`, 'fr')).toBe(
			`<meta name="description" content="l’ISAC${NBSP}: rôle"><meta name="robots" content="a : b"><img alt="l’ISAC" src="a:b">`,
		);
		expect(run('<p lang="fr">Statut : actif</p><p>Status : active</p>', 'en')).toBe(`<p lang="fr">Statut${NBSP}: actif</p><p>Status : active</p>`);
	});
});
