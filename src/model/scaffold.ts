// Scaffolding for editors (`npm run new -- <kind> <id>`): a new page pair or a
// new data entry with every required field present but empty, so that
// `npm run check:content` lists exactly what is left to fill in and nothing
// placeholder-like can be published.
//
// Data entries are appended as text to the end of their YAML file: the file's
// existing text, comments and layout are kept byte for byte.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { LANGS, nameForMessages, type Lang } from '../i18n/languages.ts';
import { bodySchema } from '../schemas/bodies.ts';
import { measureSchema } from '../schemas/measures.ts';
import { prioritySchema } from '../schemas/priorities.ts';
import { decisionSchema } from '../schemas/decisions.ts';
import { BODY_EVENTS, measureEventSchema } from '../schemas/events.ts';
import { meetingSchema } from '../schemas/meetings.ts';
import { idSchema, isoDateSchema } from '../schemas/common.ts';
import { CONTENT_FILES, type ContentFiles, type DataCollection } from './collections.ts';
import { loadContent } from './load-content.ts';

export const SCAFFOLD_KINDS = ['page', 'body', 'measure', 'priority', 'meeting', 'decision', 'event'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];
type DataKind = Exclude<ScaffoldKind, 'page'>;

/** Same rule as the schemas' ids (src/schemas/common.ts). */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A refusal to show the editor as it is (exit 1, no stack trace). */
export class ScaffoldError extends Error {
	/** Whether the command line itself was wrong (show the usage). */
	readonly usage: boolean;
	constructor(message: string, usage = false) {
		super(message);
		this.name = 'ScaffoldError';
		this.usage = usage;
	}
}

export interface ScaffoldResult {
	/** Project-relative paths of the files written (created or appended to). */
	created: string[];
	/** Whether the files were created (page) or an entry was appended (data). */
	action: 'created' | 'appended';
	/** What the editor still has to fill in, one line each, in English. */
	fill: string[];
	/** Optional fields the editor may add. */
	optional: string[];
}

export const DATA_KINDS: Record<DataKind, { collection: DataCollection; schema: z.ZodObject; label: string; schemaFile: string; notes?: string[] }> = {
	body: { collection: 'bodies', schema: bodySchema, label: 'body', schemaFile: 'src/schemas/bodies.ts' },
	measure: { collection: 'measures', schema: measureSchema, label: 'measure', schemaFile: 'src/schemas/measures.ts' },
	priority: { collection: 'priorities', schema: prioritySchema, label: 'priority', schemaFile: 'src/schemas/priorities.ts' },
	meeting: { collection: 'meetings', schema: meetingSchema, label: 'meeting', schemaFile: 'src/schemas/meetings.ts' },
	decision: { collection: 'decisions', schema: decisionSchema, label: 'decision', schemaFile: 'src/schemas/decisions.ts' },
	// Scaffolded as a measure's event; the notes say how to make it a body's.
	event: {
		collection: 'events',
		schema: measureEventSchema,
		label: 'event',
		schemaFile: 'src/schemas/events.ts',
		notes: [
			'Keep events.yaml in date order: put this entry after any earlier event.',
			'Cite what it rests on: `decision: <id in decisions.yaml>`, or `sources:` (a slide, or { record: { fr, en }, url }).',
			`For a body instead of a measure: replace \`measure\` with \`body: <id in bodies.yaml>\` and set type to one of ${BODY_EVENTS.join(', ')}`,
			'  (reporting-line-changed also takes `reportsTo: <id>` or `reportsTo: null`).',
		],
	},
};

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
	return (SCAFFOLD_KINDS as readonly string[]).includes(kind);
}

// ---------------------------------------------------------------------------
// Pages

const PAGE_COMMENT: Record<Lang, (slug: string) => string> = {
	fr: (slug) =>
		`{/* Rédigez ici le texte de la page, en français. Remplissez aussi title et description ci-dessus, ` +
		`et traduisez le slug en français : c'est l'adresse de la page, /fr/${slug}/ pour l'instant. ` +
		`Indiquez dans sources les documents dont la page s'inspire et citez chaque énoncé avec le composant Cite. ` +
		`Ce commentaire n'est jamais publié : supprimez-le une fois la page rédigée. */}`,
	en: (slug) =>
		`{/* Write the text of the page here, in English. Also fill in title and description above; ` +
		`the slug is the page's address, /en/${slug}/. ` +
		`List in sources the documents the page draws on and cite each statement with the Cite component. ` +
		`This comment is never published: delete it once the page is written. */}`,
};

/** The text of a new MDX page: required frontmatter present but empty, and a comment for the editor. */
export function pageTemplate(lang: Lang, key: string): string {
	return [
		'---',
		`translationKey: ${key}`,
		`slug: '${key}'`,
		"title: ''",
		"description: ''",
		'sources: []',
		'---',
		'',
		PAGE_COMMENT[lang](key),
		'',
	].join('\n');
}

