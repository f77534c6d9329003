// Cross-entry rules that zod schemas cannot express and Astro does not enforce:
// references, reporting cycles, language parity, unique slugs, measures behind
// proposed changes, drafts linked from published entries.
import { LANGS, nameForMessages } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';
import { DATA_COLLECTION_NAMES, type DataCollection as Collection } from './collections.ts';
import type { ContentIssue, ContentSet, Located } from './content-set.ts';
import { publishable } from './drafts.ts';
import { citationIssues } from './citations.ts';
import { deriveHistory } from './history.ts';
import { isMeasureEvent } from '../schemas/events.ts';
import type { Reference } from '../schemas/common.ts';
import { proseIssues } from './prose-checks.ts';
import { buildRoutes, ENTITY_HOSTS, type Route } from './routes.ts';

/** Longest URL segment accepted: file systems refuse names over 255 bytes. */
export const MAX_SLUG_LENGTH = 100;

type From = { file: string; line?: number; id: string; draft: boolean };

interface Indexed {
	file: string;
	draft: boolean;
}

export interface ValidateOptions {
	/** In production, drafts are left out, so a published entry may not point to one. */
	production: boolean;
	/** YYYY-MM-DD that records may not be later than (default: today). */
	today?: string;
}

export function validateContent(set: ContentSet, options: ValidateOptions & { root?: string }): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const push = (from: { file: string; line?: number }, field: string, message: string) =>
		issues.push({ file: from.file, line: from.line, field, message });

	// Every data collection by id (the loader has refused duplicate ids).
	const index = {} as Record<Collection, Map<string, Indexed>>;
	for (const name of DATA_COLLECTION_NAMES) {
		index[name] = new Map((set[name] as Located<{ id: string; draft: boolean }>[]).map(({ file, data }) => [data.id, { file, draft: data.draft }]));
	}

	/** Checks that `id` exists in `collection`, and is not a draft linked from a published entry. */
	const ref = (from: From, field: string, collection: Collection, id: string | null | undefined) => {
		if (id == null) return;
		const target = index[collection].get(id);
		if (!target) {
			push(from, `${from.id} › ${field}`, `refers to ${collection} "${id}", which does not exist`);
		} else if (options.production && target.draft && !from.draft) {
			push(
				from,
				`${from.id} › ${field}`,
				`published entry "${from.id}" links to draft ${collection} "${id}" (${target.file}); publish both or neither`,
			);
		}
	};

	const slidesByDoc = new Map(set.documents.map(({ data }) => [data.id, new Set(data.slides.map((s) => s.id))]));
	const source = (from: From, field: string, s: { document: string; slide: string }) => {
		const slides = slidesByDoc.get(s.document);
		if (!slides) ref(from, `${field}.document`, 'documents', s.document);
		else if (!slides.has(s.slide)) push(from, `${from.id} › ${field}.slide`, `document "${s.document}" has no slide "${s.slide}"`);
	};
	const sources = (from: From, field: string, list: { document: string; slide: string }[] | undefined) =>
		list?.forEach((s, i) => source(from, `${field}[${i}]`, s));
	/** Slides are checked; records (minutes) are named, not looked up. */
	const references = (from: From, field: string, list: (Reference | { document: string; cover: true })[]) =>
		list.forEach((s, i) => {
			if ('slide' in s) source(from, `${field}[${i}]`, s);
			else if ('cover' in s) ref(from, `${field}[${i}].document`, 'documents', s.document);
		});

	const measuresById = new Map(set.measures.map(({ data }) => [data.id, data]));

	for (const { file, line, data } of set.documents) {
		const from = { file, line, id: data.id, draft: data.draft };
		data.slides.forEach((slide, i) => {
			const field = `${data.id} › slides[${i}].text`;
			if (slide.imageOnly && slide.text.length) push(from, field, `slide "${slide.id}" is marked imageOnly: it has no text of its own`);
			if (!slide.imageOnly && !slide.text.some((b) => !('note' in b)))
				push(from, field, `slide "${slide.id}" needs its own text (or \`imageOnly: true\` when its body was an image)`);
		});
	}

	for (const { file, line, data } of set.bodies) {
		const from = { file, line, id: data.id, draft: data.draft };
		ref(from, 'reportsTo', 'bodies', data.reportsTo);
		if (data.reportsTo === data.id) push(from, `${data.id} › reportsTo`, 'a body cannot report to itself');
		if (data.reportsTo && !data.reportsToSources)
			push(from, `${data.id} › reportsToSources`, 'a reporting line needs the sources that state it');
		if (data.reportsTo && !data.reportsToBasis)
			push(from, `${data.id} › reportsToBasis`, 'say whether a deck states this reporting line ("stated") or the site infers it ("inferred")');
		if (data.reportsToBasis === 'inferred' && !data.reportsToNote)
			push(from, `${data.id} › reportsToNote`, 'an inferred reporting line needs a note saying what it rests on');
		if (!data.reportsTo && (data.reportsToBasis || data.reportsToNote))
			push(from, `${data.id} › reportsToBasis`, 'there is no reporting line (reportsTo is null) to qualify');
		for (const lang of LANGS) {
			const { articles } = ui(lang).grammar;
			if (!articles.includes(data.article[lang].replace('’', "'")))
				push(from, `${data.id} › article.${lang}`, `must be one of ${articles.map((a) => JSON.stringify(a)).join(', ')}: the article ${nameForMessages(lang)} puts before the name`);
		}
		if (data.status && !data.statusSources)
			push(from, `${data.id} › statusSources`, 'a status needs the sources that state it: leave `status` out where the decks do not give one');
		sources(from, 'statusSources', data.statusSources);
		sources(from, 'reportsToSources', data.reportsToSources);
		sources(from, 'sources', data.sources);
		data.relationships.forEach((r, i) => {
			ref(from, `relationships[${i}].target`, 'bodies', r.target);
			if (r.basis === 'inferred' && !r.note)
				push(from, `${data.id} › relationships[${i}].note`, 'an inferred relationship needs a note saying what it rests on');
			sources(from, `relationships[${i}].sources`, r.sources);
		});
		data.mandate.forEach((m, i) => sources(from, `mandate[${i}].sources`, m.sources));
		data.proposedChanges.forEach((c, i) => {
			const field = `proposedChanges[${i}]`;
			ref(from, `${field}.measure`, 'measures', c.measure);
			ref(from, `${field}.target`, 'bodies', c.target);
			const measure = measuresById.get(c.measure);
			if (measure && !measure.bodies.includes(data.id))
				push(from, `${data.id} › ${field}.measure`, `measure "${c.measure}" does not list "${data.id}" among the bodies it affects`);
			if ((c.type === 'report-activities-to' || c.type === 'move-to') && !c.target)
				push(from, `${data.id} › ${field}.target`, `a "${c.type}" change needs the target body`);
		});
	}

	for (const { file, line, data } of set.measures) {
		const from = { file, line, id: data.id, draft: data.draft };
		source(from, 'source', data.source);
		data.bodies.forEach((b, i) => ref(from, `bodies[${i}]`, 'bodies', b));
		data.priorities.forEach((p, i) => ref(from, `priorities[${i}]`, 'priorities', p));
	}
	for (const { file, line, data } of set.priorities) {
		const from = { file, line, id: data.id, draft: data.draft };
		sources(from, 'sources', data.sources);
		data.bodies.forEach((b, i) => ref(from, `bodies[${i}]`, 'bodies', b));
	}
	for (const { file, line, data } of set.findings) sources({ file, line, id: data.id, draft: data.draft }, 'sources', data.sources);
	for (const { file, line, data } of set.logicModel) {
		const from = { file, line, id: data.id, draft: data.draft };
		sources(from, 'sources', data.sources);
		data.leadsTo.forEach((t, i) => ref(from, `leadsTo[${i}]`, 'logicModel', t));
	}
	for (const { file, line, data } of set.operatingFramework) {
		const from = { file, line, id: data.id, draft: data.draft };
		sources(from, 'sources', data.sources);
		data.bodies.forEach((b, i) => ref(from, `bodies[${i}]`, 'bodies', b));
		data.measures.forEach((m, i) => ref(from, `measures[${i}]`, 'measures', m));
	}
	for (const { file, line, data } of set.glossary) {
		const from = { file, line, id: data.id, draft: data.draft };
		sources(from, 'sources', data.sources);
		ref(from, 'body', 'bodies', data.body);
	}

	for (const { file, line, data } of set.meetings) {
		const from = { file, line, id: data.id, draft: data.draft };
		data.documents.forEach((d, i) => ref(from, `documents[${i}]`, 'documents', d));
		references(from, 'sources', data.sources);
	}
	for (const { file, line, data } of set.decisions) {
		const from = { file, line, id: data.id, draft: data.draft };
		ref(from, 'measure', 'measures', data.measure);
		ref(from, 'meeting', 'meetings', data.meeting);
		references(from, 'sources', data.sources);
	}
	for (const { file, line, data } of set.events) {
		const from = { file, line, id: data.id, draft: data.draft };
		if (isMeasureEvent(data)) ref(from, 'measure', 'measures', data.measure);
		else {
			ref(from, 'body', 'bodies', data.body);
			ref(from, 'reportsTo', 'bodies', data.reportsTo);
		}
		ref(from, 'decision', 'decisions', data.decision);
		references(from, 'sources', data.sources);
	}

	// Sections list pages by translation key: each must exist, and sit in one section only.
	const pageKeys = new Map(set.pages.map((p) => [p.data.translationKey, p]));
	const inSection = new Map<string, string>();
	for (const { file, line, data } of set.sections) {
		data.pages.forEach((key, i) => {
			const field = `${data.id} › pages[${i}]`;
			const page = pageKeys.get(key);
			if (!page) push({ file, line }, field, `no page has translationKey "${key}"`);
			else if (options.production && page.data.draft && !data.draft)
				push({ file, line }, field, `published section "${data.id}" lists draft page "${key}" (${page.file}); publish both or neither`);
			const other = inSection.get(key);
			if (other) push({ file, line }, field, `page "${key}" is already in section "${other}": a page belongs to one section`);
			inSection.set(key, data.id);
		});
	}

	const routes = buildRoutes(set);
	const published = new Set(buildRoutes(publishable(set, options.production)).map((r) => `/${r.path}`));
	issues.push(...citationIssues(publishable(set, options.production)));
	issues.push(...reportingCycles(set));
	// Legal transitions, dates in order and not in the future, acyclic at every date (what is published).
	issues.push(...deriveHistory(publishable(set, options.production), options.today).issues);
	issues.push(...pageParity(set, options));
	issues.push(...routeCollisions(routes));
	issues.push(...proseIssues({ set, routes, published, production: options.production, root: options.root ?? process.cwd(), ref }));
	for (const page of set.pages) {
		page.data.sources.forEach((d, i) =>
			ref({ file: page.file, line: page.line, id: page.data.translationKey, draft: page.data.draft }, `sources[${i}]`, 'documents', d),
		);
	}
	return issues;
}

