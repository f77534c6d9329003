// The open data, built from the site model: bodies (with relationships),
// measures (with status and history) and meetings, with every language's
// labels and stable ids; as JSON (checked against its schema) and CSV.
import { LANGS, perLanguage } from '../i18n/languages.ts';
import { ui } from '../i18n/ui.ts';
import { absoluteUrl } from '../model/urls.ts';
import type { SiteModel } from '../model/site-model.ts';
import { todayIso } from '../model/history.ts';
import { toCsv } from './csv.ts';
import { DATASET_SCHEMAS, type Dataset, type DatasetName } from './schemas.ts';

const url = (model: SiteModel, key: string) => perLanguage((l) => absoluteUrl(model.route(key, l)!.path));

function bodies(model: SiteModel): Dataset<'bodies'>['records'] {
	const states = model.history.bodiesAsOf();
	return model.content.bodies.map(({ data: b }) => {
		const s = states.get(b.id)!;
		const moved = s.reportsTo !== b.reportsTo;
		return {
			id: b.id,
			kind: b.kind,
			kindLabel: perLanguage((l) => ui(l).labels.bodyKinds[b.kind].singular),
			name: b.name,
			acronym: b.acronym ?? null,
			reportsTo: s.reportsTo,
			reportsToBasis: s.reportsTo ? (moved ? 'stated' : (b.reportsToBasis ?? null)) : null,
			exists: s.exists,
			dissolved: s.dissolved,
			convertedToCommunityOfPractice: s.converted,
			relationships: b.relationships.map((r) => ({
				type: r.type,
				typeLabel: perLanguage((l) => ui(l).diagrams.relations[r.type]),
				target: r.target,
				basis: r.basis,
			})),
			url: url(model, `body:${b.id}`),
		};
	});
}

function measures(model: SiteModel): Dataset<'measures'>['records'] {
	return model.content.measures.map(({ data: m }) => {
		const h = model.history.measure(m.id);
		const statusLabel = (s: typeof h.status) => perLanguage((l) => ui(l).labels.measureStatuses[s]);
		return {
			id: m.id,
			number: m.number ?? null,
			kind: m.kind,
			kindLabel: perLanguage((l) => ui(l).labels.measureKinds[m.kind]),
			title: m.title,
			statement: m.statement,
			document: m.source.document,
			slide: m.source.slide,
			bodies: m.bodies,
			status: h.status,
			statusLabel: statusLabel(h.status),
			decided: h.decided,
			lastChange: h.last?.date ?? null,
			history: h.steps.map((s) => ({
				date: s.date ?? null,
				kind: s.kind,
				status: s.status,
				statusLabel: statusLabel(s.status),
				meeting: s.kind === 'proposed' ? (s.meeting?.id ?? null) : s.kind === 'decision' ? s.meeting.id : (s.decision?.meeting ?? null),
				decision: s.kind === 'decision' ? s.decision.id : s.kind === 'event' ? (s.decision?.id ?? null) : null,
				outcome: s.kind === 'decision' ? s.decision.outcome : null,
				event: s.kind === 'event' ? s.event.type : null,
				note: s.kind === 'decision' ? (s.decision.note ?? null) : s.kind === 'event' ? (s.event.note ?? null) : null,
			})),
			url: url(model, `measure:${m.id}`),
		};
	});
}

function meetings(model: SiteModel): Dataset<'meetings'>['records'] {
	return model.history.meetings.map((m) => ({
		id: m.id,
		date: m.date,
		title: m.title,
		documents: m.documents,
		decisions: model.history.decisionsAt(m.id).map((d) => ({
			id: d.id,
			measure: d.measure,
			outcome: d.outcome,
			outcomeLabel: perLanguage((l) => ui(l).labels.decisionOutcomes[d.outcome]),
		})),
		url: url(model, `meeting:${m.id}`),
	}));
}

const BUILDERS: { [N in DatasetName]: (model: SiteModel) => Dataset<N>['records'] } = { bodies, measures, meetings };

/** A dataset, checked against its schema: a record that does not fit fails the build, naming the field. */
export function dataset<N extends DatasetName>(model: SiteModel, name: N): Dataset<N> {
	const value = { generated: todayIso(), records: BUILDERS[name](model) };
	const checked = DATASET_SCHEMAS[name].safeParse(value);
	if (!checked.success) {
		const i = checked.error.issues[0]!;
		throw new Error(`Open data "${name}": ${i.path.join('.')}: ${i.message}`);
	}
	return checked.data as Dataset<N>;
}

/** Labels become one column per language (`name_fr`, `name_en`); lists are joined with "|". */
const CSV_COLUMNS: { [N in DatasetName]: (r: Dataset<N>['records'][number]) => Record<string, string | number | boolean | null> } = {
	bodies: (r) => ({
		id: r.id,
		kind: r.kind,
		...langCols('kind', r.kindLabel),
		...langCols('name', r.name),
		...langCols('acronym', r.acronym),
		reports_to: r.reportsTo,
		reports_to_basis: r.reportsToBasis,
		exists: r.exists,
		dissolved: r.dissolved,
		converted_to_community_of_practice: r.convertedToCommunityOfPractice,
		relationships: r.relationships.map((x) => `${x.type}:${x.target}`).join('|'),
		...langCols('url', r.url),
	}),
	measures: (r) => ({
		id: r.id,
		number: r.number,
		kind: r.kind,
		...langCols('kind', r.kindLabel),
		...langCols('title', r.title),
		...langCols('statement', r.statement),
		document: r.document,
		slide: r.slide,
		bodies: r.bodies.join('|'),
		status: r.status,
		...langCols('status', r.statusLabel),
		decided: r.decided,
		last_change: r.lastChange,
		...langCols('url', r.url),
	}),
	meetings: (r) => ({
		id: r.id,
		date: r.date,
		...langCols('title', r.title),
		documents: r.documents.join('|'),
		decisions: r.decisions.map((d) => `${d.measure}:${d.outcome}`).join('|'),
		...langCols('url', r.url),
	}),
};

function langCols(name: string, value: Record<string, string> | null): Record<string, string | null> {
	return Object.fromEntries(LANGS.map((l) => [`${name}_${l}`, value?.[l] ?? null]));
}

export function datasetCsv<N extends DatasetName>(model: SiteModel, name: N): string {
	return toCsv(dataset(model, name).records.map((r) => CSV_COLUMNS[name](r as never)));
}
