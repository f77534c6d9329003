// The charts' colours, named. Mermaid's class styles cannot name a CSS custom
// property, so the generators write these exact colours and `themeSvg` turns
// each, in the rendered SVG, into `var(--name)`: diagram.css gives the
// properties their values in the light and the dark scheme (a test holds the
// light values to this table). The colours are picked to collide with none of
// Mermaid's theme colours.
export const PALETTE = {
	'jc-ink': '#1a1a1b',
	'jc-fill-joint-councils': '#dde7f5',
	'jc-fill-council': '#e6f1e1',
	'jc-fill-institute': '#f5ead8',
	'jc-fill-working-group': '#efe3f0',
	'jc-fill-community-of-practice': '#dff0ef',
	'jc-fill-subcommittee': '#f1f1dc',
	'jc-fill-external-table': '#fefefe',
	'jc-fill-participants': '#eeeeef',
} as const;
export type PaletteName = keyof typeof PALETTE;

const rgb = (hex: string) => {
	const n = Number.parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** The SVG with every palette colour (as Mermaid writes it: hex or rgb()) replaced by its custom property. */
export function themeSvg(svg: string): string {
	let out = svg;
	for (const [name, hex] of Object.entries(PALETTE)) {
		out = out.split(rgb(hex)).join(`var(--${name})`);
		out = out.replace(new RegExp(hex, 'gi'), `var(--${name})`);
	}
	return out;
}
