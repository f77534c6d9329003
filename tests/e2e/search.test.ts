/**
 * Search in real Chromium, on both builds (at `/` and under `/cm/`). The
 * expected pages come from the content model (bodies, priorities, glossary),
 * never from a list written here: queries in each language return that
 * language's pages only, acronyms find their bodies first, accentless queries
 * find accented words, the type filter narrows, axe passes with results shown,
 * and without JavaScript the page says so and links to the index pages.
 */
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { useBrowserSites, type BrowserSite } from '../support/browser.ts';
import { failIfAny } from '../support/report.ts';
import type { Lang } from '../support/site.ts';
import { targets } from '../support/targets.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../..'));
const routes = buildRoutes(set);
const pathOf = (key: string, lang: Lang) => routes.find((r) => r.key === key && r.lang === lang)!.path;
const searchPath = (lang: Lang) => pathOf('page:' + set.pages.find((p) => p.data.view === 'search')!.data.translationKey, lang);
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const [root, sub] = useBrowserSites([targets.root, targets.subpath]);
const harnesses = [root!, sub!];

interface Result {
	href: string;
	type: string;
}

async function readResults(page: Page): Promise<{ status: string; results: Result[] }> {
	await page.waitForFunction(
		() => {
			const s = document.getElementById('search-status')?.textContent ?? '';
			return s !== '' && !s.endsWith('…');
		},
		null,
		{ timeout: 30_000 },
	);
	const status = (await page.textContent('#search-status')) ?? '';
	const results = await page.$$eval('#search-results > li', (items) =>
		items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', type: li.querySelector('.badge')?.textContent ?? '' })),
	);
	return { status, results };
}

/** A search from the URL, as a reader arriving from the header's search box: a fresh page load. */
async function searchFromUrl(page: Page, base: string, lang: Lang, query: string, type = ''): Promise<{ status: string; results: Result[] }> {
	const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
	await page.goto(`${base}${searchPath(lang)}?${params}`);
	return readResults(page);
}

/**
 * Searches typed into one open search page per site and language, one at a time,
 * as a reader searching again: Pagefind loads once, not once per query.
 */
const sessions = new Map<string, { page: Promise<Page>; queue: Promise<unknown> }>();
function search(harness: BrowserSite, lang: Lang, query: string, type = '', { all = false } = {}): Promise<{ status: string; results: Result[] }> {
	const key = `${harness.site.label}|${lang}`;
	let session = sessions.get(key);
	if (!session) {
		const page = harness.newPage().then(async (p) => {
			await p.goto(harness.url(`${harness.site.base}${searchPath(lang)}`));
			return p;
		});
		session = { page, queue: page };
		sessions.set(key, session);
	}
	const run = session.queue.then(async () => {
		const page = await session.page;
		await page.evaluate(
			([q, t]) => {
				const form = document.getElementById('search-form') as HTMLFormElement;
				for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === t;
				document.getElementById('search-status')!.textContent = '';
				(document.getElementById('search-q') as HTMLInputElement).value = q!;
				form.requestSubmit();
			},
			[query, type],
		);
		const first = await readResults(page);
		if (!all) return first;
		// Every result: « more » until it hides.
		while (await page.isVisible('#search-more')) {
			const shown = await page.$$eval('#search-results > li', (l) => l.length);
			await page.click('#search-more');
			await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
		}
		return readResults(page);
	});
	session.queue = run.catch(() => undefined);
	return run;
}

const bodiesWithAcronyms = set.bodies.map((b) => b.data).filter((b) => b.acronym);
/** Acronyms that name a body: the bodies' own, and glossary acronyms linked to a body (RGPD/GDPR → its working group). */
const acronymQueries = [
	...bodiesWithAcronyms.map((b) => ({ acronym: b.acronym!, id: b.id })),
	...set.glossary.map((g) => g.data).filter((g) => g.acronym && g.body).map((g) => ({ acronym: g.acronym!, id: g.body! })),
];

