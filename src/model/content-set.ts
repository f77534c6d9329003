// The validated content as one plain structure, as the loader read it.
import type { MdastNode } from 'satteri';
import type { Lang } from '../i18n/languages.ts';
import type { PageFrontmatter } from '../schemas/pages.ts';
import type { DataCollection, DataEntry } from './collections.ts';

/** An entry and where it came from (project-relative file, line of the entry), for error messages. */
export interface Located<T> {
	file: string;
	line?: number;
	data: T;
}

export interface PageRecord extends Located<PageFrontmatter> {
	lang: Lang;
	/** Collection id (path under content/pages without extension), e.g. "fr/home". */
	entryId: string;
	/** The MDX source below the frontmatter. */
	body: string;
	/** The whole file as read. */
	source: string;
	/** Line of each frontmatter field, for messages about a field. */
	fieldLines: Partial<Record<string, number>>;
	/** The MDX syntax tree (with positions), for checks on what the prose uses and links to. */
	tree: MdastNode;
}

/** Every collection of the table in collections.ts, plus the pages. */
export type ContentSet = { pages: PageRecord[] } & { [C in DataCollection]: Located<DataEntry<C>>[] };

/** A content problem: where (file, line, field) and what. */
export interface ContentIssue {
	file: string;
	line?: number;
	column?: number;
	/** Entry id (or page translation key) and dotted field path, e.g. `cio-council › reportsTo`. */
	field: string;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}` : issue.file;
	return `${where} › ${issue.field}: ${issue.message}`;
}

export class ContentValidationError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		super(
			`Content validation failed with ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
		);
		this.name = 'ContentValidationError';
		this.issues = issues;
	}
}
