// The formats each dataset is published in (kept apart from files.ts so the
// dictionaries can name them without depending on the site model).
export const DATA_FORMATS = ['json', 'csv', 'schema'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
