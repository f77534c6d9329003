// The one content loader. Every content file is read and parsed here, once:
// YAML with `yaml` (line numbers, duplicate keys refused), MDX with Sätteri,
// the parser Astro renders it with. The build (through Astro's collections
// and the site model), `check:content`, translation status, scaffolding and
// dev-mode change detection all read content through this module.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { z } from 'astro/zod';
import { LANGS } from '../i18n/languages.ts';
import { CONTENT_FILES, DATA_COLLECTIONS, DATA_COLLECTION_NAMES, PAGES_COLLECTION, type ContentFiles } from './collections.ts';
import type { ContentIssue, ContentSet, PageRecord } from './content-set.ts';

export interface LoadResult {
	set: ContentSet;
	/** Problems found while reading, parsing or checking each entry against its schema. */
	issues: ContentIssue[];
}

/** A parsed YAML text, with what is needed to turn a node into a line number. */
interface YamlText {
	doc: Document.Parsed;
	lines: LineCounter;
	/** Line of the text's first line in its file (frontmatter starts on line 2). */
	offset: number;
}

function parseYamlText(text: string, file: string, offset: number, issues: ContentIssue[]): YamlText | undefined {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
	if (doc.errors.length === 0) return { doc, lines, offset };
	// The first error only: later ones are usually its consequences.
	const err = doc.errors[0]!;
	const pos = err.linePos?.[0];
	const tab = pos && text.split('\n')[pos.line - 1]?.includes('\t') ? ' (indent with spaces: YAML does not allow tabs)' : '';
	issues.push({
		file,
		field: '(file)',
		message: `invalid YAML: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${tab}`,
		...(pos ? { line: pos.line + offset, column: pos.col } : {}),
	});
	return undefined;
}

function lineOf(text: YamlText, node: unknown): number | undefined {
	const range = (node as YamlNode | undefined)?.range;
	return range ? text.lines.linePos(range[0]).line + text.offset : undefined;
}

/** The deepest node along `path` that exists (a missing field points at its entry). */
function nodeAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) {
		if (!isMap(node) && !isSeq(node)) break;
		const next = node.get(typeof key === 'number' ? key : String(key), true);
		if (next === undefined) break;
		node = next;
	}
	return node;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(entry)';
}

function schemaIssues(file: string, entry: string, error: z.ZodError, text: YamlText, node: unknown): ContentIssue[] {
	return error.issues.map((i) => ({
		file,
		line: lineOf(text, nodeAt(node, i.path)),
		field: `${entry} › ${fieldPath(i.path)}`,
		message: i.message,
	}));
}

function walkMdx(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((d) => (d.isDirectory() ? walkMdx(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : []))
		.sort();
}

/** Every content file, project-relative, with what identifies its current state. */
export function contentFileList(root: string, files: ContentFiles = CONTENT_FILES): string[] {
	const pagesDir = resolve(root, files.pagesDir);
	return [...DATA_COLLECTION_NAMES.map((c) => resolve(root, files[c])), ...LANGS.flatMap((l) => walkMdx(join(pagesDir, l)))];
}

/**
 * A cheap fingerprint of the content (paths, sizes, modification times): it
 * changes whenever an editor saves, adds or removes a file.
 */
export function contentSignature(root: string, files: ContentFiles = CONTENT_FILES): string {
	return contentFileList(root, files)
		.map((f) => {
			try {
				const st = statSync(f);
				return `${f}:${st.size}:${st.mtimeMs}`;
			} catch {
				return `${f}:missing`;
			}
		})
		.join('|');
}

/** Splits an MDX file into its frontmatter (YAML text and first line) and body. */
function frontmatterOf(tree: MdastNode, source: string): { yaml: string; line: number; body: string } | undefined {
	const first = (tree as { children?: MdastNode[] }).children?.[0] as
		| { type: string; value: string; position?: { start: { line: number }; end: { offset: number } } }
		| undefined;
	if (first?.type !== 'yaml' || !first.position) return undefined;
	return { yaml: first.value, line: first.position.start.line + 1, body: source.slice(first.position.end.offset) };
}

function loadPage(root: string, pagesDir: string, lang: (typeof LANGS)[number], path: string, issues: ContentIssue[]): PageRecord | undefined {
	const file = relative(root, path).split('\\').join('/');
	const source = readFileSync(path, 'utf8');
	let tree: MdastNode;
	try {
		tree = mdxToMdast(source);
	} catch (e) {
		// Sätteri reports "line:column: message (rule)".
		const m = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*)$/.exec((e as Error).message);
		issues.push({
			file,
			field: '(MDX)',
			message: `MDX syntax error: ${(m ? m[3]! : (e as Error).message).split('\n')[0]}`,
			...(m ? { line: Number(m[1]), column: Number(m[2]) } : {}),
		});
		return undefined;
	}
	const fm = frontmatterOf(tree, source);
	const entryId = relative(pagesDir, path).split('\\').join('/').replace(/\.mdx$/, '');
	if (!fm) {
		issues.push({ file, line: 1, field: '(frontmatter)', message: 'the page must start with a YAML frontmatter between two --- lines' });
		return undefined;
	}
	const text = parseYamlText(fm.yaml, file, fm.line - 1, issues);
	if (!text) return undefined;
	const raw = text.doc.toJS() as unknown;
	const parsed = PAGES_COLLECTION.schema.safeParse(raw ?? {});
	if (!parsed.success) {
		const key = (raw as { translationKey?: unknown } | null)?.translationKey;
		issues.push(...schemaIssues(file, typeof key === 'string' ? key : entryId, parsed.error, text, text.doc.contents));
		return undefined;
	}
	const fieldLines: Record<string, number> = {};
	if (isMap(text.doc.contents)) {
		for (const pair of text.doc.contents.items) {
			const line = lineOf(text, pair.key);
			if (line) fieldLines[String((pair.key as { value?: unknown })?.value)] = line;
		}
	}
	return { file, line: 1, lang, entryId, body: fm.body, source, tree, fieldLines, data: parsed.data };
}

