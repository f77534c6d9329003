import { z } from 'astro/zod';
import { idSchema, isoDateSchema, draftSchema, MAX_NAME_LENGTH } from './common.ts';

/**
 * Which data view a prose page hosts below its MDX body. Entity pages
 * (one per body, priority, document) are generated under the page that hosts
 * the matching index view.
 */
export const PAGE_VIEWS = [
	'home',
	'priorities',
	'logic-model',
	'operating-framework',
	'isac-role',
	'consultations',
	'bodies',
	'governance',
	'measures',
	'meetings',
	'changes',
	'open-data',
	'documents',
	'glossary',
	'search',
	'not-found',
] as const;
export type PageView = (typeof PAGE_VIEWS)[number];

const slugSegment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter of an MDX page in content/pages/{fr,en}/. */
export const pageSchema = z
	.object({
		/** Language-neutral key that pairs the French and English pages. */
		translationKey: idSchema,
		/** URL path under /{lang}/; '' for the language home page. */
		slug: z
			.string()
			.refine((s) => s === '' || s.split('/').every((seg) => slugSegment.test(seg)), {
				message: "must be '' or lowercase path segments (a-z, 0-9, hyphens) separated by '/'",
			}),
		title: z.string().trim().min(1, "must not be empty").max(MAX_NAME_LENGTH, `a title must be at most ${MAX_NAME_LENGTH} characters`),
		/** Short title for navigation and breadcrumbs. */
		navTitle: z.string().trim().min(1).optional(),
		description: z.string().trim().min(1, 'must not be empty'),
		view: z.enum(PAGE_VIEWS).optional(),
		/** Source decks the page draws on. */
		sources: z.array(idSchema).default([]),
		/** Marks pages built by synthesis from the decks' statements. */
		synthesis: z.boolean().default(false),
		/** Overrides the date taken from git history (YYYY-MM-DD). */
		lastModified: isoDateSchema.optional(),
		/**
		 * Hash of the other language's title and body when this page was last brought up
		 * to date with it (`npm run translation-status -- --mark <lang>/<key>`).
		 */
		translationOf: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash written by translation-status --mark').optional(),
		draft: draftSchema,
	})
	.strict();
export type PageFrontmatter = z.infer<typeof pageSchema>;
