// Reads content/ straight from disk and validates it against the schemas, for
// `npm run check:content` and the tests: the same rules as the build, in a
// fraction of the time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { LANGS } from '../schemas/common.ts';
import { pageSchema } from '../schemas/pages.ts';
import { CONTENT_FILES, type ContentFiles, type DataCollection } from './content-files.ts';
import type { ContentIssue, ContentSet, PageRecord } from './content-set.ts';
import { DATA_SCHEMAS } from './schemas.ts';

export interface LoadResult {
	set: ContentSet;
	issues: ContentIssue[];
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(entry)';
}

function zodIssues(file: string, entryLabel: string, error: z.ZodError): ContentIssue[] {
	return error.issues.map((i) => ({ file, field: `${entryLabel} › ${fieldPath(i.path)}`, message: i.message }));
}

function walkMdx(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? walkMdx(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
	);
}

export function loadContentFromDisk(root: string, files: ContentFiles = CONTENT_FILES): LoadResult {
	const issues: ContentIssue[] = [];
	const rel = (p: string) => relative(root, p).split('\\').join('/');
	const set = { pages: [] as PageRecord[] } as ContentSet;

	for (const name of Object.keys(DATA_SCHEMAS) as DataCollection[]) {
		const path = resolve(root, files[name]);
		const file = rel(path);
		const list: { file: string; data: unknown }[] = [];
		(set as unknown as Record<string, unknown>)[name] = list;
		if (!existsSync(path)) {
			issues.push({ file, field: '(file)', message: `missing: the ${name} collection is read from this file` });
			continue;
		}
		let raw: unknown;
		try {
			raw = parseYaml(readFileSync(path, 'utf8'));
		} catch (e) {
			issues.push({ file, field: '(file)', message: `invalid YAML: ${(e as Error).message}` });
			continue;
		}
		if (!Array.isArray(raw)) {
			issues.push({ file, field: '(file)', message: 'must be a list of entries, each with an `id`' });
			continue;
		}
		raw.forEach((item, i) => {
			const label = typeof item?.id === 'string' ? item.id : `entry [${i}]`;
			const parsed = (DATA_SCHEMAS[name] as z.ZodType).safeParse(item);
			if (parsed.success) list.push({ file, data: parsed.data });
			else issues.push(...zodIssues(file, label, parsed.error));
		});
	}

	const pagesDir = resolve(root, files.pagesDir);
	for (const lang of LANGS) {
		for (const path of walkMdx(join(pagesDir, lang))) {
			const file = rel(path);
			let fm: unknown;
			let body = '';
			try {
				const parsedFile = matter(readFileSync(path, 'utf8'));
				fm = parsedFile.data;
				body = parsedFile.content;
			} catch (e) {
				issues.push({ file, field: '(frontmatter)', message: `invalid frontmatter: ${(e as Error).message}` });
				continue;
			}
			const parsed = pageSchema.safeParse(fm);
			const entryId = relative(pagesDir, path).split('\\').join('/').replace(/\.mdx$/, '');
			if (parsed.success) set.pages.push({ file, lang, entryId, body, data: parsed.data });
			else issues.push(...zodIssues(file, (fm as { translationKey?: string })?.translationKey ?? entryId, parsed.error));
		}
	}
	return { set, issues };
}
