import { describe, expect, it } from 'vitest';
import { expandAbbreviationsInHtml } from '../../../src/html/abbreviations.ts';

const abbrs = [
	{ short: 'CM', long: 'Conseils mixtes' },
	{ short: 'SM FPT', long: 'Table des sous-ministres FPT' },
	{ short: 'FPT', long: 'fédéral-provincial-territorial' },
];
const page = (main: string) => `<!doctype html><html><head><title>CM</title></head><body><header>CM</header><main id="m">${main}</main></body></html>`;

describe('expandAbbreviationsInHtml', () => {
	it('expands only the first use inside <main>', () => {
		const out = expandAbbreviationsInHtml(page('<p>Les CM et les CM.</p>'), abbrs);
		expect(out).toContain('<header>CM</header>');
		expect(out).toContain('<title>CM</title>');
		expect(out.match(/<abbr/g)).toHaveLength(1);
		expect(out).toContain('Les <abbr title="Conseils mixtes">CM</abbr> et les CM.');
	});

	it('matches whole words only, accents included', () => {
		const out = expandAbbreviationsInHtml(page('<p>CMS, ÉCM, CMé et enfin CM.</p>'), abbrs);
		expect(out).toContain('CMS, ÉCM, CMé et enfin <abbr title="Conseils mixtes">CM</abbr>.');
	});

	it('prefers the longer acronym and still expands the shorter one elsewhere', () => {
		const out = expandAbbreviationsInHtml(page('<p>La Table des SM FPT.</p><p>Un cadre FPT.</p>'), abbrs);
		expect(out).toContain('<abbr title="Table des sous-ministres FPT">SM FPT</abbr>');
		expect(out).toContain('Un cadre <abbr title="fédéral-provincial-territorial">FPT</abbr>.');
	});

	it('skips code, existing abbr and elements marked data-no-abbr', () => {
		const out = expandAbbreviationsInHtml(
			page('<code>CM</code><abbr title="x">CM</abbr><p data-no-abbr>CM</p><p>CM</p>'),
			abbrs,
		);
		expect(out).toContain('<code>CM</code>');
		expect(out).toMatch(/<p data-no-abbr(="")?>CM<\/p>/);
		expect(out).toContain('<p><abbr title="Conseils mixtes">CM</abbr></p>');
	});

	it('escapes the expansion', () => {
		const out = expandAbbreviationsInHtml(page('<p>XSS</p>'), [{ short: 'XSS', long: '"><script>alert(1)</script>' }]);
		// The quote is escaped, so the expansion cannot leave the attribute and become markup.
		expect(out).not.toMatch(/title=""/);
		expect(out).toMatch(/<abbr title="(&#x22;|&quot;)>[^"]*">XSS<\/abbr>/);
	});
});
