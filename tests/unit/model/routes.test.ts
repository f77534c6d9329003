// Routes come from the content: slugs in each language, every page paired.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/model/load-content.ts';
import { buildRoutes } from '../../../src/model/routes.ts';
import { entrySlug } from '../../../src/model/slugs.ts';
import { VALID_FIXTURE } from '../content/fixture.ts';
import { resolve } from 'node:path';
import { contentFiles } from '../../../src/model/collections.ts';

describe('entrySlug', () => {
	it('uses an explicit slug, then the acronym, then the name, without accents', () => {
		const name = { fr: 'Conseil de la prestation', en: 'Service Delivery Council' };
		expect(entrySlug({ name, slug: { fr: 'a', en: 'b' } }, 'en')).toBe('b');
		expect(entrySlug({ name, acronym: { fr: 'CPSSP', en: 'PSSDC' } }, 'fr')).toBe('cpssp');
		expect(entrySlug({ name: { fr: 'Groupe de travail sur l’identité numérique', en: 'x' } }, 'fr')).toBe(
			'groupe-de-travail-sur-lidentité-numérique'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
		);
	});
});

describe('buildRoutes', () => {
	const { set, issues } = loadContent(resolve('.'), contentFiles(VALID_FIXTURE));
	const routes = buildRoutes(set);

	it('loads the fixture cleanly', () => expect(issues).toEqual([]));

	it('gives every route a counterpart in the other language with the same key', () => {
		for (const r of routes) {
			const other = routes.find((o) => o.key === r.key && o.lang !== r.lang);
			expect(other, r.key).toBeDefined();
		}
	});

	it('puts entity pages under their host page, with slugs in each language', () => {
		const fr = routes.find((r) => r.key === 'body:group-a' && r.lang === 'fr')!;
		const en = routes.find((r) => r.key === 'body:group-a' && r.lang === 'en')!;
		expect(fr.path).toBe('fr/organismes/groupe-a/');
		expect(en.path).toBe('en/bodies/group-a/');
		expect(fr.parentKey).toBe('page:bodies');
	});

	it('serves the home pages at /fr/ and /en/', () => {
		expect(routes.filter((r) => r.key === 'page:home').map((r) => r.path).sort()).toEqual(['en/', 'fr/']);
	});
});