function loadData(root: string, files: ContentFiles, issues: ContentIssue[]): Omit<ContentSet, 'pages'> {
	const out = {} as Record<string, unknown[]>;
	for (const name of DATA_COLLECTION_NAMES) {
		const path = resolve(root, files[name]);
		const file = relative(root, path).split('\\').join('/');
		const list: unknown[] = [];
		out[name] = list;
		if (!existsSync(path)) {
			issues.push({ file, field: '(file)', message: `missing: the ${name} collection is read from this file` });
			continue;
		}
		const text = parseYamlText(readFileSync(path, 'utf8'), file, 0, issues);
		if (!text) continue;
		const seq = text.doc.contents;
		if (!isSeq(seq)) {
			issues.push({
				file,
				line: lineOf(text, seq) ?? 1,
				field: '(file)',
				message: seq ? 'must be a list of entries, each starting with "- id:"' : 'the file is empty: it must be a list of entries, each starting with "- id:"',
			});
			continue;
		}
		const seen = new Map<string, number | undefined>();
		seq.items.forEach((node, i) => {
			const item = (node as YamlNode).toJSON() as { id?: unknown } | null;
			const line = lineOf(text, node);
			const label = typeof item?.id === 'string' ? item.id : `entry [${i}]`;
			if (typeof item?.id === 'string') {
				if (seen.has(item.id)) {
					issues.push({
						file,
						line,
						field: `${item.id} › id`,
						message: `duplicate id "${item.id}": it is already used by the entry on line ${seen.get(item.id)}`,
					});
					return;
				}
				seen.set(item.id, line);
			}
			const parsed = (DATA_COLLECTIONS[name].schema as z.ZodType).safeParse(item);
			if (parsed.success) list.push({ file, line, data: parsed.data });
			else issues.push(...schemaIssues(file, label, parsed.error, text, node));
		});
	}
	return out as unknown as Omit<ContentSet, 'pages'>;
}

function readAll(root: string, files: ContentFiles): LoadResult {
	const issues: ContentIssue[] = [];
	const data = loadData(root, files, issues);
	const pagesDir = resolve(root, files.pagesDir);
	const pages: PageRecord[] = [];
	for (const lang of LANGS) {
		for (const path of walkMdx(join(pagesDir, lang))) {
			const page = loadPage(root, pagesDir, lang, path, issues);
			if (page) pages.push(page);
		}
	}
	return { set: { ...data, pages } as ContentSet, issues };
}

// Astro loads the content config and the pages' bundle as separate module
// graphs in one process: the cache lives on globalThis so both share one read.
const CACHE = Symbol.for('jc.content-cache');
type Cache = Map<string, { signature: string; result: LoadResult }>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

/** The content under `root`, read and parsed once until a file changes. */
export function loadContent(root: string = process.cwd(), files: ContentFiles = CONTENT_FILES): LoadResult {
	const key = `${resolve(root)}|${files.pagesDir}`;
	const signature = contentSignature(root, files);
	const hit = cache.get(key);
	if (hit?.signature === signature) return hit.result;
	const result = readAll(root, files);
	cache.set(key, { signature, result });
	return result;
}
