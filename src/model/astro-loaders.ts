// Astro content loaders over the one loader: each collection's entries come
// from load-content.ts, and any content problem throws, which fails the
// build. (Astro's own file() loader logs a YAML error and keeps the cache's
// last good entries, publishing stale content with exit 0.)
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_FILES, type DataCollection } from './collections.ts';
import { checkContent } from './check-content.ts';
import { ContentValidationError, type ContentSet } from './content-set.ts';
import { contentFileList } from './load-content.ts';

const production = () => process.env.NODE_ENV === 'production';

function checkedSet(root: string): ContentSet {
	const { set, issues } = checkContent(root, { production: production() });
	if (issues.length) throw new ContentValidationError(issues);
	return set;
}

async function sync(collection: DataCollection | 'pages', ctx: LoaderContext, root: string): Promise<void> {
	const set = checkedSet(root);
	ctx.store.clear();
	if (collection === 'pages') {
		for (const page of set.pages) {
			ctx.store.set({
				id: page.entryId,
				data: await ctx.parseData({ id: page.entryId, data: page.data as Record<string, unknown>, filePath: page.file }),
				body: page.body,
				filePath: page.file,
				digest: ctx.generateDigest(page.source),
				// MDX is compiled by Astro's MDX integration when the page renders.
				deferredRender: true,
			});
		}
		return;
	}
	for (const entry of set[collection]) {
		const data = entry.data as Record<string, unknown> & { id: string };
		ctx.store.set({ id: data.id, data: await ctx.parseData({ id: data.id, data }), filePath: entry.file });
	}
}

export function contentLoader(collection: DataCollection | 'pages'): Loader {
	return {
		name: `jc-${collection}`,
		load: async (ctx) => {
			const root = ctx.config.root.pathname;
			await sync(collection, ctx, root);
			if (!ctx.watcher) return;
			const contentDir = resolve(root, CONTENT_FILES.pagesDir, '..') + sep;
			for (const f of contentFileList(root, CONTENT_FILES)) ctx.watcher.add(f);
			ctx.watcher.on('all', async (_event, path) => {
				if (!resolve(path).startsWith(contentDir)) return;
				try {
					await sync(collection, ctx, root);
				} catch (e) {
					// In dev the page shows the site model's error; the terminal gets every problem.
					ctx.logger.error((e as Error).message);
				}
			});
		},
	};
}
