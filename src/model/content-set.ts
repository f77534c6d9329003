// The validated content as one plain structure, whichever way it was read
// (Astro's collections at build time, or the files directly by scripts).
import type { BodyEntry } from '../schemas/bodies.ts';
import type { Lang } from '../schemas/common.ts';
import type { DocumentEntry } from '../schemas/documents.ts';
import type { FindingEntry } from '../schemas/findings.ts';
import type { GlossaryTermEntry } from '../schemas/glossary.ts';
import type { LogicElementEntry } from '../schemas/logic-model.ts';
import type { MeasureEntry } from '../schemas/measures.ts';
import type { FrameworkElementEntry } from '../schemas/operating-framework.ts';
import type { PageFrontmatter } from '../schemas/pages.ts';
import type { PriorityEntry } from '../schemas/priorities.ts';

/** An entry and the file it came from (project-relative, for error messages). */
export interface Located<T> {
	file: string;
	data: T;
}

export interface PageRecord extends Located<PageFrontmatter> {
	lang: Lang;
	/** Collection id (path under content/pages without extension), e.g. "fr/home". */
	entryId: string;
	/** The MDX source below the frontmatter, for checks on what the prose links to. */
	body: string;
}

export interface ContentSet {
	pages: PageRecord[];
	bodies: Located<BodyEntry>[];
	documents: Located<DocumentEntry>[];
	findings: Located<FindingEntry>[];
	glossary: Located<GlossaryTermEntry>[];
	logicModel: Located<LogicElementEntry>[];
	measures: Located<MeasureEntry>[];
	operatingFramework: Located<FrameworkElementEntry>[];
	priorities: Located<PriorityEntry>[];
}

/** A content problem: where (file and field) and what. */
export interface ContentIssue {
	file: string;
	/** Entry id (or page translation key) and dotted field path, e.g. `cio-council › reportsTo`. */
	field: string;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	return `${issue.file} › ${issue.field}: ${issue.message}`;
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
