// The JSON Schemas editors' tools use (schemas/content, .vscode/settings.json):
// committed as `npm run schemas` generates them from the zod schemas, they
// accept every content file of the site and refuse the mistakes zod refuses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATA_COLLECTIONS, DATA_COLLECTION_NAMES } from '../../../src/model/collections.ts';
import { contentSchemaFile, contentSchemaFiles } from '../../../src/model/content-schemas.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
const read = (rel: string) => readFileSync(resolve(PROJECT, rel), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });

describe('content JSON Schemas', () => {
	it('are committed as `npm run schemas` writes them', () => {
		for (const [path, text] of contentSchemaFiles()) expect(read(path), `${path} is stale: run npm run schemas`).toBe(text);
	});

	it('the editor settings map every data file to its schema', () => {
		const settings = JSON.parse(read('.vscode/settings.json'))['yaml.schemas'] as Record<string, string>;
		for (const c of DATA_COLLECTION_NAMES) expect(settings[`./${contentSchemaFile(c)}`]).toBe(`content/${DATA_COLLECTIONS[c].file}`);
	});

	for (const c of DATA_COLLECTION_NAMES) {
		it(`${DATA_COLLECTIONS[c].file}: the site's file passes its schema`, () => {
			const validate = ajv.compile(JSON.parse(read(contentSchemaFile(c))));
			const ok = validate(parse(read(`content/${DATA_COLLECTIONS[c].file}`)));
			expect(ok, ajv.errorsText(validate.errors)).toBe(true);
		});
	}

	it('refuse what the zod schemas refuse: a missing language, an unknown field, a bad outcome, an event without its weight', () => {
		const check = (c: keyof typeof DATA_COLLECTIONS, value: unknown) => {
			const validate = ajv.compile(JSON.parse(read(contentSchemaFile(c))));
			return { schema: validate(value), zod: DATA_COLLECTIONS[c].schema.safeParse((value as unknown[])[0]).success };
		};
		const meeting = parse(read('content/data/meetings.yaml'))[0];
		expect(check('meetings', [{ ...meeting, title: { fr: meeting.title.fr } }])).toEqual({ schema: false, zod: false });
		expect(check('meetings', [{ ...meeting, place: 'Ottawa' }])).toEqual({ schema: false, zod: false });
		const decision = { id: 'd', measure: 'm', meeting: 'x', outcome: 'accepted', sources: [{ record: { fr: 'PV', en: 'Minutes' } }], change: 'major' };
		expect(check('decisions', [decision])).toEqual({ schema: false, zod: false });
		expect(check('decisions', [{ ...decision, outcome: 'approved' }])).toEqual({ schema: true, zod: true });
		const event = { id: 'e', date: '2021-01-01', body: 'b', type: 'dissolved', sources: [{ record: { fr: 'Avis', en: 'Notice' } }] };
		expect(check('events', [event])).toEqual({ schema: false, zod: false });
		expect(check('events', [{ ...event, change: 'minor' }])).toEqual({ schema: true, zod: true });
	});
});
