import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './content-files.ts';

/**
 * A cheap fingerprint of the content files (paths, sizes, modification times):
 * it changes whenever an editor saves, adds or removes a file. Used by `astro dev`
 * to rebuild the site model only when content changed.
 */
export function contentSignature(files: ContentFiles): string {
	const parts: string[] = [];
	const walk = (dir: string): void => {
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const path = join(dir, name);
			const st = statSync(path);
			if (st.isDirectory()) walk(path);
			else parts.push(`${path}:${st.size}:${st.mtimeMs}`);
		}
	};
	walk(files.pagesDir);
	for (const [key, file] of Object.entries(files)) {
		if (key === 'pagesDir') continue;
		try {
			const st = statSync(file);
			parts.push(`${file}:${st.size}:${st.mtimeMs}`);
		} catch {
			parts.push(`${file}:missing`);
		}
	}
	return parts.join('|');
}