function scaffoldPage(root: string, files: ContentFiles, key: string): ScaffoldResult {
	const rel = (p: string) => relative(root, p).split('\\').join('/');
	const pagesDir = resolve(root, files.pagesDir);
	const targets = LANGS.map((lang) => ({ lang, path: join(pagesDir, lang, `${key}.mdx`) }));
	for (const { path } of targets) {
		if (existsSync(path)) throw new ScaffoldError(`page "${key}" already exists: ${rel(path)}`);
	}
	// Pages that do not parse are left out here: check:content reports them.
	for (const page of loadContent(root, files).set.pages) {
		const { translationKey, slug } = page.data;
		if (translationKey === key) throw new ScaffoldError(`page "${key}" already exists: ${page.file} has translationKey "${key}"`);
		if (slug === key) throw new ScaffoldError(`the URL /${page.lang}/${key}/ is already used by ${page.file}: choose another id`);
	}
	for (const { lang, path } of targets) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, pageTemplate(lang, key), { flag: 'wx' });
	}
	const created = targets.map((t) => rel(t.path));
	return {
		created,
		action: 'created',
		fill: [
			`title, description: in every file (empty values fail npm run check:content)`,
			...targets.map((t) => `slug: translate it in ${rel(t.path)} (the URL is /${t.lang}/${key}/ until you do)`),
			`sources: ids of the source documents the page draws on (content/data/documents.yaml), in every file`,
			`the page text, in place of the comment under the frontmatter, in every file`,
		],
		optional: ['navTitle', 'view', 'synthesis', 'lastModified', 'draft (see src/schemas/pages.ts)'],
	};
}

// ---------------------------------------------------------------------------
// Data entries

interface FieldStub {
	/** YAML lines of the field, indented for a list item (two spaces). */
	lines: string[];
	/** What the editor has to do with it. */
	fill: string;
}

const EMPTY_LOCALIZED = `{ ${LANGS.map((l) => `${l}: ""`).join(', ')} }`;

function isLocalized(schema: z.ZodType): boolean {
	return schema instanceof z.ZodObject && Object.keys(schema.shape).sort().join() === [...LANGS].sort().join();
}
function isSource(schema: z.ZodType): boolean {
	return schema instanceof z.ZodObject && Object.keys(schema.shape).sort().join() === 'document,slide';
}

/** A list item that may be a slide or a record (minutes): decisions' and meetings' sources. */
function isReference(schema: z.ZodType): boolean {
	return schema instanceof z.ZodUnion && (schema.options as z.ZodType[]).some((o) => o instanceof z.ZodObject && 'record' in o.shape);
}

/**
 * The stub of one required field, derived from its schema so that a field the
 * schema adds later is scaffolded too. Throws on a kind of field it does not
 * know how to leave empty (a test runs every kind, so this shows in CI).
 */
function fieldStub(key: string, schema: z.ZodType, kind: DataKind, existing: unknown[]): FieldStub {
	if (schema instanceof z.ZodEnum) {
		const values = schema.options.map(String);
		return {
			lines: [`  # ${key}: set to the schema's first value; one of: ${values.join(', ')}`, `  ${key}: ${values[0]}`],
			fill: `${key}: set to "${values[0]}", the schema's first value: choose one of ${values.join(', ')}`,
		};
	}
	if (isLocalized(schema)) {
		return { lines: [`  ${key}: ${EMPTY_LOCALIZED}`], fill: `${LANGS.map((l) => `${key}.${l}`).join(', ')}: in ${LANGS.map((l) => nameForMessages(l)).join(' and in ')}` };
	}
	if (schema === isoDateSchema) {
		return { lines: [`  ${key}: ""`], fill: `${key}: the date, YYYY-MM-DD (a decision or an event cannot be in the future)` };
	}
	if (schema === idSchema) {
		const where = { measure: 'content/data/measures.yaml', meeting: 'content/data/meetings.yaml', body: 'content/data/bodies.yaml' }[key];
		return { lines: [`  ${key}: ""`], fill: `${key}: the id of the ${key}${where ? ` (${where})` : ''}` };
	}
	if (isSource(schema)) {
		return {
			lines: [`  ${key}: { document: "", slide: "" }`],
			fill: `${key}.document, ${key}.slide: the document (content/data/documents.yaml) and slide it comes from`,
		};
	}
	if (schema instanceof z.ZodArray) {
		const element = schema.element as z.ZodType;
		if (isSource(element)) {
			return {
				lines: [`  # ${key}: at least one { document: <id in documents.yaml>, slide: <slide id> }`, `  ${key}: []`],
				fill: `${key}: at least one { document, slide } (content/data/documents.yaml)`,
			};
		}
		if (isReference(element)) {
			return {
				lines: [`  # ${key}: at least one { document: <id>, slide: <slide id> } or { record: { fr: "…", en: "…" }, url: https://… } (minutes, a record of decision)`, `  ${key}: []`],
				fill: `${key}: at least one source: a slide, or a record such as the minutes`,
			};
		}
		if (isLocalized(element)) {
			return {
				lines: [`  ${key}:`, `    - ${EMPTY_LOCALIZED}`],
				fill: `${key}: at least one item, in French and in English`,
			};
		}
	}
	if (schema instanceof z.ZodNumber && key === 'order') {
		const orders = existing.map((e) => (e as { order?: unknown })?.order).filter((o): o is number => typeof o === 'number');
		const next = Math.max(0, ...orders) + 1;
		return {
			lines: [`  # ${key}: after the existing ${DATA_KINDS[kind].collection}; change it to reorder`, `  ${key}: ${next}`],
			fill: `${key}: set to ${next} (after the existing ones): change it to reorder`,
		};
	}
	throw new Error(`scaffold: no empty value for the required field "${key}" of a ${kind}: update src/model/scaffold.ts`);
}

