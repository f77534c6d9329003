/**
 * What a council member sees, measured in Chromium on the site built at `/`,
 * both languages: the menu in one row at 1280 and folded on a phone (working
 * without JavaScript), the page heading high on a phone, the priorities above
 * the fold of the home page, charts drawn at a legible size, the register as
 * stacked cards on a phone whose filters work at every width (and without
 * JavaScript, as lists), the decision sought within two screens, « On this
 * page » shown at desktop widths, legends on every chart, the footer's links,
 * the structure chart printed landscape, and axe's contrast rules in the
 * dark scheme.
 */
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { useBrowserSite, useBrowserSites } from '../support/browser.ts';
import { failIfAny } from '../support/report.ts';
import { targets } from '../support/targets.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../..'));
const routes = buildRoutes(set);
const site = targets.root;
const pathOf = (key: string, lang: Lang) => `${site.base}${routes.find((r) => r.key === key && r.lang === lang)!.path}`;
const viewKey = (view: string) => `page:${set.pages.find((p) => p.data.view === view)!.data.translationKey}`;
/** The pages a reader reaches first, and the longest ones. */
const MAIN = (lang: Lang) => [
	pathOf(viewKey('home'), lang),
	pathOf(viewKey('governance'), lang),
	pathOf(viewKey('measures'), lang),
	pathOf(viewKey('operating-framework'), lang),
	pathOf(`document:${set.documents[0]!.data.id}`, lang),
	pathOf(`body:${set.bodies[0]!.data.id}`, lang),
];

const harness = useBrowserSite(site);
const [noJs] = useBrowserSites([site], { javaScriptEnabled: false });
const [dark] = useBrowserSites([site], { colorScheme: 'dark' });

