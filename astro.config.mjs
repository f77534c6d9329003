// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveDeployment } from './src/config/deployment.ts';

// Host and path come from the environment so one tree builds for any host:
// SITE_URL (e.g. https://councils.example.ca) and BASE_PATH (e.g. /cm/).
const { site, base, outDir } = resolveDeployment(process.env);

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
});
