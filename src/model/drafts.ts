import type { ContentSet, Located } from './content-set.ts';

/** The content that is published: everything in dev, everything but drafts in production. */
export function publishable(set: ContentSet, production: boolean): ContentSet {
	if (!production) return set;
	const out = {} as Record<string, Located<{ draft: boolean }>[]>;
	for (const [name, list] of Object.entries(set) as [string, Located<{ draft: boolean }>[]][]) {
		out[name] = list.filter((e) => !e.data.draft);
	}
	return out as unknown as ContentSet;
}
