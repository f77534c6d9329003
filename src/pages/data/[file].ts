// The open data files: each dataset as JSON, as CSV, and its JSON Schema,
// under /data/ (language-neutral: every record carries both languages).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../../model/site.ts';
import { DATA_FORMATS, DATA_TYPES, dataFilePath, dataFileText, type DataFormat } from '../../open-data/files.ts';
import { DATASET_NAMES, type DatasetName } from '../../open-data/schemas.ts';

export const getStaticPaths = (() =>
	DATASET_NAMES.flatMap((name) =>
		DATA_FORMATS.map((format) => ({ params: { file: dataFilePath(name, format).replace(/^data\//, '') }, props: { name, format } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: DatasetName; format: DataFormat }> = async ({ props, site }) => {
	const model = await getSiteModel();
	return new Response(dataFileText(model, props.name, props.format, site), { headers: { 'Content-Type': DATA_TYPES[props.format] } });
};
