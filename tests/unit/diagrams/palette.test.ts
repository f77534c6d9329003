// The charts' palette: the rendered SVG names each colour as a custom property,
// and diagram.css's light values are the palette's (one source of colour).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, themeSvg } from '../../../src/diagrams/palette.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/diagrams/diagram.css'), 'utf8');

describe('chart palette', () => {
	it('turns each palette colour, hex or rgb(), into its custom property', () => {
		const svg = '<style>#a .kind-council rect{fill:rgb(230, 241, 225)!important;stroke:#1A1A1B}</style><rect fill="#e6f1e1"/>';
		expect(themeSvg(svg)).toBe('<style>#a .kind-council rect{fill:var(--jc-fill-council)!important;stroke:var(--jc-ink)}</style><rect fill="var(--jc-fill-council)"/>');
		expect(themeSvg('<path stroke="#333"/>')).toBe('<path stroke="#333"/>');
	});

	it('diagram.css gives every palette property its light value, and a dark one', () => {
		const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
		const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
		for (const [name, hex] of Object.entries(PALETTE)) {
			expect(light, name).toContain(`--${name}: ${hex};`);
			expect(dark, name).toMatch(new RegExp(`--${name}: #[0-9a-f]{6};`));
		}
	});
});
