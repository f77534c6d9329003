// @ts-check
// Starlight peer of the site for bench/run.ts: the same two languages with
// prefixed URLs (/fr/…, /en/…), French first as on the site, and Starlight's
// default sidebar (generated from every page). Pagefind search is on by default.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'https://bench.example',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		starlight({
			title: { 'fr-CA': 'Banc d’essai', 'en-CA': 'Benchmark' },
			defaultLocale: 'fr',
			locales: {
				fr: { label: 'Français', lang: 'fr-CA' },
				en: { label: 'English', lang: 'en-CA' },
			},
		}),
	],
});
