// Route data and the sitemap, from the site model of the valid fixture: what
// the layout shows (breadcrumbs, navigation, alternates, toggle) and what
// search engines get, in every language.
import { bookPath } from '../../../src/book/config.ts';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../../src/i18n/languages.ts';
import { contentFiles } from '../../../src/model/collections.ts';
import { routeData } from '../../../src/model/route-data.ts';
import { createSiteModel, type SiteModel } from '../../../src/model/site-model.ts';
import { sitemapEntries } from '../../../src/model/sitemap.ts';
import { VALID_FIXTURE } from '../content/fixture.ts';

const SITE = 'https://councils.example.ca';
let model: SiteModel;
beforeAll(() => {
	vi.stubEnv('SITE', SITE);
	model = createSiteModel({ root: resolve('.'), files: contentFiles(VALID_FIXTURE), production: true, pageEntries: [] });
});

const route = (key: string, lang: (typeof LANGS)[number]) => model.route(key, lang)!;

describe('routeData', () => {
	it('gives a body page its trail: home, the section, then the page that hosts bodies', () => {
		const fr = routeData(model, route('body:group-a', 'fr'));
		expect(fr.breadcrumbs.map((c) => c.href)).toEqual(['/fr/', '/fr/a-propos/', '/fr/organismes/']);
		expect(fr.breadcrumbs.map((c) => c.label)).toEqual(['Accueil', 'À propos', 'Organismes']);
		expect(fr.title).toContain('Groupe A');
		const en = routeData(model, route('body:group-a', 'en'));
		expect(en.breadcrumbs.map((c) => c.href)).toEqual(['/en/', '/en/about/', '/en/bodies/']);
	});

	it('the home page trail is itself', () => {
		expect(routeData(model, route('page:home', 'en')).breadcrumbs).toEqual([{ label: 'Home', href: '/en/' }]);
	});

	it('lists alternates for every language plus x-default, and one toggle per other language', () => {
		for (const lang of LANGS) {
			const data = routeData(model, route('page:bodies', lang));
			expect(data.alternates.map((a) => a.hreflang)).toEqual([lang, ...LANGS.filter((l) => l !== lang), 'x-default']);
			expect(data.alternates.find((a) => a.hreflang === 'fr')!.href).toBe(`${SITE}/fr/organismes/`);
			expect(data.alternates.at(-1)!.href).toBe(`${SITE}/`);
			expect(data.canonical).toBe(`${SITE}/${route('page:bodies', lang).path}`);
			expect(data.toggles.map((t) => t.lang)).toEqual(LANGS.filter((l) => l !== lang));
		}
		expect(routeData(model, route('page:bodies', 'fr')).toggles).toEqual([{ lang: 'en', href: '/en/bodies/', label: 'English' }]);
		expect(routeData(model, route('page:bodies', 'en')).toggles).toEqual([{ lang: 'fr', href: '/fr/organismes/', label: 'Français' }]);
	});

	it('lists home and the sections in the menu, marking the section of the page, also on an entity page below it', () => {
		expect(routeData(model, route('body:group-a', 'en')).nav).toEqual([
			{ label: 'Home', href: '/en/', current: false },
			{ label: 'About', href: '/en/about/', current: true },
		]);
		expect(routeData(model, route('page:home', 'fr')).nav).toEqual([
			{ label: 'Accueil', href: '/fr/', current: true },
			{ label: 'À propos', href: '/fr/a-propos/', current: false },
		]);
	});

	it('gives a section page its pages, and each page its neighbours in the section', () => {
		const bodies = routeData(model, route('page:bodies', 'en')).section!;
		expect(bodies.pages.map((p) => [p.href, p.current])).toEqual([
			['/en/bodies/', true],
			['/en/measures/', false],
		]);
		expect(bodies.previous).toBeUndefined();
		expect(bodies.next?.href).toBe('/en/measures/');
		expect(routeData(model, route('page:measures', 'en')).section?.previous?.href).toBe('/en/bodies/');
		// An entity page is in its host's section, with no neighbours of its own.
		const entity = routeData(model, route('body:group-a', 'fr')).section!;
		expect(entity.title).toBe('À propos');
		expect(entity.previous ?? entity.next).toBeUndefined();
		expect(routeData(model, route('page:home', 'fr')).section).toBeUndefined();
	});
});

describe('sitemapEntries', () => {
	it('lists the root and every route once, each with every language and x-default', () => {
		const entries = sitemapEntries(model, new URL(SITE));
		expect(entries[0]!.url).toBe(`${SITE}/`);
		// The root, every route, then each language's briefing book.
		expect(entries).toHaveLength(1 + model.routes.length + LANGS.length);
		const urls = entries.map((e) => e.url);
		expect(new Set(urls).size).toBe(urls.length);
		for (const lang of LANGS) expect(urls).toContain(`${SITE}/${bookPath(lang)}`);
		for (const e of entries.slice(1, 1 + model.routes.length)) {
			expect(e.links!.map((l) => l.lang)).toEqual([...LANGS, 'x-default']);
			expect(e.links!.map((l) => l.url)).toContain(e.url);
			expect(e.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect(urls).toContain(`${SITE}/fr/organismes/groupe-a/`);
		expect(urls).toContain(`${SITE}/en/bodies/group-a/`);
	});
});
