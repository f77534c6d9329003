// The strategy over time, end to end: the valid fixture with recorded
// meetings, a decision and events (tests/fixtures/history-records) is built,
// and every view derived from the records shows them in both languages: the
// register, the measure's page and timeline, the meeting pages with the
// structure as of their date and the comparison, What changed, the Atom
// feeds and the open data. Expected words come from the dictionaries and the
// fixture, never from a copy of the output.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, formatDate, upperFirst, type Lang } from '../../src/i18n/languages.ts';
import { ui } from '../../src/i18n/ui.ts';
import { contentFiles } from '../../src/model/collections.ts';
import { deriveHistory } from '../../src/model/history.ts';
import { loadContent } from '../../src/model/load-content.ts';
import { buildRoutes } from '../../src/model/routes.ts';
import { DATASET_SCHEMAS } from '../../src/open-data/schemas.ts';
import { VALID_FIXTURE } from '../unit/content/fixture.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const RECORDS = resolve(import.meta.dirname, '../fixtures/history-records');
const root = mkdtempSync(join(tmpdir(), 'jc-history-'));
const contentDir = join(root, 'content');
const out = join(root, 'out');
afterAll(() => rmSync(root, { recursive: true, force: true }));

cpSync(VALID_FIXTURE, contentDir, { recursive: true });
cpSync(RECORDS, contentDir, { recursive: true });
const { set, issues } = loadContent(root, contentFiles(contentDir));
const routes = buildRoutes(set);
const { history } = deriveHistory(set);
const pathOf = (key: string, lang: Lang) => routes.find((r) => r.key === key && r.lang === lang)!.path;
const html = (path: string): HTMLElement => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').replace(/\u00a0|\u202f/g, ' ');
const viewPath = (view: string, lang: Lang) => {
	const page = set.pages.find((p) => p.lang === lang && p.data.view === view)!;
	return pathOf(`page:${page.data.translationKey}`, lang);
};