for (const harness of harnesses) {
	const base = harness.site.base;
	describe.concurrent(`search (${harness.site.label})`, () => {
		for (const lang of ['fr', 'en'] as const) {
			test.each([...new Map(acronymQueries.map((q) => [`${q.acronym[lang]}|${q.id}`, [q.acronym[lang], q.id] as const])).values()])(
				`${lang}: "%s" finds its body first, in ${lang} only`,
				async (acronym, id) => {
					const { results } = await search(harness, lang, acronym);
					expect(results.length, `no result for ${acronym}`).toBeGreaterThan(0);
					expect(results[0]!.href).toBe(`${base}${pathOf(`body:${id}`, lang)}`);
					const foreign = results.filter((r) => !r.href.startsWith(`${base}${lang}/`));
					expect(foreign, 'results from the other language').toEqual([]);
				},
			);

			// The other language's acronym finds the same body (ICCS on the French site, ISAC on the English one).
			const other = lang === 'fr' ? 'en' : 'fr';
			test.each(bodiesWithAcronyms.filter((b) => b.acronym![other] !== b.acronym![lang] && /^[A-Z]{2,}$/.test(b.acronym![other])).map((b) => [b.acronym![other], b.id] as const))(
				`${lang}: the ${other} acronym "%s" finds its body first`,
				async (acronym, id) => {
					const { results } = await search(harness, lang, acronym);
					expect(results[0]?.href, `${acronym} on the ${lang} site`).toBe(`${base}${pathOf(`body:${id}`, lang)}`);
				},
			);

			test(`${lang}: the register ranks first for the quick wins`, async () => {
				const register = `${base}${pathOf('page:' + set.pages.find((p) => p.data.view === 'measures')!.data.translationKey, lang)}`;
				const { results } = await search(harness, lang, ui(lang).labels.measureKinds['quick-win']);
				expect(results[0]?.href).toBe(register);
			});

			test.each(set.priorities.map((p) => p.data))(`${lang}: accentless "$name.${lang}" finds its priority`, async (p) => {
				const { results } = await search(harness, lang, fold(p.name[lang]));
				const hrefs = results.slice(0, 3).map((r) => r.href);
				expect(hrefs).toContain(`${base}${pathOf(`priority:${p.id}`, lang)}`);
			});

			test.each(set.glossary.map((g) => g.data).filter((g) => !g.body))(`${lang}: glossary term "$term.${lang}" finds the glossary`, async (g) => {
				const glossary = `${base}${pathOf('page:' + set.pages.find((p) => p.data.view === 'glossary')!.data.translationKey, lang)}`;
				const { results } = await search(harness, lang, g.term[lang], '', { all: true });
				expect(results.map((r) => r.href)).toContain(glossary);
			});

			test(`${lang}: beyond the first 20 results, « more » shows the next ones and moves the focus to the first of them`, async () => {
				await harness.withPage(async (page) => {
					// The commonest word of the bodies' names has more than 20 results.
					const { status, results } = await searchFromUrl(page, harness.url(base), lang, ui(lang).labels.bodyKinds['working-group'].singular);
					const total = Number(/\d+/.exec(status)![0]);
					expect(total).toBeGreaterThan(20);
					expect(results).toHaveLength(20);
					await page.click('#search-more');
					await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, 20);
					const after = await page.$$eval('#search-results > li', (l) => l.length);
					expect(after).toBe(Math.min(total, 40));
					expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[20])).toBe(true);
					expect(await page.isHidden('#search-more')).toBe(total <= 40);
				});
			});

			test(`${lang}: the type filter narrows the results to that type`, async () => {
				const jc = set.bodies.find((b) => b.data.kind === 'joint-councils')!.data;
				const bodyType = ui(lang).labels.searchTypes.body;
				const all = await search(harness, lang, jc.name[lang]);
				const bodies = await search(harness, lang, jc.name[lang], bodyType);
				expect(bodies.results.length).toBeGreaterThan(0);
				expect(bodies.results.length).toBeLessThan(all.results.length);
				expect(bodies.results.every((r) => r.type === bodyType)).toBe(true);
				await harness.withPage(async (page) => {
					// Arriving with the filter in the URL: the same results, and the radio button reflects it.
					const fromUrl = await searchFromUrl(page, harness.url(base), lang, jc.name[lang], bodyType);
					expect(fromUrl.results).toEqual(bodies.results);
					expect(await page.isChecked(`input[name="type"][value="${bodyType}"]`)).toBe(true);
				});
			});

			test(`${lang}: the keyboard moves through the results: / focuses the box, ↓ and ↑ move, Esc clears`, async () => {
				await harness.withPage(async (page) => {
					await searchFromUrl(page, harness.url(base), lang, bodiesWithAcronyms[0]!.acronym![lang]);
					await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
					await page.keyboard.press('/');
					expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
					await page.keyboard.press('ArrowDown');
					const first = await page.$eval('#search-results > li h2 a', (a) => a.getAttribute('href'));
					expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
					await page.keyboard.press('ArrowDown');
					await page.keyboard.press('ArrowUp');
					expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
					await page.keyboard.press('ArrowUp');
					expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
					await page.keyboard.press('Escape');
					expect(await page.inputValue('#search-q')).toBe('');
					await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 0);
				});
			});

			test(`${lang}: axe passes with results shown`, async () => {
				await harness.withPage(async (page) => {
					await searchFromUrl(page, harness.url(base), lang, bodiesWithAcronyms[0]!.acronym![lang]);
					const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
					failIfAny(
						results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
						'axe on the search page with results',
					);
				});
			});
		}
	});
}

describe('search without JavaScript', () => {
	for (const lang of ['fr', 'en'] as const) {
		test(`${lang}: says so plainly and links to the index pages`, async () => {
			const context = await root!.browser.newContext({ javaScriptEnabled: false });
			try {
				const page = await context.newPage();
				await page.goto(root!.url(`/${searchPath(lang)}?q=x`));
				expect(await page.textContent('main')).toContain('JavaScript');
				// A link to the bodies index is among them.
				const bodies = `/${pathOf('page:' + set.pages.find((p) => p.data.view === 'bodies')!.data.translationKey, lang)}`;
				expect(await page.$(`main a[href="${bodies}"]`)).not.toBeNull();
			} finally {
				await context.close();
			}
		});
	}
});
