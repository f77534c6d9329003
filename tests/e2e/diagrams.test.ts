/**
 * Charts in the built pages (site at `/`): inline SVG rendered at build time,
 * with every label in the page's language, a generated title and description,
 * and the text version beside it. Expected labels come from the content model.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { upperFirst } from '../../src/i18n/languages.ts';
import { typeset } from '../../src/html/typography.ts';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { LOGIC_LEVELS } from '../../src/schemas/logic-model.ts';
import { ui } from '../../src/i18n/ui.ts';
import type { Lang } from '../support/site.ts';
import { targets } from '../support/targets.ts';

const { set } = loadContent(resolve(import.meta.dirname, '../..'));
const routes = buildRoutes(set);
const bodies = set.bodies.map((b) => b.data);
const viewPath = (view: string, lang: Lang) =>
	routes.find((r) => r.lang === lang && r.key === `page:${set.pages.find((p) => p.data.view === view)!.data.translationKey}`)!.path;
const load = (path: string): HTMLElement => parse(readFileSync(join(targets.root.dir, path, 'index.html'), 'utf8'));
/** Text with all white space removed: SVG labels wrap over several <tspan>s. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/&#x27;|&#39;/g, "'");
/** Text as the built page shows it: set in its language's typography, spaces removed. */
/** A name as a chart's box or a list item shows it: typeset, starting with a capital (« Dirigeants principaux du numérique »). */
const shown = (s: string, lang: Lang) => squash(typeset(upperFirst(s, lang), lang));

function figures(doc: HTMLElement) {
	return doc.querySelectorAll('figure.jc-diagram').map((fig) => {
		const svg = fig.querySelector('svg');
		return {
			svg,
			svgText: squash(svg?.querySelectorAll('text, tspan, span, p').map((t) => t.text).join('') ?? ''),
			caption: fig.querySelector('figcaption')?.text ?? '',
			textVersion: squash(fig.querySelector('details')?.text ?? ''),
		};
	});
}

describe('charts in the built site', () => {
	for (const lang of ['fr', 'en'] as const) {
		const other: Lang = lang === 'fr' ? 'en' : 'fr';

		test(`${lang}: the governance page draws the linked bodies as SVG, labels in ${lang}, and lists the others beside it`, () => {
			const page = load(viewPath('governance', lang));
			const figs = figures(page);
			expect(figs).toHaveLength(1);
			const [fig] = figs;
			expect(fig!.svg, 'an inline <svg> rendered at build time').not.toBeNull();
			expect(fig!.svg!.querySelector('title')?.text.trim()).toBeTruthy();
			expect(fig!.svg!.querySelector('desc')?.text.trim()).toBeTruthy();
			expect(fig!.caption.trim()).toBeTruthy();
			// A screen reader hears the page's word for a chart, not Mermaid's « flowchart-v2 ».
			expect(fig!.svg!.getAttribute('aria-roledescription')).toBe(ui(lang).diagrams.roleDescription);
			const beside = squash(page.querySelector('aside.unlinked')?.text ?? '');
			for (const b of bodies) {
				const name = shown(b.name[lang], lang);
				// Every body is in the drawing or in the list beside it, and in the text version.
				expect(fig!.svgText.includes(name) || beside.includes(name), `${b.id} drawn or listed`).toBe(true);
				expect(fig!.textVersion, `${b.id} in the text version`).toContain(name);
				if (b.name[other] !== b.name[lang]) expect(fig!.svgText).not.toContain(shown(b.name[other], other));
			}
		});

		test(`${lang}: every proposed change has its number on the chart or beside it, and its deck in the list of changes`, () => {
			const page = load(viewPath('governance', lang));
			const [fig] = figures(page);
			const changes = page.querySelectorAll('ol.change-list > li');
			expect(changes.length).toBe(bodies.reduce((n, b) => n + b.proposedChanges.length, 0));
			const beside = squash(page.querySelector('aside.unlinked')?.text ?? '');
			// References are the deck's letter and the change's number within it, in order (A1, A2…, B1…).
			const columns = page.querySelectorAll('.deck-column');
			columns.forEach((column, d) => {
				column.querySelectorAll('ol.change-list > li').forEach((li, i) => {
					const marker = squash(li.querySelector('.change-number')!.text);
					expect(marker.endsWith(`${String.fromCharCode(65 + d)}${i + 1}`), `${marker}: deck ${d + 1}, change ${i + 1}`).toBe(true);
					// Shown on the chart (a marker on its body or its new line) or beside it, as a whole reference.
					const pattern = new RegExp(`${marker.replace(/[▲✕]/u, '[▲✕]')}(?!\\d)`, 'u');
					expect(pattern.test(fig!.svgText) || pattern.test(beside), `${marker} shown`).toBe(true);
				});
			});
		});

		test(`${lang}: each body page shows its neighbourhood`, () => {
			for (const route of routes.filter((r) => r.kind === 'body' && r.lang === lang)) {
				const [fig] = figures(load(route.path));
				const body = bodies.find((b) => b.id === route.entryId)!;
				expect(fig?.svg, `${route.path} has a chart`).not.toBeNull();
				expect(fig!.svgText).toContain(shown(body.name[lang], lang));
				if (body.reportsTo) expect(fig!.svgText).toContain(shown(bodies.find((b) => b.id === body.reportsTo)!.name[lang], lang));
			}
		});

		test(`${lang}: the logic model shows every element in its level's column, levels in order from inputs to the ultimate outcome`, () => {
			const page = load(viewPath('logic-model', lang));
			const columns = page.querySelectorAll('.logic-columns > .logic-level');
			const levels = LOGIC_LEVELS.filter((l) => set.logicModel.some((e) => e.data.level === l));
			expect(columns.map((c) => squash(c.querySelector('.logic-level__title')!.text))).toEqual(levels.map((l) => shown(ui(lang).labels.logicLevels[l], lang)));
			columns.forEach((c, i) => {
				const expected = set.logicModel.map((e) => e.data).filter((e) => e.level === levels[i]).sort((a, b) => a.order - b.order);
				expect(c.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(expected.map((e) => `#${e.id}`));
				expect(squash(c.text)).toContain(shown(expected[0]!.label[lang], lang));
			});
		});
	}
});
