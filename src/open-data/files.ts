// Where each open data file is published and what it holds, in one place for
// the endpoints, the data page (which gives each file's size) and the tests.
import type { SiteModel } from '../model/site-model.ts';
import { absoluteUrl } from '../model/urls.ts';
import { dataset, datasetCsv } from './datasets.ts';
import { DATA_FORMATS, type DataFormat } from './formats.ts';
import { datasetJsonSchema, type DatasetName } from './schemas.ts';

export { DATA_FORMATS, type DataFormat };

export const DATA_TYPES: Record<DataFormat, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	schema: 'application/schema+json; charset=utf-8',
};

/** Route path of a dataset file (`data/bodies.json`, `data/bodies.csv`, `data/bodies.schema.json`). */
export function dataFilePath(name: DatasetName, format: DataFormat): string {
	return `data/${name}.${format === 'schema' ? 'schema.json' : format}`;
}

const cache = new WeakMap<SiteModel, Map<string, string>>();

/** The text of a data file (built once per model). */
export function dataFileText(model: SiteModel, name: DatasetName, format: DataFormat, site?: URL | string): string {
	const files = cache.get(model) ?? new Map<string, string>();
	cache.set(model, files);
	const key = `${name}.${format}`;
	let text = files.get(key);
	if (text === undefined) {
		const schemaUrl = absoluteUrl(dataFilePath(name, 'schema'), site);
		text =
			format === 'csv'
				? datasetCsv(model, name)
				: `${JSON.stringify(format === 'json' ? { $schema: schemaUrl, ...dataset(model, name) } : datasetJsonSchema(name, schemaUrl), null, 2)}\n`;
		files.set(key, text);
	}
	return text;
}