beforeAll(() => {
	expect(issues).toEqual([]);
	// The content committed long before the records: only a major change moves a page's date modified.
	const gitEnv = { ...process.env, GIT_AUTHOR_DATE: '2020-01-01T12:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T12:00:00Z' };
	for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'content']])
		spawnSync('git', args, { cwd: contentDir, env: gitEnv });
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(root, 'cache'), DIAGRAMS_RENDER: 'client', BRIEFING_BOOK: 'off' },
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}${r.stderr}`);
}, 300_000);

describe.each(LANGS)('records shown in %s', (lang) => {
	const t = ui(lang);
	const measure = history.measure('measure-a');

	it('the register shows the measure’s current status and the date of its last change', () => {
		const row = html(viewPath('measures', lang)).querySelector('tr#measure-a')!;
		expect(row.getAttribute('data-status')).toBe('completed');
		expect(text(row)).toContain(t.labels.measureStatuses.completed);
		expect(text(row)).toContain(formatDate('2021-01-15', lang));
		expect(text(row)).not.toContain(t.noDecision);
	});

	it('the measure’s page has its timeline: the proposal, the decision, then each event', () => {
		const page = html(pathOf('measure:measure-a', lang));
		const steps = page.querySelectorAll('.timeline__step');
		expect(steps).toHaveLength(measure.steps.length);
		expect(text(steps[1]!)).toContain(t.labels.decisionOutcomes['approved-with-changes']);
		expect(text(steps[1]!)).toContain(set.meetings[0]!.data.title[lang]);
		expect(text(steps[1]!)).toContain(set.decisions[0]!.data.note![lang]);
		expect(text(steps[3]!)).toContain(t.labels.measureStatuses.completed);
	});

	it('a major change moves the date modified of the pages that show it; a minor one does not', () => {
		const modified = (path: string) => html(path).querySelector('.date-modified time')?.getAttribute('datetime');
		// measure-a: decided 2020-02-27, in progress 2020-06-01 (major), completed 2021-01-15 (minor).
		expect(modified(pathOf('measure:measure-a', lang))).toBe('2020-06-01');
		expect(modified(pathOf('body:group-a', lang))).toBe('2021-02-01');
		expect(modified(viewPath('changes', lang))).toBe(history.majorChanges[0]!.date);
		// A page no record concerns keeps the date of its last commit.
		expect(modified(pathOf('priority:priority-a', lang))).toBe('2020-01-01');
	});

	it('the meeting page lists the decision taken there', () => {
		const page = html(pathOf('meeting:meeting-a', lang));
		expect(text(page.querySelector('.decision-list'))).toContain(set.measures[0]!.data.title[lang]);
		expect(text(page.querySelector('.decision-list'))).toContain(upperFirst(t.labels.decisionOutcomes['approved-with-changes'], lang));
	});

	it('the later meeting draws the structure of its date and lists what changed since the first', () => {
		const first = html(pathOf('meeting:meeting-a', lang));
		const later = html(pathOf('meeting:meeting-b', lang));
		const groupA = set.bodies.find((b) => b.data.id === 'group-a')!.data.name[lang];
		// Client-rendered charts keep their Mermaid source: group A is drawn on the first date only (dissolved 2021-02-01).
		expect(text(first.querySelector('pre.mermaid'))).toContain(groupA);
		expect(text(later.querySelector('pre.mermaid'))).not.toContain(groupA);
		const comparison = text(later.querySelector('.comparison'));
		expect(comparison).toContain(t.comparisonRemoved);
		expect(comparison).toContain(groupA);
		expect(comparison).toContain(t.comparisonMoved);
		expect(first.querySelector('.comparison')).toBeNull();
	});

	it('What changed lists the major changes, newest first, and not the minor one', () => {
		const page = html(viewPath('changes', lang));
		const dates = page.querySelectorAll('.change time').map((e) => e.getAttribute('datetime'));
		expect(dates).toEqual(history.majorChanges.map((c) => c.date));
		expect(dates).toEqual([...dates].sort().reverse());
		expect(page.querySelector('#change-measure-a-completed')).toBeNull();
		expect(page.querySelector('#change-group-a-dissolved')).not.toBeNull();
	});

	it('the Atom feed holds the same entries, each linking to a page that was built', () => {
		const xml = readFileSync(join(out, lang, 'atom.xml'), 'utf8');
		const feed = parse(xml, { parseNoneClosedTags: true } as never);
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
		for (const tag of ['id', 'title', 'updated', 'author']) expect(feed.querySelector(`feed > ${tag}`), tag).not.toBeNull();
		const entries = feed.querySelectorAll('entry');
		expect(entries).toHaveLength(history.majorChanges.length);
		for (const entry of entries) {
			for (const tag of ['id', 'title', 'updated', 'summary']) expect(entry.querySelector(tag), tag).not.toBeNull();
			expect(entry.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
			const link = new URL(entry.querySelector('link')!.getAttribute('href')!);
			expect(existsSync(join(out, link.pathname, 'index.html')), link.pathname).toBe(true);
		}
		// Every page of the language links the feed.
		expect(html(pathOf('measure:measure-a', lang)).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(`/${lang}/atom.xml`);
	});
});

describe('open data', () => {
	for (const name of Object.keys(DATASET_SCHEMAS) as (keyof typeof DATASET_SCHEMAS)[]) {
		it(`${name}.json matches its schema, with both languages’ labels; ${name}.csv has one row per record`, () => {
			const json = JSON.parse(readFileSync(join(out, 'data', `${name}.json`), 'utf8'));
			const parsed = DATASET_SCHEMAS[name].safeParse(json);
			expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
			const schema = JSON.parse(readFileSync(join(out, 'data', `${name}.schema.json`), 'utf8'));
			expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
			expect(json.$schema).toBe(schema.$id);
			const csv = readFileSync(join(out, 'data', `${name}.csv`), 'utf8');
			const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
			for (const lang of LANGS) expect(header.some((h) => h.endsWith(`_${lang}`))).toBe(true);
			expect(csv.trimEnd().split('\r\n')).toHaveLength(json.records.length + 1);
		});
	}

	it('the measure’s record carries its status and its history', () => {
		const { records } = JSON.parse(readFileSync(join(out, 'data/measures.json'), 'utf8'));
		const record = records.find((r: { id: string }) => r.id === 'measure-a');
		expect(record.status).toBe('completed');
		expect(record.history.map((s: { status: string }) => s.status)).toEqual(history.measure('measure-a').steps.map((s) => s.status));
		for (const lang of LANGS) expect(record.statusLabel[lang]).toBe(ui(lang).labels.measureStatuses.completed);
	});

	it('the bodies’ records give the structure as of the latest record', () => {
		const { records } = JSON.parse(readFileSync(join(out, 'data/bodies.json'), 'utf8'));
		expect(records.find((r: { id: string }) => r.id === 'group-a')).toMatchObject({ exists: false, dissolved: true });
		expect(records.find((r: { id: string }) => r.id === 'group-b')).toMatchObject({ reportsTo: 'top', reportsToBasis: 'stated' });
	});
});