/** Required and optional fields of a data schema, in the schema's order (id excluded). */
export function schemaFields(schema: z.ZodObject): { required: [string, z.ZodType][]; optional: string[] } {
	const required: [string, z.ZodType][] = [];
	const optional: string[] = [];
	for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
		if (key === 'id') continue;
		if (field.safeParse(undefined).success) optional.push(key);
		else required.push([key, field]);
	}
	return { required, optional };
}

/** The YAML text of a new entry (a list item with a heading comment), and what to fill in. */
export function dataRecord(kind: DataKind, id: string, existing: unknown[] = []): { text: string; fill: string[]; optional: string[] } {
	const { schema, label, schemaFile, notes = [] } = DATA_KINDS[kind];
	const { required, optional } = schemaFields(schema);
	const stubs = required.map(([key, field]) => fieldStub(key, field, kind, existing));
	const text = [
		`# New ${label} "${id}" (npm run new -- ${kind} ${id}): fill in every empty value, then run npm run check:content.`,
		`# Optional fields: ${optional.join(', ')} (${schemaFile}).`,
		...notes.map((n) => `# ${n}`),
		`- id: ${id}`,
		...stubs.flatMap((s) => s.lines),
		'',
	].join('\n');
	return { text, fill: stubs.map((s) => s.fill), optional };
}

/**
 * Appends `record` (a block list item) to the YAML text of a data file,
 * keeping the existing text as it is. An empty file, or one holding only `[]`,
 * becomes a block list.
 */
export function appendRecord(text: string, record: string, file = 'the data file'): string {
	const doc = parseDocument(text);
	if (doc.errors.length) throw new ScaffoldError(`${file} is not valid YAML (${doc.errors[0]!.message}): fix it first`);
	let base = text;
	const contents = doc.contents;
	if (contents != null) {
		if (!isSeq(contents)) throw new ScaffoldError(`${file} must be a list of entries: fix it first`);
		if (contents.flow) {
			if (contents.items.length || !contents.range) {
				throw new ScaffoldError(`${file} is written as a flow list ([…]): add the entry by hand`);
			}
			// `[]`: drop the empty flow list, the record starts the block list.
			base = text.slice(0, contents.range[0]) + text.slice(contents.range[1]);
		}
	}
	if (base.trim() === '') base = base.trimEnd();
	else if (!base.endsWith('\n')) base += '\n';
	return base + (base ? '\n' : '') + record;
}

function scaffoldData(root: string, files: ContentFiles, kind: DataKind, id: string): ScaffoldResult {
	const { collection, label } = DATA_KINDS[kind];
	const path = resolve(root, files[collection]);
	const file = relative(root, path).split('\\').join('/');
	if (!existsSync(path)) throw new ScaffoldError(`${file} does not exist (is CONTENT_DIR right?)`);
	const text = readFileSync(path, 'utf8');
	let existing: unknown;
	try {
		existing = parseYaml(text);
	} catch (e) {
		throw new ScaffoldError(`${file} is not valid YAML (${(e as Error).message}): fix it first`);
	}
	const list = Array.isArray(existing) ? existing : [];
	if (list.some((e) => (e as { id?: unknown })?.id === id)) {
		throw new ScaffoldError(`a ${label} with id "${id}" already exists in ${file}`);
	}
	const record = dataRecord(kind, id, list);
	const after = appendRecord(text, record.text, file);
	// The result must still parse, with the new entry last.
	const check = parseYaml(after) as unknown;
	if (!Array.isArray(check) || (check.at(-1) as { id?: unknown })?.id !== id) {
		throw new Error(`scaffold: appending to ${file} did not give a list ending with "${id}"`);
	}
	writeFileSync(path, after);
	return { created: [file], action: 'appended', fill: record.fill, optional: record.optional };
}

// ---------------------------------------------------------------------------

/**
 * Creates a page pair or appends a data entry. `root` is the project root
 * (paths in the result are relative to it); `files` says where content lives
 * (CONTENT_DIR by default).
 */
export function scaffold(kind: string, id: string, root: string = process.cwd(), files: ContentFiles = CONTENT_FILES): ScaffoldResult {
	if (!isScaffoldKind(kind)) throw new ScaffoldError(`unknown kind "${kind}": use one of ${SCAFFOLD_KINDS.join(', ')}`, true);
	if (!KEBAB_CASE.test(id)) {
		throw new ScaffoldError(`"${id}" is not a kebab-case id: use lowercase letters, digits and single hyphens (e.g. digital-identity)`, true);
	}
	return kind === 'page' ? scaffoldPage(root, files, id) : scaffoldData(root, files, kind, id);
}
