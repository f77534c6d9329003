// @ts-nocheck -- left out of the root project's `astro check`: there it would resolve to a
// second copy of Astro whose types do not match the site's (or not at all before the install).
// Starlight's docs collection. Astro 7 reads collections only from
// src/content.config.ts (a content.config.ts at the root is ignored silently).
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
