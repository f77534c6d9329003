// Content collections, derived from the table in model/collections.ts. Each
// loader reads through the one content loader and fails the build on any
// content problem (schemas, references, cycles, language parity, slugs,
// prose components and links), with file, line and field.
import { defineCollection } from 'astro:content';
import { DATA_COLLECTIONS, DATA_COLLECTION_NAMES, PAGES_COLLECTION, type DataCollection } from './model/collections.ts';
import { contentLoader } from './model/astro-loaders.ts';

const data = Object.fromEntries(
	DATA_COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: DATA_COLLECTIONS[name].schema })]),
) as Record<DataCollection, ReturnType<typeof defineCollection>>;

export const collections = {
	pages: defineCollection({ loader: contentLoader('pages'), schema: PAGES_COLLECTION.schema }),
	...data,
};
