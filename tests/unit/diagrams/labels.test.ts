import { describe, expect, it } from 'vitest';
import { LABELS, type DiagramLabels } from '../../../src/diagrams/labels.ts';
import type { Lang } from '../../../src/schemas/common.ts';

function shape(value: unknown): unknown {
	if (typeof value === 'function') return 'function';
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
	return typeof value;
}

describe('diagram labels', () => {
	it('French and English have exactly the same keys', () => {
		expect(shape(LABELS.fr)).toEqual(shape(LABELS.en));
	});

	it('no empty word', () => {
		const walk = (v: unknown): void => {
			if (typeof v === 'string') expect(v.trim()).not.toBe('');
			else if (v && typeof v === 'object') Object.values(v).forEach(walk);
		};
		walk(LABELS);
	});

	it('a language missing a key does not type-check', () => {
		const { textVersion: _dropped, ...enWithoutKey } = LABELS.en;
		// @ts-expect-error — textVersion is missing in "en" (checked by tsc, not at run time)
		const broken: Record<Lang, DiagramLabels> = { fr: LABELS.fr, en: enWithoutKey };
		expect(broken.en).not.toHaveProperty('textVersion');
	});
});