/** Every reporting chain must end: a cycle makes the org chart meaningless. */
function reportingCycles(set: ContentSet): ContentIssue[] {
	const parent = new Map(set.bodies.map(({ data }) => [data.id, data.reportsTo]));
	const entryOf = new Map(set.bodies.map((b) => [b.data.id, b]));
	const issues: ContentIssue[] = [];
	const reported = new Set<string>();
	for (const start of parent.keys()) {
		const path: string[] = [];
		let cur: string | null | undefined = start;
		while (cur && !path.includes(cur)) {
			path.push(cur);
			cur = parent.get(cur);
		}
		if (cur && cur === start) {
			const cycle = [...path, start];
			const key = [...path].sort().join(',');
			if (reported.has(key)) continue;
			reported.add(key);
			issues.push({
				file: entryOf.get(start)?.file ?? '',
				line: entryOf.get(start)?.line,
				field: `${start} › reportsTo`,
				message: `reporting lines form a cycle: ${cycle.join(' → ')}`,
			});
		}
	}
	return issues;
}

/** Each page exists in both languages, once each. */
function pageParity(set: ContentSet, options: ValidateOptions): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const byKey = new Map<string, typeof set.pages>();
	for (const page of set.pages) {
		const list = byKey.get(page.data.translationKey) ?? [];
		list.push(page);
		byKey.set(page.data.translationKey, list);
	}
	for (const [key, pages] of byKey) {
		for (const lang of LANGS) {
			const inLang = pages.filter((p) => p.lang === lang);
			if (inLang.length === 0) {
				const other = pages[0]!;
				issues.push({
					file: other.file,
					line: other.fieldLines.translationKey,
					field: `${key} › translationKey`,
					message: `page exists in ${pages.map((p) => nameForMessages(p.lang)).join(', ')} but not in ${nameForMessages(lang)}: add its version under content/pages/${lang}/ with translationKey "${key}"`,
				});
			} else if (inLang.length > 1) {
				issues.push({
					file: inLang[1]!.file,
					line: inLang[1]!.fieldLines.translationKey,
					field: `${key} › translationKey`,
					message: `translationKey "${key}" is used by ${inLang.length} ${lang} pages: ${inLang.map((p) => p.file).join(', ')}`,
				});
			}
		}
		const drafts = new Set(pages.map((p) => p.data.draft));
		if (drafts.size > 1 && options.production) {
			issues.push({
				file: pages[0]!.file,
				line: pages[0]!.fieldLines.draft,
				field: `${key} › draft`,
				message: 'one translation is a draft and the other is not: publish both languages together',
			});
		}
	}
	const views = new Map<string, string>();
	// In production, drafts are not built: the views the site needs must be hosted by published pages.
	for (const page of publishable(set, options.production).pages) {
		if (!page.data.view) continue;
		const k = `${page.lang}:${page.data.view}`;
		const prev = views.get(k);
		if (prev) issues.push({ file: page.file, line: page.fieldLines.view, field: `${page.data.translationKey} › view`, message: `view "${page.data.view}" is already hosted by ${prev}` });
		else views.set(k, page.file);
	}
	for (const lang of LANGS) {
		for (const view of ['home', 'measures', 'changes', ...Object.values(ENTITY_HOSTS)] as const) {
			if (!views.has(`${lang}:${view}`))
				issues.push({
					file: set.pages.find((p) => p.lang === lang && p.data.view === view)?.file ?? `content/pages/${lang}/`,
					field: 'view',
					message: `no published ${lang} page has view "${view}", which the site needs${options.production ? ' (a draft page does not count)' : ''}`,
				});
		}
	}
	return issues;
}

/** Two pages may not share a URL in one language (pages and generated entity pages alike). */
function routeCollisions(routes: Route[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const seen = new Map<string, { file: string; key: string }>();
	for (const route of routes) {
		const prev = seen.get(route.path);
		const long = route.path.split('/').find((seg) => seg.length > MAX_SLUG_LENGTH);
		if (long) {
			issues.push({
				file: route.file,
				line: route.line,
				field: `${route.entryId} › slug`,
				message: `the URL segment "${long.slice(0, 40)}…" is ${long.length} characters long (at most ${MAX_SLUG_LENGTH}): set a shorter \`slug\``,
			});
		} else if (prev) {
			issues.push({
				file: route.file,
				line: route.line,
				field: `${route.entryId} › slug`,
				message: `URL /${route.path} is already used by ${prev.key} (${prev.file}); give one of them another slug`,
			});
		} else seen.set(route.path, { file: route.file, key: route.key });
	}
	return issues;
}