describe.concurrent('reading on a laptop and on a phone', () => {
	for (const lang of LANGS) {
		test(`${lang}: at 1280 the menu is one row of at most six entries; at 320 it folds and the heading starts within 300 px`, async () => {
			await harness.withPage(async (tab) => {
				const problems: string[] = [];
				for (const path of MAIN(lang)) {
					await tab.setViewportSize({ width: 1280, height: 800 });
					await tab.goto(harness.url(path), { waitUntil: 'load' });
					const tops = await tab.$$eval('.main-nav a', (as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
					if (tops.length > 6) problems.push(`${path}: ${tops.length} menu entries`);
					if (new Set(tops).size !== 1) problems.push(`${path}: menu on ${new Set(tops).size} rows at 1280`);
					await tab.setViewportSize({ width: 320, height: 640 });
					const h1 = await tab.$eval('h1', (h) => h.getBoundingClientRect().top + window.scrollY);
					if (h1 > 300) problems.push(`${path}: h1 at ${Math.round(h1)} px at 320`);
					if (await tab.isVisible('.main-nav a')) problems.push(`${path}: menu not folded at 320`);
				}
				failIfAny(problems, `${lang} layout`);
			});
		});

		test(`${lang}: the phone menu opens without JavaScript and reaches every section`, async () => {
			const tab = await noJs!.newPage();
			try {
				await tab.setViewportSize({ width: 320, height: 640 });
				await tab.goto(noJs!.url(pathOf(viewKey('home'), lang)), { waitUntil: 'load' });
				await tab.click('.menu > summary');
				const links = await tab.$$eval('.main-nav a', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.textContent?.trim()));
				expect(links).toEqual([ui(lang).home, ...set.sections.map((s) => s.data.title[lang])]);
			} finally {
				await tab.close();
			}
		});

		test(`${lang}: on the home page at 1280×800 the priorities are visible without scrolling`, async () => {
			await harness.withPage(async (tab) => {
				await tab.setViewportSize({ width: 1280, height: 800 });
				await tab.goto(harness.url(pathOf(viewKey('home'), lang)), { waitUntil: 'load' });
				const bottoms = await tab.$$eval('#home-priorities, .priorities h3', (els) => els.map((e) => e.getBoundingClientRect().bottom));
				expect(bottoms.length).toBe(1 + set.priorities.length);
				for (const b of bottoms) expect(b).toBeLessThanOrEqual(800);
			});
		});

		test(`${lang}: chart text is drawn at 12 px or more at 1280 and 10 px or more at 320`, async () => {
			await harness.withPage(async (tab) => {
				const problems: string[] = [];
				for (const path of [pathOf(viewKey('governance'), lang), pathOf(`body:${set.bodies[0]!.data.id}`, lang)]) {
					for (const [width, min] of [
						[1280, 12],
						[320, 10],
					] as const) {
						await tab.setViewportSize({ width, height: 800 });
						await tab.goto(harness.url(path), { waitUntil: 'load' });
						const sizes = await tab.$$eval('.jc-diagram__graphic svg', (svgs) =>
							svgs.map((svg) => {
								const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
								const text = svg.querySelector('text');
								return text ? Number.parseFloat(getComputedStyle(text).fontSize) * scale : Infinity;
							}),
						);
						if (!sizes.length) problems.push(`${path}: no chart`);
						for (const s of sizes) if (s < min) problems.push(`${path} at ${width}: text at ${s.toFixed(1)} px`);
					}
				}
				failIfAny(problems, `${lang} chart text`);
			});
		});

		test(`${lang}: at 320 the register shows each measure as a card that fits the screen`, async () => {
			await harness.withPage(async (tab) => {
				await tab.setViewportSize({ width: 320, height: 640 });
				await tab.goto(harness.url(pathOf(viewKey('measures'), lang)), { waitUntil: 'load' });
				const rows = await tab.$$eval('tr[data-kind]', (trs) => trs.map((tr) => ({ id: tr.id, right: tr.getBoundingClientRect().right, display: getComputedStyle(tr).display })));
				expect(rows.length).toBe(set.measures.length);
				for (const r of rows) {
					expect(r.display, r.id).toBe('block');
					expect(r.right, r.id).toBeLessThanOrEqual(320);
				}
			});
		});

		test(`${lang}: the register's filters narrow the rows and count them (script on that page only)`, async () => {
			await harness.withPage(async (tab) => {
				await tab.goto(harness.url(pathOf(viewKey('measures'), lang)), { waitUntil: 'load' });
				await tab.waitForSelector('[data-register-filter]:not([hidden])');
				const quickWins = set.measures.filter((m) => m.data.kind === 'quick-win').length;
				await tab.selectOption('select[name="kind"]', 'quick-win');
				expect(await tab.$$eval('tr[data-kind]:not([hidden])', (trs) => trs.length)).toBe(quickWins);
				expect(await tab.textContent('[data-register-count]')).toContain(String(quickWins));
			});
		});

		test(`${lang}: at 320 too, a filter leaves only its rows on screen, and the choice stays in the address`, async () => {
			await harness.withPage(async (tab) => {
				await tab.setViewportSize({ width: 320, height: 640 });
				const register = harness.url(pathOf(viewKey('measures'), lang));
				await tab.goto(register, { waitUntil: 'load' });
				await tab.waitForSelector('[data-register-filter]:not([hidden])');
				const body = set.measures[0]!.data.bodies[0]!;
				const expected = set.measures.filter((m) => m.data.bodies.includes(body)).length;
				await tab.selectOption('select[name="body"]', body);
				// What the reader sees, not the attribute: a card that stays on screen is a failure.
				const shown = () => tab.$$eval('tr[data-kind]', (trs) => trs.filter((tr) => tr.getBoundingClientRect().height > 0).length);
				expect(await shown()).toBe(expected);
				expect(new URL(tab.url()).searchParams.get('body')).toBe(body);
				await tab.goto(`${register}?kind=quick-win`, { waitUntil: 'load' });
				await tab.waitForSelector('[data-register-filter]:not([hidden])');
				expect(await shown()).toBe(set.measures.filter((m) => m.data.kind === 'quick-win').length);
			});
		});

		test(`${lang}: without JavaScript the register lists its measures by type and by status, each linking to its row`, async () => {
			const tab = await noJs!.newPage();
			try {
				await tab.goto(noJs!.url(pathOf(viewKey('measures'), lang)), { waitUntil: 'load' });
				const indexes = await tab.$$eval('details.register-index', (ds) =>
					ds.map((d) => [...d.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href')!, target: Boolean(document.getElementById(a.getAttribute('href')!.slice(1))) }))),
				);
				expect(indexes).toHaveLength(2);
				for (const links of indexes) {
					expect(links.map((l) => l.href.slice(1)).sort()).toEqual(set.measures.map((m) => m.data.id).sort());
					expect(links.every((l) => l.target)).toBe(true);
				}
			} finally {
				await tab.close();
			}
		});

		test(`${lang}: on the home page at 1280×800 the decision sought is within the first two screens`, async () => {
			await harness.withPage(async (tab) => {
				await tab.setViewportSize({ width: 1280, height: 800 });
				await tab.goto(harness.url(pathOf(viewKey('home'), lang)), { waitUntil: 'load' });
				const bottom = await tab.$eval('blockquote.decision', (q) => q.getBoundingClientRect().bottom + window.scrollY);
				expect(bottom).toBeLessThanOrEqual(1600);
			});
		});

		test(`${lang}: at 1280 « On this page » is shown, not folded, on wide pages and beside the content on others`, async () => {
			await harness.withPage(async (tab) => {
				await tab.setViewportSize({ width: 1280, height: 800 });
				for (const path of [pathOf(viewKey('governance'), lang), pathOf(viewKey('measures'), lang), pathOf(viewKey('glossary'), lang), pathOf(viewKey('operating-framework'), lang)]) {
					await tab.goto(harness.url(path), { waitUntil: 'load' });
					expect(await tab.isVisible('.page-rail .toc li a'), path).toBe(true);
				}
				// The glossary's list is its A–Z index.
				await tab.goto(harness.url(pathOf(viewKey('glossary'), lang)), { waitUntil: 'load' });
				const entries = await tab.$$eval('.page-rail .toc li a', (as) => as.map((a) => a.textContent!.trim()));
				const letters = entries.filter((e) => /^\p{Lu}$/u.test(e));
				expect(letters.length).toBeGreaterThanOrEqual(3);
				expect(letters).toEqual([...letters].sort((a, b) => a.localeCompare(b, lang)));
				// Every term is under the letter it starts with.
				const misfiled = await tab.$$eval('.glossary-letter', (sections) =>
					sections.flatMap((s) => {
						const letter = s.querySelector('h2')!.textContent!.trim();
						return [...s.querySelectorAll('dt')].map((dt) => dt.textContent!.trim()).filter((term) => term.normalize('NFD').charAt(0).toUpperCase() !== letter);
					}),
				);
				expect(misfiled).toEqual([]);
			});
		});

		test(`${lang}: a body's chart has a legend of what it draws`, async () => {
			await harness.withPage(async (tab) => {
				await tab.goto(harness.url(pathOf(`body:${set.bodies[0]!.data.id}`, lang)), { waitUntil: 'load' });
				const legend = await tab.$$eval('.jc-legend__list li', (lis) => lis.map((li) => li.textContent!.trim()));
				expect(legend.length).toBeGreaterThan(0);
				const kinds = ui(lang).diagrams.kinds;
				const bodyKinds = new Set(set.bodies.map((b) => b.data.kind));
				// Every kind the legend names is drawn in the chart, and every entry starts with a capital.
				const named = (Object.entries(kinds) as [string, string][]).filter(([k, label]) => bodyKinds.has(k as never) && legend.some((l) => l.toLocaleLowerCase(lang) === label.toLocaleLowerCase(lang)));
				expect(named.length).toBeGreaterThan(0);
				for (const l of legend) expect(l.charAt(0), l).toBe(l.charAt(0).toLocaleUpperCase(lang));
			});
		});

		test(`${lang}: every page's footer links the accessibility statement, the sources, the open data and the feed`, async () => {
			await harness.withPage(async (tab) => {
				for (const path of MAIN(lang)) {
					await tab.goto(harness.url(path), { waitUntil: 'load' });
					const links = await tab.$$eval('.footer-nav a', (as) => as.map((a) => a.getAttribute('href')));
					expect(links, path).toEqual([pathOf('page:accessibility', lang), pathOf(viewKey('documents'), lang), pathOf(viewKey('open-data'), lang), `${site.base}${lang}/atom.xml`]);
				}
			});
		});
	}
});

describe.concurrent('print', () => {
	for (const lang of LANGS) {
		test(`${lang}: printing drops the menu, search, toggle and page navigation, and opens the text versions`, async () => {
			await harness.withPage(async (tab) => {
				await tab.goto(harness.url(pathOf(viewKey('governance'), lang)), { waitUntil: 'load' });
				await tab.emulateMedia({ media: 'print' });
				for (const hidden of ['.nav-bar', '.site-search', '.lang-toggle', '.breadcrumbs', '.page-rail'])
					expect(await tab.isVisible(hidden), hidden).toBe(false);
				// The chart's text version is printed open (on screen it stays a closed disclosure).
				const outline = '.jc-diagram__text .jc-diagram__outline li';
				expect(await tab.isVisible(outline), 'text version in print').toBe(true);
				await tab.emulateMedia({ media: 'screen' });
				expect(await tab.isVisible(outline), 'text version on screen').toBe(false);
			});
		});

		test(`${lang}: the structure chart prints on a landscape page with its legend, its text at 8 pt or more`, async () => {
			await harness.withPage(async (tab) => {
				await tab.goto(harness.url(pathOf(viewKey('governance'), lang)), { waitUntil: 'load' });
				const pdf = await tab.pdf({ preferCSSPageSize: true, format: 'Letter' });
				const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
				const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
				const doc = await task.promise;
				const caption = await tab.$eval('.jc-diagram--wide figcaption', (c) => c.textContent!.trim());
				const legend = ui(lang).legend;
				let found = false;
				for (let n = 1; n <= doc.numPages; n++) {
					const page = await doc.getPage(n);
					const [, , w, h] = page.view as number[];
					const items = ((await page.getTextContent()).items as { str?: string; transform: number[] }[]).filter((i) => i.str?.trim());
					const text = items.map((i) => i.str).join(' ');
					// The caption's words may recur in the text (a heading, the text version); the drawing's page is the landscape one.
					if (!text.includes(caption) || w! <= h!) continue;
					found = true;
					expect(text).toContain(legend);
					const smallest = Math.min(...items.map((i) => Math.hypot(i.transform[2]!, i.transform[3]!)));
					expect(smallest).toBeGreaterThanOrEqual(8);
				}
				expect(found, 'the chart printed on a landscape page').toBe(true);
				await task.destroy();
			});
		});
	}
});

describe.concurrent('dark scheme', () => {
	for (const lang of LANGS) {
		for (const path of MAIN(lang)) {
			test(`${path}: axe finds no contrast problem in the dark scheme`, async () => {
				const tab = await dark!.newPage();
				try {
					await tab.goto(dark!.url(path), { waitUntil: 'load' });
					expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
					expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor), 'a dark background').not.toBe('rgb(255, 255, 255)');
					const results = await new AxeBuilder({ page: tab }).withRules(['color-contrast']).setLegacyMode(true).analyze();
					failIfAny(
						results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`)),
						`${path} in the dark scheme`,
					);
				} finally {
					await tab.close();
				}
			});
		}
	}
});
